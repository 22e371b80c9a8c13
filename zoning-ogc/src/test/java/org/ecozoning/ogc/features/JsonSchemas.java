package org.ecozoning.ogc.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Offline JSON Schema validation: the hand-written OGC API schemas in test resources (ogcapi/,
 * ids under https://schemas.test/ogcapi/) and the draft 2020-12 meta-schema shipped in the
 * validator; nothing is fetched from the network.
 */
final class JsonSchemas {
    private static final String PREFIX = "https://schemas.test/ogcapi/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix(PREFIX, "classpath:ogcapi/")));
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private JsonSchemas() { }

    /** Validation errors of a document against one of the ogcapi/*.json schemas (empty when valid). */
    static List<String> errors(String schema, JsonNode doc) {
        Schema s = CACHE.computeIfAbsent(schema, n -> REGISTRY.getSchema(SchemaLocation.of(PREFIX + n + ".json")));
        return s.validate(doc).stream().map(Error::toString).toList();
    }

    /** Validation errors of a JSON Schema document against the draft 2020-12 meta-schema. */
    static List<String> metaSchemaErrors(JsonNode schemaDoc) {
        Schema meta = CACHE.computeIfAbsent("meta", n -> REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId())));
        return meta.validate(schemaDoc).stream().map(Error::toString).toList();
    }
}
