package org.ecozoning.ogc.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The response schemas of the OpenAPI definition (components/schemas), kept as a JSON resource
 * next to this class ({@code openapi-schemas.json}) because they are data, not logic: link,
 * landingPage, confClasses, collections, collection, extent, the GeoJSON feature and feature
 * collection, queryables and the problem document.
 */
final class OpenApiSchemas {
    private static final JsonNode SCHEMAS = load();

    private OpenApiSchemas() { }

    private static JsonNode load() {
        try (InputStream in = OpenApiSchemas.class.getResourceAsStream("openapi-schemas.json")) {
            if (in == null) throw new IllegalStateException("openapi-schemas.json missing from the class path");
            return Documents.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void add(ObjectNode schemas) {
        SCHEMAS.properties().forEach(e -> schemas.set(e.getKey(), e.getValue().deepCopy()));
    }
}
