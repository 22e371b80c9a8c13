package org.ecozoning.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecozoning.server.cli.ZoningCliAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch jobs on the running server with {@code jobs.store=database}: async batches through OGC API
 * and WPS over HTTP; a second server over the same database and workspace answers the status URLs
 * and serves the results; after both stop, a restarted server still knows the jobs; bodies over
 * {@code batch.maxBytes} are refused in each protocol's dialect (also a declared 1 GB, unread) while
 * the server keeps answering; dismissed jobs leave no spooled file.
 */
class BatchJobsServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir Path dir;

    private ZoningCliAccess.Server serve(Path ws, String store) {
        return ZoningCliAccess.serve("--port", "0", "--bind", "127.0.0.1", "--workspace", ws.toString(), "--store", store, "--warm-up", "0");
    }

    private static String features(int n) {
        Random rnd = new Random(11);
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < n; i++) {
            double x = 112.3 + rnd.nextDouble() * 0.6, y = 37.6 + rnd.nextDouble() * 0.4, d = 0.001;
            sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "{\"type\":\"Feature\",\"id\":\"C%d\",\"properties\":{\"industry\":\"%s\"},"
                    + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f],[%.5f,%.5f]]]}}",
                    i, i % 2 == 0 ? "2614" : "6110", x, y, x + d, y, x + d, y + d, x, y + d, x, y));
        }
        return sb.append("]}").toString();
    }

    private HttpResponse<String> post(String url, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static long spooled(Path ws) throws Exception {
        Path spool = ws.resolve("var/spool");
        if (!Files.isDirectory(spool)) return 0;
        try (var s = Files.list(spool)) {
            return s.count();
        }
    }

    @Test
    void databaseJobsSurviveRestartsAndAreSharedByServers() throws Exception {
        Path ws = TestWorkspace.copyInto(dir.resolve("ws"));
        Files.writeString(ws.resolve("server.properties"), """
                jobs.store=database
                jobs.ttl=2h
                jobs.spoolThreshold=4KiB
                batch.maxBytes=1MiB
                batch.maxFeatures=500
                """);
        String store = TestWorkspace.memoryStore();
        String fc = features(300);
        String apiJob, wpsStatusPath;
        try (ZoningCliAccess.Server a = serve(ws, store)) {
            String base = "http://127.0.0.1:" + a.port();
            HttpResponse<String> created = post(base + "/ogcapi/processes/batch-compliance/execution",
                    "{\"inputs\":{\"features\":" + fc + ",\"nature\":\"new\"}}", "Prefer", "respond-async", "Content-Type", "application/json");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            apiJob = JSON.readTree(created.body()).path("jobID").asText();
            HttpResponse<String> wps = post(base + "/wps", "<wps:Execute service=\"WPS\" version=\"1.0.0\" xmlns:wps=\"http://www.opengis.net/wps/1.0.0\""
                    + " xmlns:ows=\"http://www.opengis.net/ows/1.1\"><ows:Identifier>zoning:BatchCompliance</ows:Identifier><wps:DataInputs>"
                    + "<wps:Input><ows:Identifier>features</ows:Identifier><wps:Data><wps:ComplexData mimeType=\"application/geo+json\"><![CDATA[" + fc
                    + "]]></wps:ComplexData></wps:Data></wps:Input><wps:Input><ows:Identifier>nature</ows:Identifier><wps:Data><wps:LiteralData>new"
                    + "</wps:LiteralData></wps:Data></wps:Input></wps:DataInputs><wps:ResponseForm><wps:ResponseDocument storeExecuteResponse=\"true\""
                    + " status=\"true\"><wps:Output asReference=\"true\"><ows:Identifier>result</ows:Identifier></wps:Output></wps:ResponseDocument>"
                    + "</wps:ResponseForm></wps:Execute>", "Content-Type", "application/xml");
            Matcher m = Pattern.compile("statusLocation=\"http://127\\.0\\.0\\.1:\\d+(/wps/status/[^\"]+)\"").matcher(wps.body());
            assertThat(m.find()).as(wps.body()).isTrue();
            wpsStatusPath = m.group(1);
            JsonNode st = null;
            for (int i = 0; i < 600; i++) {
                st = JSON.readTree(get(base + "/ogcapi/jobs/" + apiJob));
                if (st.path("status").asText().equals("successful") && get(base + wpsStatusPath).contains("ProcessSucceeded")) break;
                Thread.sleep(50);
            }
            assertThat(st.path("status").asText()).isEqualTo("successful");

            // a second, stateless server over the same database and workspace answers both status URLs and serves the results
            try (ZoningCliAccess.Server b = serve(ws, store)) {
                String other = "http://127.0.0.1:" + b.port();
                JsonNode seen = JSON.readTree(get(other + "/ogcapi/jobs/" + apiJob));
                assertThat(seen.path("status").asText()).isEqualTo("successful");
                assertThat(seen.path("progress").asInt()).isEqualTo(100);
                JsonNode results = JSON.readTree(get(other + "/ogcapi/jobs/" + apiJob + "/results"));
                assertThat(results.path("result").path("features").size()).isEqualTo(300);
                assertThat(results.path("summary").path("features").asInt()).isEqualTo(300);
                String wpsDoc = get(other + wpsStatusPath);
                assertThat(wpsDoc).contains("ProcessSucceeded", "/wps/output/");
            }
        }
        // restart: a new server over the same database still knows both jobs
        try (ZoningCliAccess.Server c = serve(ws, store)) {
            String base = "http://127.0.0.1:" + c.port();
            assertThat(JSON.readTree(get(base + "/ogcapi/jobs/" + apiJob)).path("status").asText()).isEqualTo("successful");
            String doc = get(base + wpsStatusPath);
            assertThat(doc).contains("ProcessSucceeded");
            String out = doc.replaceAll("(?s).*<wps:Reference href=\"http://127\\.0\\.0\\.1:\\d+([^\"]+)\".*", "$1");
            assertThat(JSON.readTree(get(base + out)).path("features").size()).isEqualTo(300);

            // over the limit: WPS ExceptionReport, OGC API problem, a declared 1 GB refused unread; the server keeps answering
            String big = "{\"inputs\":{\"features\":\"" + "x".repeat(1_200_000) + "\"}}";
            HttpResponse<String> tooBigApi = http.send(HttpRequest.newBuilder(URI.create(base + "/ogcapi/processes/batch-compliance/execution"))
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(tooBigApi.statusCode()).isEqualTo(413);
            assertThat(tooBigApi.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
            HttpResponse<String> tooBigWps = post(base + "/wps", "<wps:Execute xmlns:wps=\"http://www.opengis.net/wps/1.0.0\">" + "x".repeat(1_200_000)
                    + "</wps:Execute>");
            assertThat(tooBigWps.body()).contains("ExceptionReport", "FileSizeExceeded");
            try (RawHttp.Reply r = RawHttp.send(c.port(), "POST /wps HTTP/1.1\r\nContent-Type: application/xml\r\nContent-Length: 1073741824\r\n")) {
                String body = new String(r.body().readNBytes(4000), StandardCharsets.UTF_8);
                assertThat(body).contains("FileSizeExceeded");
            }
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(200);

            // dismissing both jobs deletes their result files; nothing else is left in the spool folder
            assertThat(spooled(ws)).isEqualTo(2);
            String wpsJob = wpsStatusPath.substring(wpsStatusPath.lastIndexOf('/') + 1);
            for (String id : new String[] {apiJob, wpsJob}) {
                assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/ogcapi/jobs/" + id)).DELETE().build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode()).isEqualTo(200);
            }
            assertThat(spooled(ws)).isZero();
        }
    }
}
