package org.ecozoning.ogc.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.wps.WpsTestSupport;
import org.junit.jupiter.api.Test;

/** OGC API – Processes: list, describe, execute sync and async, jobs, results, dismiss, problems; same verdict as WPS. */
class ProcessesHandlerTest {
    static final ObjectMapper M = new ObjectMapper();
    final ProcessesHandler h = new ProcessesHandler(WpsTestSupport.registry(), WpsTestSupport.jobs(), "/ogcapi");
    static final String SITE = "POLYGON((112.60 37.79, 112.61 37.79, 112.61 37.80, 112.60 37.80, 112.60 37.79))";

    OgcResponse call(String method, String path, String body, String prefer) {
        OgcRequest.Builder b = OgcRequest.builder(method, path).baseUrl("http://test");
        if (body != null) b.body(body.getBytes(StandardCharsets.UTF_8));
        if (prefer != null) b.header("Prefer", prefer);
        return h.handle(b.build());
    }

    static JsonNode json(OgcResponse r) throws Exception { return M.readTree(r.bodyBytes()); }

    static String admission(String extra) {
        return "{\"inputs\":{\"geometry\":{\"value\":\"" + SITE + "\",\"mediaType\":\"application/wkt\"},\"industry\":\"2614\",\"nature\":\"new\"}" + extra + "}";
    }

    @Test
    void listAndDescribe() throws Exception {
        JsonNode list = json(call("GET", "/processes", null, null));
        assertThat(list.path("processes").findValuesAsText("id")).containsExactly("admission-compliance", "batch-compliance", "units-at");
        JsonNode d = json(call("GET", "/processes/admission-compliance", null, null));
        assertThat(d.path("inputs").path("nature").path("schema").path("enum").toString()).contains("relocation");
        assertThat(d.path("outputs").path("report").toString()).contains("application/pdf", "text/html");
        assertThat(call("GET", "/processes/nope", null, null).status()).isEqualTo(404);
    }

    @Test
    void syncExecutionGivesTheSameVerdictAsTheEngine() throws Exception {
        OgcResponse r = call("POST", "/processes/admission-compliance/execution", admission(",\"outputs\":{\"report\":{}}"), null);
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        JsonNode report = json(r);
        var direct = WpsTestSupport.engine().assess(org.ecozoning.compliance.ProjectInput.builder().wkt(SITE).industry("2614")
                .nature(org.ecozoning.rules.ProjectNature.NEW).build());
        assertThat(report.path("verdict").asText()).isEqualTo(direct.verdict().name());
        assertThat(r.headers().get("Location")).startsWith("http://test/ogcapi/jobs/");
        // both outputs: a results document, overlaps as GeoJSON
        JsonNode both = json(call("POST", "/processes/admission-compliance/execution", admission(""), null));
        assertThat(both.path("overlaps").path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(both.path("report").path("schema").asText()).isEqualTo("ecozoning-report/1");
    }

    @Test
    void asyncJobLifecycle() throws Exception {
        OgcResponse r = call("POST", "/processes/units-at/execution", "{\"inputs\":{\"geometry\":{\"type\":\"Point\",\"coordinates\":[112.605,37.795]}}}",
                "respond-async");
        assertThat(r.status()).as(r.bodyText()).isEqualTo(201);
        String loc = r.headers().get("Location");
        String id = loc.substring(loc.lastIndexOf('/') + 1);
        JsonNode st = json(r);
        for (int i = 0; i < 200 && !st.path("status").asText().equals("successful"); i++) {
            Thread.sleep(50);
            st = json(call("GET", "/jobs/" + id, null, null));
        }
        assertThat(st.path("status").asText()).isEqualTo("successful");
        assertThat(st.path("progress").asInt()).isEqualTo(100);
        assertThat(json(call("GET", "/jobs", null, null)).path("jobs").findValuesAsText("jobID")).contains(id);
        assertThat(call("GET", "/jobs/" + id + "/results", null, null).bodyText()).contains("\"units\"", "\"clauses\"");
        assertThat(json(call("DELETE", "/jobs/" + id, null, null)).path("status").asText()).isEqualTo("dismissed");
        assertThat(call("GET", "/jobs/" + id + "/results", null, null).status()).isEqualTo(404);
        assertThat(call("GET", "/jobs/no-such-job", null, null).status()).isEqualTo(404);
    }

    @Test
    void problems() throws Exception {
        OgcResponse bad = call("POST", "/processes/admission-compliance/execution",
                "{\"inputs\":{\"geometry\":{\"value\":\"POLYGON((1\",\"mediaType\":\"application/wkt\"},\"industry\":\"2614\",\"nature\":\"new\"}}", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).isEqualTo("application/problem+json");
        assertThat(json(bad).path("input").asText()).isEqualTo("geometry");
        OgcResponse ref = call("POST", "/processes/admission-compliance/execution",
                "{\"inputs\":{\"geometry\":{\"href\":\"http://127.0.0.1:22/\"},\"industry\":\"2614\",\"nature\":\"new\"}}", null);
        assertThat(ref.status()).isEqualTo(400);
        assertThat(json(ref).path("type").asText()).endsWith("reference-refused");
        assertThat(call("POST", "/processes/admission-compliance/execution", "{not json", null).status()).isEqualTo(400);
        assertThat(call("GET", "/processes/admission-compliance/execution", null, null).status()).isEqualTo(405);
        OgcResponse industry = call("POST", "/processes/admission-compliance/execution", admission("").replace("2614", "ZZ"), null);
        assertThat(industry.status()).isEqualTo(400);
        assertThat(json(industry).path("input").asText()).isEqualTo("industry");
    }

    @Test
    void batchLimitIsEnforcedBeforeProcessing() throws Exception {
        StringBuilder fc = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        int n = WpsTestSupport.limits().maxBatchFeatures() + 1;
        for (int i = 0; i < n; i++) fc.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[112.6,37.79]}}");
        fc.append("]}");
        OgcResponse r = call("POST", "/processes/batch-compliance/execution", "{\"inputs\":{\"features\":" + fc + ",\"industry\":\"2614\",\"nature\":\"new\"}}", null);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.bodyText()).contains("要素过多");
        // the service still answers
        assertThat(call("GET", "/processes", null, null).status()).isEqualTo(200);
    }

    @Test
    void composeRoutesProcessesAndJobsOnly() {
        var composite = ProcessesHandler.compose(req -> OgcResponse.ok("text/plain", "features"), h);
        assertThat(composite.handle(OgcRequest.builder("GET", "/collections").build()).bodyText()).isEqualTo("features");
        assertThat(composite.handle(OgcRequest.builder("GET", "/processes").build()).bodyText()).contains("admission-compliance");
    }
}
