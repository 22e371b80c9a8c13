package org.ecozoning.server.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.server.TestWorkspace;
import org.ecozoning.server.cli.ZoningCli;
import org.ecozoning.server.cli.ZoningCliAccess;
import org.ecozoning.server.tracking.ReportMaker;
import org.ecozoning.tracking.monitoring.Figures;
import org.ecozoning.tracking.monitoring.Indicator;
import org.ecozoning.tracking.monitoring.Reading;
import org.ecozoning.tracking.monitoring.SampleMonitoringGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import picocli.CommandLine;

/**
 * Tracking evaluation through the server and the command line over a workspace copy and a private
 * in-memory store: {@code zoning supervise} opens a case for a hand-made change in a red-line
 * unit, the case is served live as {@code zoning:supervision_cases} (WFS, OGC API), moved and
 * exported with {@code zoning cases}; monitoring import reports rejections; both reports are
 * written by the command line and served under {@code /reports} with figures checked against an
 * independent computation.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrackingIntegrationTest {

    @TempDir
    static Path dir;

    static Path ws;
    static String store;
    static ZoningCliAccess.Server server;
    static String base;
    static ControlUnit red;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        ws = TestWorkspace.copyInto(dir.resolve("ws"));
        store = TestWorkspace.memoryStore();
        server = ZoningCliAccess.serve("--port", "0", "--bind", "127.0.0.1", "--workspace", ws.toString(), "--store", store,
                "--warm-up", "0", "--poll-seconds", "1");
        base = "http://127.0.0.1:" + server.port();
        server.services().security().users().add("staff1", org.ecozoning.server.auth.Role.STAFF, "staff-password",
                org.ecozoning.store.Attribution.of("test", null));
        red = scheme().units().stream().filter(u -> u.subtype() == UnitSubtype.ECOLOGICAL_RED_LINE).findFirst().orElseThrow();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    static Scheme scheme() {
        return server.services().scheme().loaded().scheme();
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

    static final String STAFF = "Basic " + java.util.Base64.getEncoder()
            .encodeToString("staff1:staff-password".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    /** A GET as a staff member: the cases layer and the reports are staff only. */
    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", STAFF).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> anonymous(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(0)
    void casesLayerAndReportsAreInvisibleToAnonymousCallersOnEveryProtocol() throws Exception {
        assertThat(anonymous("/wfs?SERVICE=WFS&REQUEST=GetCapabilities").body()).contains("zoning:control_units")
                .doesNotContain("supervision_cases");
        assertThat(anonymous("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities").body()).contains("zoning:control_units")
                .doesNotContain("supervision_cases");
        assertThat(anonymous("/ogcapi/collections?f=json").body()).contains("control_units").doesNotContain("supervision_cases");
        assertThat(anonymous("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=zoning:supervision_cases").statusCode())
                .isEqualTo(403);
        assertThat(anonymous("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=zoning:supervision_cases&STYLES=&CRS=CRS:84"
                + "&BBOX=110,34,115,41&WIDTH=10&HEIGHT=10&FORMAT=image/png").statusCode()).isEqualTo(403);
        assertThat(anonymous("/ogcapi/collections/supervision_cases/items?f=json").statusCode()).isIn(403, 404);
        assertThat(anonymous("/reports/tracking?year=2025").statusCode()).isEqualTo(401);
    }

    /** A small square (about 45 m) around a point inside the unit, as a GeoJSON feature. */
    static String change(String id, String date, Point p) {
        double d = 0.0002;
        double x = p.getX();
        double y = p.getY();
        String ring = String.format(Locale.ROOT, "[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]",
                x - d, y - d, x + d, y - d, x + d, y + d, x - d, y + d, x - d, y - d);
        return "{\"type\":\"Feature\",\"properties\":{\"id\":\"" + id + "\"" + (date == null ? "" : ",\"detected_on\":\"" + date + "\"")
                + ",\"source\":\"卫星\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}";
    }

    @Test
    @Order(1)
    void casesLayerIsInTheCapabilitiesAndEmptyAtFirst() throws Exception {
        HttpResponse<String> caps = get("/wfs?SERVICE=WFS&REQUEST=GetCapabilities");
        assertThat(caps.statusCode()).isEqualTo(200);
        assertThat(caps.body()).contains("zoning:supervision_cases").contains("监管案件");
        JsonNode fc = JSON.readTree(get("/ogcapi/collections/supervision_cases/items?f=json").body());
        assertThat(fc.path("numberMatched").asInt()).isZero();
    }

    @Test
    @Order(2)
    void superviseOpensACaseServedLiveByWfsAndOgcApi() throws Exception {
        Path file = dir.resolve("changes.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + change("RL-1", "2025-05-10", red.geometry().getInteriorPoint())
                + "," + change("NO-DATE", null, red.geometry().getInteriorPoint()) + "]}", StandardCharsets.UTF_8);
        Run r = cli("supervise", file.toString(), "--by", "测试员");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("新立案 / cases opened: 1").contains("MISSING_DATE: 1").contains("NO-DATE");

        HttpResponse<String> gml = get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=zoning:supervision_cases");
        assertThat(gml.statusCode()).isEqualTo(200);
        assertThat(gml.body()).contains("numberMatched=\"1\"").contains("RL-1").contains(red.code().value()).contains("OPEN");

        JsonNode fc = JSON.readTree(get("/ogcapi/collections/supervision_cases/items?f=json").body());
        assertThat(fc.path("numberMatched").asInt()).isEqualTo(1);
        JsonNode p = fc.path("features").get(0).path("properties");
        assertThat(p.path("changeId").asText()).isEqualTo("RL-1");
        assertThat(p.path("unitCodes").asText()).isEqualTo(red.code().value());
        assertThat(p.path("reason").asText()).isEqualTo("RULE_BROKEN");

        // a second run of the same file opens nothing new
        Run again = cli("supervise", file.toString(), "--all-or-nothing");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.out()).contains("新立案 / cases opened: 0");
    }

    @Test
    @Order(3)
    void casesListMoveAndExport() throws Exception {
        Run list = cli("cases", "list", "--format", "json");
        assertThat(list.code()).as(list.err()).isZero();
        JsonNode rows = JSON.readTree(list.out());
        assertThat(rows).hasSize(1);
        long id = rows.get(0).path("id").asLong();
        assertThat(rows.get(0).path("openedBy").asText()).isEqualTo("测试员");

        Run move = cli("cases", "move", Long.toString(id), "--to", "ON_SITE_CHECK", "--note", "安排现场核查", "--by", "李四");
        assertThat(move.code()).as(move.err()).isZero();
        assertThat(move.out()).contains("现场核查中");
        Run illegal = cli("cases", "move", Long.toString(id), "--to", "CLOSED", "--note", "x");
        assertThat(illegal.code()).isEqualTo(1);
        assertThat(illegal.err()).contains("不能从").contains("cannot move").doesNotContain("Exception");
        Run badStatus = cli("cases", "list", "--status", "NOPE");
        assertThat(badStatus.code()).isEqualTo(1);
        assertThat(badStatus.err()).contains("未知状态");

        assertThat(cli("cases", "list", "--status", "OPEN").out()).contains("0 件案件");
        assertThat(cli("cases", "list", "--status", "现场核查中").out()).contains("1 件案件").contains("RL-1");
        // the layer is read live: the new status shows without a reload
        JsonNode fc = JSON.readTree(get("/ogcapi/collections/supervision_cases/items?f=json").body());
        assertThat(fc.path("features").get(0).path("properties").path("status").asText()).isEqualTo("ON_SITE_CHECK");
        assertThat(fc.path("features").get(0).path("properties").path("updatedBy").asText()).isEqualTo("李四");

        Path gj = dir.resolve("cases.geojson");
        assertThat(cli("cases", "export", "--format", "geojson", "--out", gj.toString()).code()).isZero();
        JsonNode exported = JSON.readTree(gj.toFile());
        assertThat(exported.path("features")).hasSize(1);
        assertThat(exported.toString()).contains("RL-1");
        Path csv = dir.resolve("cases.csv");
        assertThat(cli("cases", "export", "--format", "csv", "--out", csv.toString()).code()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("RL-1").contains(red.code().value());
        assertThat(cli("cases", "export", "--format", "kml", "--out", csv.toString()).code()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void monitoringImportListsRejections() throws Exception {
        Point p = red.geometry().getInteriorPoint();
        String row = String.format(Locale.ROOT, "S1,测试站,%.5f,%.5f,", p.getX(), p.getY());
        Path csv = dir.resolve("monitoring.csv");
        Files.writeString(csv, "station_id,station_name,lon,lat,date,indicator,value,unit\n"
                + row + "2025-03-01,PM2.5,45,µg/m³\n"
                + row + "2025-04-01,PM2.5,0.038,mg/m³\n"
                + "S2,外省站,120.0,30.0,2025-03-01,PM2.5,45,µg/m³\n"
                + row + "2025-05-01,XYZ,45,µg/m³\n", StandardCharsets.UTF_8);
        Path accepted = dir.resolve("accepted.csv");
        Run r = cli("monitoring", "import", csv.toString(), "--accepted", accepted.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("导入 2 条，拒绝 2 条").contains("第 4 行").contains("第 5 行").contains("XYZ");
        assertThat(Files.readAllLines(accepted)).hasSize(3).anySatisfy(l -> assertThat(l).contains("38.0"));
        Run strict = cli("monitoring", "import", csv.toString(), "--all-or-nothing");
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.out()).contains("未导入任何数据");
    }

    /** Independent: the province's yearly PM2.5 is the mean over stations of the mean of their readings. */
    static String provincePm25(int year) {
        List<Reading> readings = new SampleMonitoringGenerator(ReportMaker.SAMPLE_SEED)
                .generate(scheme(), ReportMaker.sampleFrom(year), ReportMaker.sampleTo(year));
        Map<String, double[]> per = new HashMap<>();
        for (Reading r : readings) {
            if (r.indicator() != Indicator.PM25 || r.date().getYear() != year) {
                continue;
            }
            double[] a = per.computeIfAbsent(r.station().id(), k -> new double[2]);
            a[0] += r.value();
            a[1]++;
        }
        return Figures.number(per.values().stream().mapToDouble(a -> a[0] / a[1]).average().orElseThrow());
    }

    @Test
    @Order(5)
    void reportsFromTheCommandLineAndOverHttp() throws Exception {
        String pm25 = provincePm25(2025);
        Path out = dir.resolve("tracking-2025.html");
        Run r = cli("report", "tracking", "--year", "2025", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).contains("2025").contains("样例监测数据").contains("2025年监测发现并立案 1 件").contains(pm25);

        HttpResponse<String> t = get("/reports/tracking?year=2025");
        assertThat(t.statusCode()).isEqualTo(200);
        assertThat(t.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(t.body()).contains("2025年监测发现并立案 1 件").contains("样例监测数据").contains(pm25);

        HttpResponse<String> e = get("/reports/evaluation?from=2021&to=2025");
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.body()).contains("2021").contains("2025").contains("样例监测数据").contains(pm25);
        Path eval = dir.resolve("evaluation.html");
        assertThat(cli("report", "evaluation", "--from", "2021", "--to", "2025", "--out", eval.toString()).code()).isZero();
        assertThat(Files.readString(eval)).contains(pm25);

        assertThat(get("/reports/tracking?year=abc").statusCode()).isEqualTo(400);
        assertThat(get("/reports/evaluation?from=2025&to=2021").statusCode()).isEqualTo(400);
        assertThat(get("/reports/nothing").statusCode()).isEqualTo(404);
        Run bad = cli("report", "tracking", "--year", "1800", "--out", out.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("2000–2100");
    }
}
