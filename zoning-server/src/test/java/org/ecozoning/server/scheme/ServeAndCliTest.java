package org.ecozoning.server.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.server.SwappingHandler;
import org.ecozoning.server.TestWorkspace;
import org.ecozoning.server.cli.ZoningCli;
import org.ecozoning.server.cli.ZoningCliAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The server over a copy of the workspace and a private in-memory store: OGC endpoints answer from
 * the bootstrapped sample, the command line checks projects and round-trips versions, and a
 * version published through the command line is served without restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeAndCliTest {

    @TempDir
    static Path dir;

    static Path ws;
    static String store;
    static ZoningCliAccess.Server server;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        ws = TestWorkspace.copyInto(dir.resolve("ws"));
        store = TestWorkspace.memoryStore();
        server = ZoningCliAccess.serve("--port", "0", "--bind", "127.0.0.1", "--workspace", ws.toString(), "--store", store,
                "--warm-up", "200", "--poll-seconds", "1");
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    record Run(int code, String out, String err) { }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine c = ZoningCli.commandLine();
        c.setOut(new PrintWriter(out, true));
        c.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--workspace", ws.toString(), "--store", store));
        int code = c.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static long hits(String path) throws Exception {
        HttpResponse<String> r = get(path + "?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=zoning:control_units&RESULTTYPE=hits");
        assertThat(r.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("numberMatched=\"(\\d+)\"").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    static int storedUnits() {
        return server.services().scheme().store().content(server.services().scheme().loaded().version().id()).units().size();
    }

    @Test
    @Order(1)
    void healthReportsTheBootstrappedVersion() throws Exception {
        HttpResponse<String> r = get("/health");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode scheme = JSON.readTree(r.body()).path("scheme");
        assertThat(scheme.path("name").asText()).isEqualTo(SampleBootstrap.VERSION_NAME);
        assertThat(scheme.path("effectiveDate").asText()).isEqualTo("2024-01-01");
        assertThat(scheme.path("units").asInt()).isEqualTo(1033);
        assertThat(scheme.path("clauses").asInt()).isEqualTo(4888);
        var audit = server.services().scheme().store().audit(null);
        assertThat(audit).isNotEmpty().allSatisfy(a -> assertThat(a.toString()).contains("system"));
    }

    @Test
    @Order(2)
    void wfsCapabilitiesAndUnitCount() throws Exception {
        HttpResponse<String> caps = get("/wfs?SERVICE=WFS&REQUEST=GetCapabilities");
        assertThat(caps.statusCode()).isEqualTo(200);
        assertThat(caps.body()).contains("WFS_Capabilities").contains("zoning:control_units");
        assertThat(hits("/wfs")).isEqualTo(storedUnits()).isEqualTo(1033);
    }

    @Test
    @Order(3)
    void ogcApiItems() throws Exception {
        HttpResponse<String> r = get("/ogcapi/collections/control_units/items?limit=2&f=json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode fc = JSON.readTree(r.body());
        assertThat(fc.path("numberMatched").asInt()).isEqualTo(storedUnits());
        assertThat(fc.path("features")).hasSize(2);
        // before the first effective date nothing was in force
        JsonNode before = JSON.readTree(get("/ogcapi/collections/control_units/items?limit=1&datetime=2020-06-01").body());
        assertThat(before.path("numberMatched").asInt()).isZero();
    }

    @Test
    @Order(4)
    void owsDispatchesOnService() throws Exception {
        HttpResponse<String> wfs = get("/ows?service=wfs&request=GetCapabilities");
        assertThat(wfs.statusCode()).isEqualTo(200);
        assertThat(wfs.body()).contains("WFS_Capabilities");
        assertThat(hits("/ows")).isEqualTo(1033);
        HttpResponse<String> unknown = get("/ows?SERVICE=XYZ&REQUEST=GetCapabilities");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("ExceptionReport").contains("XYZ").contains("不支持的服务");
        HttpResponse<String> missing = get("/ows?REQUEST=GetCapabilities");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("MissingParameterValue");
        // the portal takes "/", the landing page lives at /about
        assertThat(get("/about").body()).contains("/wfs").contains("/ogcapi").contains("/ows").contains("网络要素服务");
    }

    @Test
    @Order(5)
    void checkAPointInTaiyuanUrbanCentre() throws Exception {
        Run r = cli("check", "--geometry", "POINT(112.55 37.87)", "--industry", "7810", "--nature", "new", "--name", "测试项目");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.path("units").get(0).path("countyName").asText()).isEqualTo("迎泽区");
        assertThat(report.path("units").get(0).path("code").asText()).startsWith("ZH140106");
        assertThat(report.path("input").path("projectName").asText()).isEqualTo("测试项目");
        Run text = cli("check", "--geometry", "POINT(112.55 37.87)", "--industry", "7810", "--nature", "new", "--format", "text");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("结论 / Verdict").contains("迎泽区").contains("EPSG:4547").contains("适用的准入清单条款");
    }

    @Test
    @Order(6)
    void cokingInTheTaiyuanBasinIsProhibited() throws Exception {
        Run r = cli("check", "--geometry", "{\"type\":\"Point\",\"coordinates\":[112.55,37.87]}", "--industry", "2521",
                "--nature", "new");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.path("verdict").asText()).isEqualTo("PROHIBITED");
        assertThat(report.path("findings").findValuesAsText("ruleId")).contains("TY-COKE");
        Run expansion = cli("check", "--geometry", "POINT(112.55 37.87)", "--industry", "2521", "--nature", "expansion");
        assertThat(JSON.readTree(expansion.out()).path("findings").findValuesAsText("ruleId")).doesNotContain("TY-COKE");
    }

    @Test
    @Order(7)
    void badInputGivesAMessageNotAStackTrace() throws Exception {
        Run badWkt = cli("check", "--geometry", "POINT(112.55", "--industry", "2521", "--nature", "new");
        assertThat(badWkt.code()).isNotZero();
        assertThat(badWkt.err()).contains("WKT").contains("错误 / Error").doesNotContain("\tat ");
        assertThat(badWkt.out()).isEmpty();
        Run industry = cli("check", "--geometry", "POINT(112.55 37.87)", "--industry", "9999", "--nature", "new");
        assertThat(industry.code()).isNotZero();
        assertThat(industry.err()).contains("未知的行业代码").contains("Unknown industry").contains("9999").doesNotContain("\tat ");
        Run nature = cli("check", "--geometry", "POINT(112.55 37.87)", "--industry", "2521", "--nature", "demolish");
        assertThat(nature.code()).isNotZero();
        assertThat(nature.err()).contains("未知的建设性质").doesNotContain("\tat ");
        Path geo = dir.resolve("site.wkt");
        Files.writeString(geo, "POINT(112.55 37.87)");
        Run fromFile = cli("check", "--geometry", "@" + geo, "--industry", "2521", "--nature", "new", "--format", "text");
        assertThat(fromFile.code()).isZero();
        assertThat(fromFile.out()).contains("TY-COKE");
    }

    @Test
    @Order(8)
    void exportImportRoundTripShowsNoChanges() throws Exception {
        for (String format : List.of("geojson", "gpkg")) {
            Path out = dir.resolve("export." + format);
            Run export = cli("export", "--version", "current", "--format", format, "--out", out.toString());
            assertThat(export.code()).as(export.err()).isZero();
            assertThat(out).isNotEmptyFile();
            Run imported = cli("import", out.toString(), "--name", "往返 " + format, "--by", "tester");
            assertThat(imported.code()).as(imported.err()).isZero();
            String id = imported.out().strip();
            assertThat(id).matches("\\d+");
            Run diff = cli("diff", "current", id);
            assertThat(diff.code()).isZero();
            assertThat(diff.out()).contains("无变化 / no changes");
            Run json = cli("diff", "current", id, "--format", "json");
            assertThat(JSON.readTree(json.out()).path("units")).isEmpty();
        }
        Run versions = cli("versions", "--format", "json");
        JsonNode list = JSON.readTree(versions.out());
        assertThat(list).hasSize(3);
        assertThat(list.get(1).path("status").asText()).isEqualTo("DRAFT");
        assertThat(list.get(1).path("createdBy").asText()).isEqualTo("tester");
    }

    @Test
    @Order(9)
    void ogrinfoReadsTheExportedGeoPackage() throws Exception {
        Path gpkg = dir.resolve("export.gpkg");
        Assumptions.assumeTrue(Files.isRegularFile(gpkg));
        Process p;
        try {
            p = new ProcessBuilder("ogrinfo", "-ro", "-so", "-al", gpkg.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("ogrinfo (gdal-bin) not installed");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("Layer name: control_units").contains("Layer name: element_zones").contains("Layer name: access_list")
                .contains("Feature Count: 1033").contains("Feature Count: 187").contains("Feature Count: 4888");
    }

    @Test
    @Order(10)
    void badImportAndUnknownVersionsAreRefusedClearly() throws Exception {
        Path broken = dir.resolve("broken.geojson");
        Files.writeString(broken, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"prop");
        Run r = cli("import", broken.toString(), "--name", "坏文件");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("MALFORMED_FILE").contains("未导入").doesNotContain("\tat ");
        Run diff = cli("diff", "1", "999");
        assertThat(diff.code()).isNotZero();
        assertThat(diff.err()).contains("999").doesNotContain("\tat ");
    }

    @Test
    @Order(11)
    void publishingThroughTheCliSwitchesTheServedVersionWithoutRestart() throws Exception {
        // a new version without one unit, so that the switch is visible through WFS
        Path out = dir.resolve("current.geojson");
        assertThat(cli("export", "--format", "geojson", "--out", out.toString()).code()).isZero();
        ObjectNode fc = (ObjectNode) JSON.readTree(out.toFile());
        ArrayNode features = (ArrayNode) fc.path("features");
        int removeAt = -1;
        for (int i = 0; i < features.size(); i++) {
            if (!features.get(i).has("layer") || !"element_zone".equals(features.get(i).path("layer").asText())) {
                if (features.get(i).path("properties").path("code").isMissingNode() && removeAt < 0) {
                    continue;
                }
                removeAt = i;
                break;
            }
        }
        String removed = features.get(removeAt).path("properties").path("code").asText();
        assertThat(removed).startsWith("ZH");
        features.remove(removeAt);
        // and its unit clauses, which would otherwise refer to a unit that no longer exists
        for (var it = fc.path("accessList").elements(); it.hasNext(); ) {
            JsonNode member = it.next();
            if (member.isArray()) {
                for (var c = member.elements(); c.hasNext(); ) {
                    if (c.next().toString().contains(removed)) {
                        c.remove();
                    }
                }
            }
        }
        if (fc.path("accessList").isArray()) {
            for (var c = fc.path("accessList").elements(); c.hasNext(); ) {
                if (c.next().toString().contains(removed)) {
                    c.remove();
                }
            }
        }
        Path changed = dir.resolve("changed.geojson");
        JSON.writeValue(changed.toFile(), fc);
        Run imported = cli("import", changed.toString(), "--name", "2025年动态更新", "--kind", "dynamic");
        assertThat(imported.code()).as(imported.err()).isZero();
        String id = imported.out().strip();
        Run diff = cli("diff", "current", id);
        assertThat(diff.out()).as(removed).contains("units.removed: 1");

        SwappingHandler wfs = server.wfs();
        var inFlight = wfs.current();                 // what a request that started now holds
        LoadedScheme before = server.services().scheme().loaded();

        AtomicBoolean stop = new AtomicBoolean();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread load = Thread.ofVirtual().start(() -> {
            while (!stop.get()) {
                try {
                    long n = hits("/wfs");
                    if (n != 1033 && n != 1032) {
                        failures.add(new AssertionError("unexpected count " + n));
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            }
        });
        assertThat(cli("file", id, "--authority", "山西省生态环境厅", "--date", "2025-03-01").code()).isZero();
        Run publish = cli("publish", id, "--effective", "2025-04-01");
        assertThat(publish.code()).as(publish.err()).isZero();
        assertThat(publish.out()).contains("已发布");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (hits("/wfs") != 1032 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        stop.set(true);
        load.join();
        assertThat(failures).isEmpty();
        assertThat(hits("/wfs")).isEqualTo(1032);
        assertThat(JSON.readTree(get("/health").body()).path("scheme").path("versionId").asText()).isEqualTo(id);
        // the handler a request picked up before the switch still answers with the old version
        String old = inFlight.handle(OgcRequest.builder("GET", "/")
                .query("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=zoning:control_units&RESULTTYPE=hits")
                .baseUrl(base + "/wfs").build()).bodyText();
        assertThat(old).contains("numberMatched=\"1033\"");
        assertThat(before.scheme().units()).hasSize(1033);
        // OGC API by date: the old version before the new effective date, the new one after
        assertThat(JSON.readTree(get("/ogcapi/collections/control_units/items?limit=1&datetime=2024-06-01").body())
                .path("numberMatched").asInt()).isEqualTo(1033);
        assertThat(JSON.readTree(get("/ogcapi/collections/control_units/items?limit=1&datetime=2025-06-01").body())
                .path("numberMatched").asInt()).isEqualTo(1032);
    }
}
