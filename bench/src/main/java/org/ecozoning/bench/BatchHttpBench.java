package org.ecozoning.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.ogc.processes.BatchComplianceProcess;
import org.ecozoning.ogc.processes.EngineLookup;
import org.ecozoning.ogc.processes.InputValue;
import org.ecozoning.ogc.processes.ProcessInputs;
import org.ecozoning.ogc.processes.ProcessLimits;
import org.ecozoning.ogc.processes.ProcessResult;
import org.ecozoning.ogc.processes.Progress;
import org.ecozoning.ogc.processes.Spool;
import org.ecozoning.ogc.processes.SpoolArea;
import org.ecozoning.ogc.processes.ZoningProcess;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.scheme.SchemeFiles;
import org.locationtech.jts.geom.Envelope;

/**
 * Batch compliance over N synthetic change polygons (default 100,000) on the sample scheme, three
 * ways (bench/run-batch.sh runs each in its own small-heap JVM):
 * <ul>
 *   <li>{@code generate FILE N} — writes the feature collection (seeded, reproducible);</li>
 *   <li>{@code inprocess FILE WORKSPACE} — {@link BatchComplianceProcess} called in this JVM on the
 *       file (streaming input, spooled result), no protocol;</li>
 *   <li>{@code api|wps FILE BASEURL PID GCLOG} — submitted to a running server async over HTTP
 *       (OGC API – Processes JSON, or WPS 1.0.0 XML with the collection in CDATA), status polled,
 *       the result downloaded; the server's peak heap is read from its GC log and its RSS high-water
 *       mark (VmHWM) from /proc.</li>
 * </ul>
 * Prints one table row for docs/BENCHMARKS.md and the summary (identical across the three).
 */
