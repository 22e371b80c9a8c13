package org.ecozoning.ogc.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.compliance.ProjectInput;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.wps.WpsConfig;
import org.ecozoning.ogc.wps.WpsHandler;
import org.ecozoning.ogc.wps.WpsTestSupport;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.rules.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Batch compliance end to end through both protocols with bodies spooled to files (a small spool
 * threshold): a few thousand change polygons async through WPS (GeoJSON in CDATA, and embedded GML)
 * and OGC API, progress recorded going up, the summary and every feature's verdict equal to the
 * engine called directly on the same features; over-limit bodies and batches refused properly; the
 * spool folder empty afterwards (success, failure, dismissal, expiry).
 */
class BatchStreamingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] INDUSTRIES = {"2614", "4411", "3011", "6110", "0610", "2511"};
    private static final String[] NATURES = {"new", "expansion", "rebuild"};

    @TempDir Path spool;
    private MutableClock clock;
    private RecordingStore store;
    private JobService jobs;
    private ProcessRegistry registry;
    private WpsHandler wps;
    private ProcessesHandler api;

    /** A clock tests move forward to expire jobs. */
    static final class MutableClock extends Clock {
        volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(java.time.ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }

    /** The memory store, recording every percent saved per job (the values status documents show). */
    static final class RecordingStore implements JobStore {
        final MemoryJobStore delegate = new MemoryJobStore();
        final Map<String, List<Integer>> percents = new java.util.concurrent.ConcurrentHashMap<>();

        @Override public void save(Job job) {
            percents.computeIfAbsent(job.id(), k -> new CopyOnWriteArrayList<>()).add(job.percent());
            delegate.save(job);
        }

        @Override public Optional<Job> find(String id) { return delegate.find(id); }

        @Override public List<Job> list(int limit) { return delegate.list(limit); }

        @Override public boolean delete(String id) { return delegate.delete(id); }

        @Override public int purgeExpired(Instant now) { return delegate.purgeExpired(now); }
    }

    @BeforeEach
    void setUp() {
        ProcessLimits limits = WpsTestSupport.limits().withBatch(2L << 20, 5_000).withSpool(new SpoolArea(spool, 16 << 10));
        clock = new MutableClock();
        store = new RecordingStore();
        jobs = new JobService(store, limits, clock);
        registry = ProcessRegistry.standard(EngineLookup.current(WpsTestSupport::engine), WpsTestSupport.ROOT.resolve("styles"), limits);
        wps = new WpsHandler(registry, jobs, WpsConfig.DEFAULTS);
        api = new ProcessesHandler(registry, jobs, "/ogcapi");
    }

    @AfterEach
    void tearDown() {
        jobs.close();
        store.close();
    }

    // ---- features and the direct engine ----

    record Feature(String id, Polygon geometry, String industry, String nature) { }

    static List<Feature> features(int n, long seed) {
        ComplianceEngine engine = WpsTestSupport.engine();
        List<ControlUnit> units = engine.scheme().units();
        GeometryFactory gf = new GeometryFactory();
        Random rnd = new Random(seed);
        List<Feature> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Envelope e = units.get(rnd.nextInt(units.size())).geometry().getEnvelopeInternal();
            double x = e.getMinX() + rnd.nextDouble() * e.getWidth(), y = e.getMinY() + rnd.nextDouble() * e.getHeight(), s = 0.0005 + rnd.nextDouble() * 0.002;
            Polygon p = gf.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + s, y), new Coordinate(x + s, y + s),
                    new Coordinate(x, y + s), new Coordinate(x, y)});
            out.add(new Feature("F" + i, p, INDUSTRIES[rnd.nextInt(INDUSTRIES.length)], NATURES[rnd.nextInt(NATURES.length)]));
        }
        return out;
    }

    /** Verdict and unit codes per feature id, from the engine called directly. */
    static Map<String, String> direct(List<Feature> fs) {
        ComplianceEngine engine = WpsTestSupport.engine();
        Map<String, String> m = new HashMap<>();
        for (Feature f : fs) {
            AssessmentReport r = engine.assess(ProjectInput.builder().geometry(f.geometry()).industry(f.industry())
                    .nature(ProjectNature.valueOf(f.nature().toUpperCase(Locale.ROOT))).build());
            m.put(f.id(), r.verdict().name() + "|" + String.join(",", r.units().stream().map(AssessmentReport.UnitHit::code).toList()));
        }
        return m;
    }

    static Map<String, Integer> counts(Map<String, String> direct) {
        Map<Verdict, Integer> c = new EnumMap<>(Verdict.class);
        direct.values().forEach(v -> c.merge(Verdict.valueOf(v.substring(0, v.indexOf('|'))), 1, Integer::sum));
        Map<String, Integer> m = new HashMap<>();
        for (Verdict v : Verdict.values()) m.put(v.name(), c.getOrDefault(v, 0));
        return m;
    }

    static String geoJson(List<Feature> fs) {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < fs.size(); i++) {
            Feature f = fs.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"id\":\"").append(f.id()).append("\",\"properties\":{\"industry\":\"")
                    .append(f.industry()).append("\",\"nature\":\"").append(f.nature()).append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
            Coordinate[] cs = f.geometry().getCoordinates();
            for (int k = 0; k < cs.length; k++) sb.append(k == 0 ? "" : ",").append('[').append(cs[k].x).append(',').append(cs[k].y).append(']');
            sb.append("]]}}");
        }
        return sb.append("]}").toString();
    }

    static String gml(List<Feature> fs) {
        StringBuilder sb = new StringBuilder("<wfs:FeatureCollection xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" xmlns:gml=\"http://www.opengis.net/gml/3.2\""
                + " xmlns:c=\"urn:change\">");
        for (Feature f : fs) {
            sb.append("<wfs:member><c:Change gml:id=\"").append(f.id()).append("\"><c:industry>").append(f.industry()).append("</c:industry><c:nature>")
                    .append(f.nature()).append("</c:nature><c:geom><gml:Polygon srsName=\"http://www.opengis.net/def/crs/OGC/1.3/CRS84\"><gml:exterior>"
                            + "<gml:LinearRing><gml:posList>");
            Coordinate[] cs = f.geometry().getCoordinates();
            for (int k = 0; k < cs.length; k++) sb.append(k == 0 ? "" : " ").append(cs[k].x).append(' ').append(cs[k].y);
            sb.append("</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></c:geom></c:Change></wfs:member>");
        }
        return sb.append("</wfs:FeatureCollection>").toString();
    }

    // ---- requests ----

    private static OgcResponse post(Object handler, String path, String body, Map<String, String> headers) {
        OgcRequest.Builder b = OgcRequest.builder("POST", path).baseUrl("http://test").body(body.getBytes(StandardCharsets.UTF_8));
        headers.forEach(b::header);
        return handler instanceof WpsHandler w ? w.handle(b.build()) : ((ProcessesHandler) handler).handle(b.build());
    }

    private OgcResponse wpsGet(String path) { return wps.handle(OgcRequest.builder("GET", path).baseUrl("http://test").build()); }

    private OgcResponse apiGet(String path) { return api.handle(OgcRequest.builder("GET", path).baseUrl("http://test").build()); }

    static String executeXml(String complexInput, String form) {
        return "<wps:Execute service=\"WPS\" version=\"1.0.0\" xmlns:wps=\"http://www.opengis.net/wps/1.0.0\" xmlns:ows=\"http://www.opengis.net/ows/1.1\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\"><ows:Identifier>zoning:BatchCompliance</ows:Identifier><wps:DataInputs>"
                + complexInput + "</wps:DataInputs><wps:ResponseForm>" + form + "</wps:ResponseForm></wps:Execute>";
    }

    static final String ASYNC_FORM = "<wps:ResponseDocument storeExecuteResponse=\"true\" status=\"true\"><wps:Output asReference=\"true\">"
            + "<ows:Identifier>result</ows:Identifier></wps:Output><wps:Output><ows:Identifier>summary</ows:Identifier></wps:Output></wps:ResponseDocument>";

    private static final Pattern PERCENT = Pattern.compile("percentCompleted=\"(\\d+)\"");

    /** Polls a WPS status document until the job ends; returns the last document and the percents seen. */
    private String pollWps(String statusPath, List<Integer> seen) throws InterruptedException {
        for (int i = 0; i < 2400; i++) {
            String doc = wpsGet(statusPath).bodyText();
            Matcher m = PERCENT.matcher(doc);
            if (m.find()) seen.add(Integer.parseInt(m.group(1)));
            if (doc.contains("ProcessSucceeded") || doc.contains("ProcessFailed")) return doc;
            Thread.sleep(25);
        }
        throw new AssertionError("job did not end");
    }

    private void assertResultMatches(JsonNode fc, Map<String, String> expected) {
        assertThat(fc.path("features").size()).isEqualTo(expected.size());
        for (JsonNode f : fc.path("features")) {
            String id = f.path("id").asText();
            assertThat(f.path("properties").path("verdict").asText() + "|" + f.path("properties").path("unitCodes").asText()).as(id)
                    .isEqualTo(expected.get(id));
        }
    }

    private void assertSummary(JsonNode summary, Map<String, String> expected) {
        assertThat(summary.path("features").asInt()).isEqualTo(expected.size());
        assertThat(summary.path("errors").asInt()).isZero();
        Map<String, Integer> got = new HashMap<>();
        summary.path("verdicts").fields().forEachRemaining(e -> got.put(e.getKey(), e.getValue().asInt()));
        assertThat(got).isEqualTo(counts(expected));
        assertThat(got.values().stream().filter(v -> v > 0).count()).as("a mix of verdicts").isGreaterThan(1);
    }

    private void assertProgressWentUp(String jobId) {
        List<Integer> p = store.percents.get(jobId);
        List<Integer> running = p.subList(0, p.size() - 1);
        assertThat(running).isSorted();
        assertThat(running.stream().filter(x -> x > 1 && x < 100).distinct().count()).as("progress steps " + p).isGreaterThanOrEqualTo(3);
        assertThat(p.get(p.size() - 1)).isEqualTo(100);
    }

    private long spoolFiles() throws Exception {
        try (var s = Files.list(spool)) {
            return s.count();
        }
    }

    // ---- tests ----

    @Test
    void wpsAsyncGeoJsonInCdata() throws Exception {
        List<Feature> fs = features(2000, 1);
        Map<String, String> expected = direct(fs);
        String body = executeXml("<wps:Input><ows:Identifier>features</ows:Identifier><wps:Data><wps:ComplexData mimeType=\"application/geo+json\">"
                + "<![CDATA[" + geoJson(fs) + "]]></wps:ComplexData></wps:Data></wps:Input>", ASYNC_FORM);
        assertThat(body.length()).as("well over the 16 KiB spool threshold").isGreaterThan(160 << 10);
        OgcResponse accepted = post(wps, "/", body, Map.of());
        String doc = accepted.bodyText();
        assertThat(doc).as(doc).contains("statusLocation=\"http://test/wps/status/");
        String id = doc.replaceAll("(?s).*statusLocation=\"http://test/wps/status/([^\"]+)\".*", "$1");
        List<Integer> seen = new ArrayList<>();
        String done = pollWps("/status/" + id, seen);
        assertThat(done).contains("ProcessSucceeded");
        assertThat(seen).isSorted();
        assertProgressWentUp(id);
        // the summary inline (CDATA), the result by reference, streamed from its file
        String summary = done.replaceAll("(?s).*<wps:ComplexData mimeType=\"application/json\"><!\\[CDATA\\[(.*?)]]>.*", "$1");
        assertSummary(JSON.readTree(summary), expected);
        OgcResponse result = wpsGet("/output/" + id + "/result");
        assertThat(result.status()).isEqualTo(200);
        assertResultMatches(JSON.readTree(result.bodyBytes()), expected);
        assertThat(spoolFiles()).as("only the result file remains while the job is kept").isEqualTo(1);
        // expiry removes the result file
        clock.now = clock.now.plus(Duration.ofDays(2));
        assertThat(wpsGet("/status/" + id).bodyText()).contains("NotFound");
        assertThat(spoolFiles()).isZero();
    }

    @Test
    void wpsAsyncEmbeddedGml() throws Exception {
        List<Feature> fs = features(1000, 2);
        Map<String, String> expected = direct(fs);
        String body = executeXml("<wps:Input><ows:Identifier>features</ows:Identifier><wps:Data><wps:ComplexData mimeType=\"text/xml; subtype=gml/3.2.1\">"
                + gml(fs) + "</wps:ComplexData></wps:Data></wps:Input>", ASYNC_FORM.replace("<wps:Output asReference=\"true\">",
                "<wps:Output asReference=\"true\" mimeType=\"application/geo+json\">"));
        String doc = post(wps, "/", body, Map.of()).bodyText();
        String id = doc.replaceAll("(?s).*statusLocation=\"http://test/wps/status/([^\"]+)\".*", "$1");
        String done = pollWps("/status/" + id, new ArrayList<>());
        assertThat(done).as(done).contains("ProcessSucceeded");
        assertProgressWentUp(id);
        assertResultMatches(JSON.readTree(wpsGet("/output/" + id + "/result").bodyBytes()), expected);
        // dismissal (through the OGC API, the same job service) removes the result file
        assertThat(api.handle(OgcRequest.builder("DELETE", "/jobs/" + id).baseUrl("http://test").build()).status()).isEqualTo(200);
        assertThat(spoolFiles()).isZero();
    }

    @Test
    void ogcApiAsync() throws Exception {
        List<Feature> fs = features(2000, 3);
        Map<String, String> expected = direct(fs);
        String body = "{\"inputs\":{\"features\":" + geoJson(fs) + "},\"outputs\":{\"result\":{\"format\":{\"mediaType\":\"application/geo+json\"}},"
                + "\"summary\":{\"format\":{\"mediaType\":\"application/json\"}}}}";
        OgcResponse created = post(api, "/processes/batch-compliance/execution", body, Map.of("Prefer", "respond-async"));
        assertThat(created.status()).as(created.bodyText()).isEqualTo(201);
        String id = JSON.readTree(created.bodyBytes()).path("jobID").asText();
        List<Integer> seen = new ArrayList<>();
        JsonNode st;
        int polls = 0;
        do {
            Thread.sleep(25);
            st = JSON.readTree(apiGet("/jobs/" + id).bodyBytes());
            seen.add(st.path("progress").asInt());
        } while (!st.path("status").asText().equals("successful") && !st.path("status").asText().equals("failed") && ++polls < 2400);
        assertThat(st.path("status").asText()).as(st.toString()).isEqualTo("successful");
        assertThat(seen).isSorted();
        assertProgressWentUp(id);
        JsonNode results = JSON.readTree(apiGet("/jobs/" + id + "/results").bodyBytes());
        assertResultMatches(results.path("result"), expected);
        assertSummary(results.path("summary"), expected);
        assertThat(api.handle(OgcRequest.builder("DELETE", "/jobs/" + id).baseUrl("http://test").build()).status()).isEqualTo(200);
        assertThat(spoolFiles()).isZero();
    }

    @Test
    void overLimitInputIsRefusedAndTempFilesGo() throws Exception {
        // too many features (limit 5,000): the job fails with FileSizeExceeded / 413, nothing left behind
        List<Feature> many = features(5_001, 4);
        String xml = executeXml("<wps:Input><ows:Identifier>features</ows:Identifier><wps:Data><wps:ComplexData mimeType=\"application/geo+json\">"
                + "<![CDATA[" + geoJson(many) + "]]></wps:ComplexData></wps:Data></wps:Input>", "<wps:RawDataOutput><ows:Identifier>summary</ows:Identifier></wps:RawDataOutput>");
        OgcResponse tooMany = post(wps, "/", xml, Map.of());
        assertThat(tooMany.bodyText()).contains("ows:ExceptionReport", "FileSizeExceeded", "要素过多");
        OgcResponse tooManyApi = post(api, "/processes/batch-compliance/execution", "{\"inputs\":{\"features\":" + geoJson(many) + "}}", Map.of());
        assertThat(tooManyApi.status()).isEqualTo(413);
        assertThat(tooManyApi.contentType()).contains("problem+json");
        // a body over batch.maxBytes (2 MiB), read to the limit only
        String huge = "x".repeat(3 << 20);
        OgcResponse big = post(wps, "/", executeXml("<wps:Input><ows:Identifier>features</ows:Identifier><wps:Data><wps:ComplexData mimeType=\"application/geo+json\">"
                + huge + "</wps:ComplexData></wps:Data></wps:Input>", ""), Map.of());
        assertThat(big.bodyText()).contains("FileSizeExceeded", "2 MB");
        OgcResponse bigApi = post(api, "/processes/batch-compliance/execution", "{\"inputs\":{\"features\":\"" + huge + "\"}}", Map.of());
        assertThat(bigApi.status()).isEqualTo(413);
        assertThat(JSON.readTree(bigApi.bodyBytes()).path("type").asText()).contains("too-large");
        // a declared 1 GB body is refused before reading (the stream would fail if read)
        InputStream poisoned = new InputStream() {
            @Override public int read() { throw new AssertionError("body read although the declared length is over the limit"); }
        };
        OgcResponse declared = wps.handle(OgcRequest.builder("POST", "/").baseUrl("http://test").header("Content-Length", String.valueOf(1L << 30))
                .body(poisoned).build());
        assertThat(declared.bodyText()).contains("FileSizeExceeded");
        OgcResponse declaredApi = api.handle(OgcRequest.builder("POST", "/processes/batch-compliance/execution").baseUrl("http://test")
                .header("Content-Length", String.valueOf(1L << 30)).body(poisoned).build());
        assertThat(declaredApi.status()).isEqualTo(413);
        // broken GeoJSON in a spooled body: the job fails, its spooled input is deleted
        OgcResponse broken = post(wps, "/", executeXml("<wps:Input><ows:Identifier>features</ows:Identifier><wps:Data><wps:ComplexData mimeType=\"application/geo+json\">"
                + "<![CDATA[" + geoJson(features(200, 5)).replace("\"Polygon\"", "\"Polygon\"],") + "]]></wps:ComplexData></wps:Data></wps:Input>",
                "<wps:RawDataOutput><ows:Identifier>result</ows:Identifier></wps:RawDataOutput>"), Map.of());
        assertThat(broken.bodyText()).contains("ows:ExceptionReport", "GeoJSON");
        // the service still answers others
        assertThat(wps.handle(OgcRequest.builder("GET", "/").query("service=WPS&request=GetCapabilities").baseUrl("http://test").build()).status())
                .isEqualTo(200);
        assertThat(apiGet("/processes").status()).isEqualTo(200);
        // nothing left but finished jobs' result files, none here (all failed)
        assertThat(spoolFiles()).isZero();
    }

    @Test
    void spoolKeepsSmallDataInMemoryAndLargeInAFile() throws Exception {
        SpoolArea area = new SpoolArea(spool, 1024);
        Spool small = area.read(new ByteArrayInputStream(new byte[100]), "t", 10_000, IllegalStateException::new);
        assertThat(small.file()).isNull();
        Spool large = area.read(new ByteArrayInputStream(new byte[5000]), "t", 10_000, IllegalStateException::new);
        assertThat(large.file()).exists().hasSize(5000);
        assertThat(large.open().readAllBytes()).hasSize(5000);
        large.delete();
        assertThat(spoolFiles()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> area.read(new ByteArrayInputStream(new byte[20_000]), "t", 10_000, IllegalStateException::new))
                .isInstanceOf(IllegalStateException.class);
        assertThat(spoolFiles()).as("a refused body leaves no file").isZero();
    }
}
