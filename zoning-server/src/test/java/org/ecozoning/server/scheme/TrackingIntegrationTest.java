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
        // the refusal in WMS's own form, per version: ServiceExceptionReport with LayerNotDefined
        HttpResponse<String> wms13 = anonymous("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=zoning:supervision_cases&STYLES="
                + "&CRS=CRS:84&BBOX=110,34,115,41&WIDTH=10&HEIGHT=10&FORMAT=image/png");
        assertThat(wms13.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
        assertThat(wms13.body()).contains("<ServiceExceptionReport").contains("http://www.opengis.net/ogc")
                .contains("code=\"LayerNotDefined\"").contains("zoning:supervision_cases");
        HttpResponse<String> wms11 = anonymous("/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=zoning:supervision_cases&STYLES="
                + "&SRS=EPSG:4326&BBOX=110,34,115,41&WIDTH=10&HEIGHT=10&FORMAT=image/png");
        assertThat(wms11.statusCode()).isEqualTo(403);
        assertThat(wms11.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.ogc.se_xml");
        assertThat(wms11.body()).contains("<ServiceExceptionReport version=\"1.1.1\"").contains("LayerNotDefined");
        assertThat(anonymous("/ogcapi/collections/supervision_cases/items?f=json").statusCode()).isIn(403, 404);
        assertThat(anonymous("/reports/tracking?year=2025").statusCode()).isEqualTo(401);
        assertThat(anonymous("/reports/tracking?year=2025&f=pdf").statusCode()).isEqualTo(401);
    }

    @Test
    @Order(0)
    void unitStatisticsLayerIsInvisibleToAnonymousCallersOnEveryProtocol() throws Exception {
        for (String caps : List.of("/wfs?SERVICE=WFS&REQUEST=GetCapabilities", "/wfs?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetCapabilities",
                "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities", "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetCapabilities",
                "/ogcapi/collections?f=json")) {
            assertThat(anonymous(caps).body()).as(caps).contains("control_units").doesNotContain("unit_statistics");
        }
        assertThat(anonymous("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=zoning:unit_statistics").statusCode()).isEqualTo(403);
        assertThat(anonymous("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType&TYPENAMES=zoning:unit_statistics").statusCode())
                .isEqualTo(403);
        assertThat(anonymous("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=zoning:unit_statistics&STYLES=&CRS=CRS:84"
                + "&BBOX=110,34,115,41&WIDTH=10&HEIGHT=10&FORMAT=image/png").statusCode()).isEqualTo(403);
        assertThat(anonymous("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&LAYER=zoning:unit_statistics&FORMAT=image/png")
                .statusCode()).isEqualTo(403);
        assertThat(anonymous("/ogcapi/collections/unit_statistics?f=json").statusCode()).isIn(403, 404);
        assertThat(anonymous("/ogcapi/collections/unit_statistics/items?f=json").statusCode()).isIn(403, 404);
        // staff see it, with both styles
        String caps = get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities").body();
        assertThat(caps).contains("unit_statistics").contains("unit_statistics_prohibited").contains("管控单元年度统计");
        assertThat(get("/wfs?SERVICE=WFS&REQUEST=GetCapabilities").body()).contains("zoning:unit_statistics");
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
                + row + "2019-03-01,PM2.5,45,µg/m³\n"
                + row + "2019-04-01,PM2.5,0.038,mg/m³\n"
                + "S2,外省站,120.0,30.0,2019-03-01,PM2.5,45,µg/m³\n"
                + row + "2019-05-01,XYZ,45,µg/m³\n", StandardCharsets.UTF_8);
        Run dry = cli("monitoring", "import", csv.toString(), "--dry-run", "--all-or-nothing");
        assertThat(dry.code()).isEqualTo(1);
        assertThat(dry.out()).contains("未导入任何数据").doesNotContain("入库批次");
        Path accepted = dir.resolve("accepted.csv");
        Run r = cli("monitoring", "import", csv.toString(), "--accepted", accepted.toString(), "--by", "监测员");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("导入 2 条，拒绝 2 条").contains("第 4 行").contains("第 5 行").contains("XYZ").contains("入库批次 #1")
                .contains("已存入目标");
        assertThat(Files.readAllLines(accepted)).hasSize(3).anySatisfy(l -> assertThat(l).contains("38.0"));
        var stored = new org.ecozoning.tracking.monitoring.MonitoringStore(server.services().scheme().store());
        assertThat(stored.readings(2019, 2019)).extracting(Reading::value).containsExactly(45.0, 38.0);
        assertThat(stored.imports()).singleElement().satisfies(i -> {
            assertThat(i.sourceFile()).isEqualTo("monitoring.csv");
            assertThat(i.importedBy()).isEqualTo("监测员");
        });
        assertThat(stored.targets()).isPresent();
        // the same file again: its good rows are stored already
        Run again = cli("monitoring", "import", csv.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.out()).contains("已在库中").contains("未导入任何数据");
        Run strict = cli("monitoring", "import", csv.toString(), "--all-or-nothing");
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.out()).contains("未导入任何数据");
        assertThat(stored.readings(2019, 2019)).hasSize(2);
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
        // PDF: the same report, Chinese as real text in an embedded font
        Path pdf = dir.resolve("tracking-2025.pdf");
        Run rp = cli("report", "tracking", "--year", "2025", "--out", pdf.toString());
        assertThat(rp.code()).as(rp.err()).isZero();
        String pdfText = pdfText(Files.readAllBytes(pdf));
        assertThat(pdfText).contains("2025年度生态环境分区管控实施跟踪评估报告", "样例监测数据", "2025年监测发现并立案1件", pm25);
        HttpResponse<byte[]> hp = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/reports/tracking?year=2025&f=pdf"))
                .header("Authorization", STAFF).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(hp.statusCode()).isEqualTo(200);
        assertThat(hp.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdfText(hp.body())).contains("跟踪评估报告", pm25);
        Path evalPdf = dir.resolve("evaluation.out");
        Run ep = cli("report", "evaluation", "--from", "2021", "--to", "2025", "--format", "pdf", "--out", evalPdf.toString());
        assertThat(ep.code()).as(ep.err()).isZero();
        assertThat(pdfText(Files.readAllBytes(evalPdf))).contains("实施评估报告（2021—2025年）", pm25);
        assertThat(get("/reports/tracking?year=2025&f=docx").statusCode()).isEqualTo(400);
        assertThat(cli("report", "tracking", "--year", "2025", "--format", "docx", "--out", pdf.toString()).code()).isEqualTo(1);

        // a year with readings in the store (imported above): the report uses them, not the sample
        Run stored = cli("report", "tracking", "--year", "2019", "--out", dir.resolve("t2019.pdf").toString());
        assertThat(stored.code()).as(stored.err()).isZero();
        assertThat(stored.out()).contains("库中监测数据");
        String t2019 = pdfText(Files.readAllBytes(dir.resolve("t2019.pdf")));
        assertThat(t2019).contains("41.5").doesNotContain("样例监测数据");
        assertThat(get("/reports/tracking?year=2019").body()).contains("41.5").doesNotContain("样例监测数据");

        Run bad = cli("report", "tracking", "--year", "1800", "--out", out.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("2000–2100");
    }

    /** The PM2.5 class colours of styles/unit_statistics.sld, independent of the parser. */
    static int pm25Colour(Double v) {
        if (v == null) return 0xE0E0E0;
        if (v <= 25) return 0x1A9850;
        if (v <= 35) return 0xA6D96A;
        if (v <= 45) return 0xFEE08B;
        if (v <= 55) return 0xFC8D59;
        return 0xD73027;
    }

    @Test
    @Order(6)
    void unitStatisticsOverWfsOgcApiAndWmsMatchAnIndependentComputation() throws Exception {
        Scheme scheme = scheme();
        List<Reading> readings = new SampleMonitoringGenerator(7).generate(scheme, 2024, 2024);
        Path csv = dir.resolve("monitoring-2024.csv");
        SampleMonitoringGenerator.write(readings, csv, StandardCharsets.UTF_8);
        Run imp = cli("monitoring", "import", csv.toString(), "--all-or-nothing");
        assertThat(imp.code()).as(imp.out() + imp.err()).isZero();

        // independent: a unit's PM2.5 is the mean over the stations inside it of their yearly mean
        Map<String, double[]> perStation = new HashMap<>();
        Map<String, Reading> where = new HashMap<>();
        for (Reading r : readings) {
            if (r.indicator() != Indicator.PM25) continue;
            double[] a = perStation.computeIfAbsent(r.station().id(), k -> new double[2]);
            a[0] += r.value();
            a[1]++;
            where.put(r.station().id(), r);
        }
        Map<String, Double> expected = new HashMap<>();
        for (ControlUnit u : scheme.units()) {
            List<Double> inside = new ArrayList<>();
            perStation.forEach((id, a) -> {
                Reading r = where.get(id);
                if (u.geometry().covers(u.geometry().getFactory().createPoint(new Coordinate(r.station().lon(), r.station().lat())))) {
                    inside.add(a[0] / a[1]);
                }
            });
            if (!inside.isEmpty()) expected.put(u.code().value(), inside.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
        }
        assertThat(expected).hasSizeGreaterThan(10);

        // WFS with a FES filter on year: one feature per unit; the units with their own stations carry their mean
        HttpResponse<String> wfs = get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=zoning:unit_statistics"
                + "&OUTPUTFORMAT=application/json&FILTER=" + java.net.URLEncoder.encode("<fes:Filter xmlns:fes=\"http://www.opengis.net/fes/2.0\">"
                + "<fes:PropertyIsEqualTo><fes:ValueReference>year</fes:ValueReference><fes:Literal>2024</fes:Literal></fes:PropertyIsEqualTo>"
                + "</fes:Filter>", StandardCharsets.UTF_8));
        assertThat(wfs.statusCode()).as(wfs.body()).isEqualTo(200);
        JsonNode fc = JSON.readTree(wfs.body());
        assertThat(fc.path("features")).hasSize(scheme.units().size());
        Map<String, JsonNode> byCode = new HashMap<>();
        for (JsonNode f : fc.path("features")) {
            byCode.put(f.path("properties").path("unitCode").asText(), f.path("properties"));
        }
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            JsonNode pr = byCode.get(e.getKey());
            assertThat(pr.path("year").asInt()).isEqualTo(2024);
            assertThat(pr.path("pm25Basis").asText()).isEqualTo("UNIT");
            assertThat(pr.path("pm25").asDouble()).as(e.getKey()).isCloseTo(e.getValue(), org.assertj.core.api.Assertions.within(1e-9));
        }
        // OGC API – Features with a CQL2 filter agrees
        JsonNode api = JSON.readTree(get("/ogcapi/collections/unit_statistics/items?f=json&limit=2000&filter-lang=cql2-text&filter="
                + java.net.URLEncoder.encode("year=2024 AND pm25Basis='UNIT'", StandardCharsets.UTF_8)).body());
        assertThat(api.path("numberMatched").asInt()).isEqualTo(expected.size());
        for (JsonNode f : api.path("features")) {
            String code = f.path("properties").path("unitCode").asText();
            assertThat(f.path("properties").path("pm25").asDouble()).isCloseTo(expected.get(code), org.assertj.core.api.Assertions.within(1e-9));
        }

        // WMS: the rendered map has the class colour of each unit's figure at a point inside it
        Map<Integer, Integer> classesSeen = new HashMap<>();
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            ControlUnit u = scheme.units().stream().filter(x -> x.code().value().equals(e.getKey())).findFirst().orElseThrow();
            Point p = u.geometry().getInteriorPoint();
            double d = 0.00005;
            String bbox = String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", p.getX() - d, p.getY() - d, p.getX() + d, p.getY() + d);
            HttpResponse<byte[]> png = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap"
                    + "&LAYERS=zoning:unit_statistics&STYLES=&CRS=CRS:84&BBOX=" + bbox + "&WIDTH=11&HEIGHT=11&FORMAT=image/png&TRANSPARENT=TRUE"
                    + "&CQL_FILTER=year%3D2024")).header("Authorization", STAFF).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(png.statusCode()).isEqualTo(200);
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
            int rgb = img.getRGB(5, 5) & 0xFFFFFF;
            int want = pm25Colour(e.getValue());
            assertThat(Integer.toHexString(rgb)).as(e.getKey() + " pm25 " + e.getValue()).isEqualTo(Integer.toHexString(want));
            classesSeen.merge(want, 1, Integer::sum);
        }
        assertThat(classesSeen).as("several classes rendered").hasSizeGreaterThan(1);

        // the second style and the legend
        ControlUnit any = scheme.units().get(0);
        Point q = any.geometry().getInteriorPoint();
        String bbox = String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", q.getX() - 0.00005, q.getY() - 0.00005, q.getX() + 0.00005, q.getY() + 0.00005);
        HttpResponse<byte[]> prohibited = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap"
                + "&LAYERS=zoning:unit_statistics&STYLES=unit_statistics_prohibited&CRS=CRS:84&BBOX=" + bbox + "&WIDTH=11&HEIGHT=11&FORMAT=image/png"
                + "&CQL_FILTER=year%3D2024")).header("Authorization", STAFF).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(prohibited.statusCode()).isEqualTo(200);
        int rgb = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(prohibited.body())).getRGB(5, 5) & 0xFFFFFF;
        JsonNode first = byCode.get(any.code().value());
        assertThat(Integer.toHexString(rgb)).isEqualTo(Integer.toHexString(first.path("prohibitedRate").isNull() ? 0xE0E0E0
                : prohibitedColour(first.path("prohibitedRate").asDouble())));
        HttpResponse<byte[]> legend = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic"
                + "&LAYER=zoning:unit_statistics&FORMAT=image/png")).header("Authorization", STAFF).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(legend.statusCode()).isEqualTo(200);
        java.awt.image.BufferedImage li = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(legend.body()));
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < li.getHeight(); y++) for (int x = 0; x < li.getWidth(); x++) colours.add(li.getRGB(x, y) & 0xFFFFFF);
        assertThat(colours).contains(0x1A9850, 0xA6D96A, 0xFEE08B, 0xFC8D59, 0xD73027);
    }

    static int prohibitedColour(double r) {
        if (r == 0) return 0xFFFFCC;
        if (r <= 0.1) return 0xFED976;
        if (r <= 0.25) return 0xFD8D3C;
        if (r <= 0.5) return 0xE31A1C;
        return 0x800026;
    }

    /** The text of every page, whitespace removed. */
    static String pdfText(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            var ex = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                sb.append(ex.getTextFromPage(i));
            }
            return sb.toString().replaceAll("\\s+", "");
        } finally {
            reader.close();
        }
    }
}