public final class BatchHttpBench {
    private static final String[] INDUSTRIES = {"2614", "4411", "3011", "6110", "0610", "2511"};
    private static final String[] NATURES = {"new", "expansion", "rebuild"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private BatchHttpBench() { }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args.length > 3 ? args[3] : "workspace"));
            case "inprocess" -> inProcess(Path.of(args[1]), Path.of(args[2]));
            case "api", "wps" -> http(args[0], Path.of(args[1]), args[2], Long.parseLong(args[3]), Path.of(args[4]));
            default -> throw new IllegalArgumentException("generate | inprocess | api | wps");
        }
    }

    static void generate(Path file, int n, Path workspace) throws IOException {
        Scheme s = SchemeFiles.load(workspace.resolve("sample"));
        List<ControlUnit> units = s.units();
        Random rnd = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < n; i++) {
                Envelope e = units.get(rnd.nextInt(units.size())).geometry().getEnvelopeInternal();
                double x = e.getMinX() + rnd.nextDouble() * e.getWidth(), y = e.getMinY() + rnd.nextDouble() * e.getHeight();
                double d = 0.0005 + rnd.nextDouble() * 0.001;
                w.write(String.format(Locale.ROOT, "%s{\"type\":\"Feature\",\"id\":\"T%d\",\"properties\":{\"industry\":\"%s\",\"nature\":\"%s\",\"source\":\"卫星\"},"
                                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]]}}",
                        i == 0 ? "" : ",\n", i, INDUSTRIES[rnd.nextInt(INDUSTRIES.length)], NATURES[rnd.nextInt(NATURES.length)],
                        x, y, x + d, y, x + d, y + d, x, y + d, x, y));
            }
            w.write("\n]}\n");
        }
        System.out.printf(Locale.ROOT, "generated %,d features, %.1f MB%n", n, Files.size(file) / 1e6);
    }

    static void inProcess(Path file, Path workspace) throws Exception {
        Path tmp = Files.createTempDirectory("batch-bench");
        ComplianceEngine engine = new ComplianceEngine(SchemeFiles.load(workspace.resolve("sample")), IndustryCatalog.gbt4754());
        SpoolArea area = new SpoolArea(tmp, 1 << 20);
        ProcessLimits limits = ProcessLimits.DEFAULTS.withBatch(1L << 30, 1_000_000).withSpool(area);
        BatchComplianceProcess p = new BatchComplianceProcess(EngineLookup.current(() -> engine), limits);
        Spool features = area.read(Files.newInputStream(file), "bench", Long.MAX_VALUE, IllegalStateException::new);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        ProcessResult r = p.execute(new ProcessInputs(List.of(InputValue.spooled("features", features, "application/geo+json", null, null))),
                Map.of(), new ZoningProcess.ExecutionContext("bench", java.time.Instant.now(), Progress.NONE));
        double wall = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) if (m.getType() == MemoryType.HEAP) peak += m.getPeakUsage().getUsed();
        JsonNode summary = JSON.readTree(r.output("summary").bytes());
        int n = summary.path("features").asInt();
        long resultBytes = r.output("result").size();
        r.discard();
        features.delete();
        Files.deleteIfExists(tmp);
        row("in-process (BatchComplianceProcess)", n, wall, peak, vmHwm(ProcessHandle.current().pid()), resultBytes, summary);
    }

    static void http(String protocol, Path file, String base, long serverPid, Path gcLog) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int gcLinesBefore = Files.readAllLines(gcLog).size();
        long startupPeak = peakHeapFromGcLog(gcLog, 0, gcLinesBefore);
        long rssBefore = vmHwm(serverPid);
        long t0 = System.nanoTime();
        String statusUrl;
        if (protocol.equals("api")) {
            InputStream body = new SequenceInputStream(Collections.enumeration(List.of(
                    new ByteArrayInputStream("{\"inputs\":{\"features\":".getBytes(StandardCharsets.UTF_8)), Files.newInputStream(file),
                    new ByteArrayInputStream(("},\"outputs\":{\"result\":{\"format\":{\"mediaType\":\"application/geo+json\"}},"
                            + "\"summary\":{\"format\":{\"mediaType\":\"application/json\"}}}}").getBytes(StandardCharsets.UTF_8)))));
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/ogcapi/processes/batch-compliance/execution"))
                    .header("Content-Type", "application/json").header("Prefer", "respond-async")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) throw new IllegalStateException(r.statusCode() + " " + r.body());
            statusUrl = r.headers().firstValue("Location").orElseThrow();
        } else {
            String head = "<wps:Execute service=\"WPS\" version=\"1.0.0\" xmlns:wps=\"http://www.opengis.net/wps/1.0.0\" xmlns:ows=\"http://www.opengis.net/ows/1.1\">"
                    + "<ows:Identifier>zoning:BatchCompliance</ows:Identifier><wps:DataInputs><wps:Input><ows:Identifier>features</ows:Identifier>"
                    + "<wps:Data><wps:ComplexData mimeType=\"application/geo+json\"><![CDATA[";
            String tail = "]]></wps:ComplexData></wps:Data></wps:Input></wps:DataInputs><wps:ResponseForm>"
                    + "<wps:ResponseDocument storeExecuteResponse=\"true\" status=\"true\"><wps:Output asReference=\"true\"><ows:Identifier>result</ows:Identifier>"
                    + "</wps:Output><wps:Output><ows:Identifier>summary</ows:Identifier></wps:Output></wps:ResponseDocument></wps:ResponseForm></wps:Execute>";
            InputStream body = new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
                    Files.newInputStream(file), new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))));
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/wps")).header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("statusLocation=\"([^\"]+)\"").matcher(r.body());
            if (!m.find()) throw new IllegalStateException(r.statusCode() + " " + r.body());
            statusUrl = m.group(1);
        }
        double submitted = (System.nanoTime() - t0) / 1e9;
        List<Integer> progress = new ArrayList<>();
        String status;
        JsonNode summary = null;
        Path result = Files.createTempFile("batch-result", ".json");
        while (true) {
            Thread.sleep(500);
            String doc = client.send(HttpRequest.newBuilder(URI.create(statusUrl)).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (protocol.equals("api")) {
                JsonNode st = JSON.readTree(doc);
                status = st.path("status").asText();
                progress.add(st.path("progress").asInt());
                if (status.equals("successful")) {
                    client.send(HttpRequest.newBuilder(URI.create(statusUrl + "/results")).build(), HttpResponse.BodyHandlers.ofFile(result));
                    summary = summaryOf(result);
                    break;
                }
                if (status.equals("failed")) throw new IllegalStateException(doc);
            } else {
                Matcher pc = Pattern.compile("percentCompleted=\"(\\d+)\"").matcher(doc);
                if (pc.find()) progress.add(Integer.parseInt(pc.group(1)));
                if (doc.contains("ProcessSucceeded")) {
                    Matcher ref = Pattern.compile("<wps:Reference href=\"([^\"]+)\"").matcher(doc);
                    ref.find();
                    client.send(HttpRequest.newBuilder(URI.create(ref.group(1).replace("&amp;", "&"))).build(), HttpResponse.BodyHandlers.ofFile(result));
                    Matcher s = Pattern.compile("(?s)<ows:Identifier>summary</ows:Identifier>.*?<!\\[CDATA\\[(.*?)]]>").matcher(doc);
                    if (s.find()) summary = JSON.readTree(s.group(1));
                    break;
                }
                if (doc.contains("ProcessFailed")) throw new IllegalStateException(doc);
            }
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        long resultBytes = Files.size(result);
        Files.delete(result);
        long peak = peakHeapFromGcLog(gcLog, gcLinesBefore, Integer.MAX_VALUE);
        System.out.printf(Locale.ROOT, "upload+accept %.1f s; progress seen %s%n", submitted, progress.stream().distinct().toList());
        System.out.printf(Locale.ROOT, "server before the batch: peak heap %d MB (start-up, store bootstrap), VmHWM %d MB; during the batch: peak heap %d MB%n",
                startupPeak >> 20, rssBefore >> 20, peak >> 20);
        row("HTTP async, " + (protocol.equals("api") ? "OGC API – Processes (JSON)" : "WPS 1.0.0 (XML, CDATA)"), summary.path("features").asInt(), wall,
                peak, vmHwm(serverPid), resultBytes, summary);
    }

    /** Finds the summary in a results document without building the (large) result collection. */
    private static JsonNode summaryOf(Path results) throws IOException {
        try (JsonParser p = new JsonFactory().setCodec(JSON).createParser(results.toFile())) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("summary")) return p.readValueAsTree();
                p.skipChildren();
            }
        }
        throw new IllegalStateException("no summary in the results");
    }

    /** Largest heap occupancy before a collection in lines [from, to) of a -Xlog:gc log ("… 180M->40M(256M) …"). */
    static long peakHeapFromGcLog(Path log, int from, int to) throws IOException {
        Pattern p = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
        long max = 0;
        List<String> lines = Files.readAllLines(log);
        for (String line : lines.subList(Math.min(from, lines.size()), Math.min(to, lines.size()))) {
            Matcher m = p.matcher(line);
            while (m.find()) max = Math.max(max, Long.parseLong(m.group(1)));
        }
        return max << 20;
    }

    static long vmHwm(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D+", "")) << 10;
        }
        return -1;
    }

    private static void row(String how, int n, double wall, long peakHeap, long rss, long resultBytes, JsonNode summary) {
        System.out.printf(Locale.ROOT, "| %s | %,d | %.1f s | %,.0f | %d MB | %d MB | %.0f MB | %s |%n", how, n, wall, n / wall, peakHeap >> 20, rss >> 20,
                resultBytes / 1e6, summary.path("verdicts"));
    }
}
