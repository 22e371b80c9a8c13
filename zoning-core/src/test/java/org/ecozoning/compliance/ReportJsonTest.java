package org.ecozoning.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.testing.Sites;
import org.ecozoning.testing.TestScheme;
import org.junit.jupiter.api.Test;

/**
 * The report serialises with a plain Jackson ObjectMapper, and docs/report.schema.json describes
 * exactly the fields it has: every property written is declared, every required one is written.
 */
class ReportJsonTest {
    static final ComplianceEngine ENGINE = new ComplianceEngine(TestScheme.scheme(), TestScheme.catalog());
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final Path SCHEMA = Path.of("../docs/report.schema.json");

    static AssessmentReport richReport() {
        // new solar plant: touches U4/U6 corner region? no — keep it simple: a polygon across U5/U6 with zones and a distance hit
        return ENGINE.assess(Sites.at(Sites.square(112.50, 37.97, 3000), "2521", ProjectNature.NEW).capacityMW(80).name("示例焦化项目").build());
    }

    @Test
    void serialisesWithPlainJackson() throws Exception {
        AssessmentReport r = richReport();
        String json = MAPPER.writeValueAsString(r);
        JsonNode n = MAPPER.readTree(json);
        assertThat(n.get("schema").asText()).isEqualTo("ecozoning-report/1");
        assertThat(n.get("verdict").asText()).isEqualTo(r.verdict().name());
        assertThat(n.get("units").size()).isEqualTo(r.units().size());
        assertThat(n.get("findings").get(0).get("reasonZh").asText()).isEqualTo(r.findings().get(0).reasonZh());
        assertThat(n.get("input").get("centroid").size()).isEqualTo(2);
        assertThat(n.get("measure").get("crs").asText()).startsWith("EPSG:45");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/example-report.json"), json);
    }

    @Test
    void outsideReportsSerialiseToo() throws Exception {
        AssessmentReport r = ENGINE.assess(Sites.input(2.35, 48.85, "6513", ProjectNature.NEW));
        JsonNode n = MAPPER.readTree(MAPPER.writeValueAsString(r));
        assertThat(n.get("verdict").asText()).isEqualTo("OUTSIDE");
        assertThat(n.get("measure").has("crs")).isFalse(); // null fields are left out
        assertThat(conformance(n)).isEmpty();
    }

    @Test
    void theJsonSchemaDescribesTheReportExactly() throws Exception {
        for (AssessmentReport r : List.of(richReport(), ENGINE.assess(Sites.input(110.55, 36.10, "4811", ProjectNature.NEW)))) {
            JsonNode n = MAPPER.readTree(MAPPER.writeValueAsString(r));
            assertThat(conformance(n)).isEmpty();
        }
    }

    @Test
    void theCheckerItselfCatchesUndeclaredAndMissingFields() throws Exception {
        JsonNode n = MAPPER.readTree(MAPPER.writeValueAsString(richReport()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) n).put("surprise", 1);
        ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("verdict");
        assertThat(conformance(n)).anyMatch(s -> s.contains("surprise")).anyMatch(s -> s.contains("verdict"));
    }

    /** Differences between a report document and the JSON Schema (properties, required, enum, types). */
    static List<String> conformance(JsonNode report) throws Exception {
        JsonNode schema = MAPPER.readTree(SCHEMA.toFile());
        List<String> problems = new ArrayList<>();
        check(report, schema, schema, "$", problems);
        return problems;
    }

    private static void check(JsonNode value, JsonNode s, JsonNode root, String path, List<String> out) {
        if (s.has("$ref")) s = resolve(root, s.get("$ref").asText());
        if (s.has("type")) {
            List<String> types = new ArrayList<>();
            if (s.get("type").isArray()) s.get("type").forEach(t -> types.add(t.asText())); else types.add(s.get("type").asText());
            if (types.stream().noneMatch(t -> isType(value, t))) out.add(path + ": expected " + types + ", got " + value.getNodeType());
        }
        if (s.has("enum")) {
            boolean ok = false;
            for (JsonNode e : s.get("enum")) ok |= e.equals(value);
            if (!ok) out.add(path + ": " + value + " not in enum");
        }
        if (value.isObject() && s.has("properties")) {
            JsonNode props = s.get("properties");
            for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!props.has(f)) out.add(path + "." + f + ": not declared in the schema");
                else check(value.get(f), props.get(f), root, path + "." + f, out);
            }
            if (s.has("required")) for (JsonNode req : s.get("required")) if (!value.has(req.asText())) out.add(path + "." + req.asText() + ": required but missing");
        }
        if (value.isArray() && s.has("items")) {
            for (int i = 0; i < value.size(); i++) check(value.get(i), s.get("items"), root, path + "[" + i + "]", out);
        }
    }

    private static boolean isType(JsonNode v, String t) {
        return switch (t) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "number" -> v.isNumber();
            case "integer" -> v.isIntegralNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> false;
        };
    }

    private static JsonNode resolve(JsonNode root, String ref) {
        JsonNode n = root;
        for (String part : ref.substring(2).split("/")) n = n.get(part);
        return n;
    }
}
