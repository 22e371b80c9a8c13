package org.ecozoning.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.geojson.GeoJsonFeature;
import org.ecozoning.geojson.GeoJsonReader;

/**
 * Shared test fixture: the committed sample files under {@code workspace/sample}, parsed once per
 * JVM, and (lazily) one fresh in-memory generation with the default seed to compare against them.
 */
final class SampleFiles {
    private SampleFiles() { }

    static final Path ROOT = Path.of(System.getProperty("ecozoning.root", "..")).toAbsolutePath().normalize();
    static final Path SAMPLE = ROOT.resolve("workspace/sample");
    static final Path COUNTIES_SOURCE = ROOT.resolve("workspace/data/shanxi-counties.geojson");

    private static List<GeoJsonFeature> counties, units, zones;
    private static JsonNode clauses;
    private static Map<String, String> fresh;

    static synchronized List<GeoJsonFeature> counties() {
        if (counties == null) counties = read("counties.geojson");
        return counties;
    }

    static synchronized List<GeoJsonFeature> units() {
        if (units == null) units = read("units.geojson");
        return units;
    }

    static synchronized List<GeoJsonFeature> zones() {
        if (zones == null) zones = read("zones.geojson");
        return zones;
    }

    static synchronized JsonNode clauses() {
        if (clauses == null) {
            try {
                clauses = new ObjectMapper().readTree(SAMPLE.resolve("access-lists.json").toFile()).get("clauses");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return clauses;
    }

    static String committed(String file) {
        try {
            return Files.readString(SAMPLE.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All files of one fresh generation with the default seed, rendered in memory. */
    static synchronized Map<String, String> fresh() {
        if (fresh == null) {
            try {
                SampleScheme s = SampleSchemeGenerator.generate(COUNTIES_SOURCE, SampleSchemeGenerator.DEFAULT_SEED);
                fresh = new LinkedHashMap<>(new SchemeWriter().render(s));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fresh;
    }

    static List<GeoJsonFeature> parse(String geojson) {
        try {
            return new GeoJsonReader().readFeatures(new ByteArrayInputStream(geojson.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<GeoJsonFeature> read(String file) {
        return new ArrayList<>(parse(committed(file)));
    }
}
