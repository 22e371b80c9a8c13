package org.ecozoning.ogc.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.report.ReportRenderer;
import org.ecozoning.ogc.wps.WpsConfig;
import org.ecozoning.ogc.wps.WpsHandler;
import org.ecozoning.ogc.wps.WpsTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Admission compliance keeps each assessment through the {@link AssessmentRecorder} port (WPS and
 * OGC API, with the caller and the base URL of the request), its report carries the reference and
 * URL, and a failing recorder does not fail the assessment.
 */
class AssessmentSavingTest {
    static final ObjectMapper M = new ObjectMapper();
    static final String SITE = "POLYGON((112.60 37.79, 112.61 37.79, 112.61 37.80, 112.60 37.80, 112.60 37.79))";

    /** Records in memory; fails on demand. */
    static final class Recorder implements AssessmentRecorder {
        final List<Assessment> kept = new CopyOnWriteArrayList<>();
        volatile boolean fail;

        @Override public boolean enabled() { return true; }

        @Override public void record(Assessment a) {
            if (fail) throw new IllegalStateException("store down");
            kept.add(a);
        }

        @Override public String retrievalUrl(String baseUrl, String reference) { return baseUrl + "/api/assessments/" + reference; }
    }

    final Recorder recorder = new Recorder();
    final ProcessRegistry registry = ProcessRegistry.standard(EngineLookup.current(WpsTestSupport::engine),
            ReportRenderer.load(WpsTestSupport.ROOT.resolve("styles")), WpsTestSupport.limits(), IndustryInference.NONE, recorder);

    OgcResponse api(String principal, String body) {
        OgcRequest.Builder b = OgcRequest.builder("POST", "/processes/admission-compliance/execution").baseUrl("http://test")
                .body(body.getBytes(StandardCharsets.UTF_8));
        if (principal != null) b.principal(principal).roles(java.util.Set.of("ENTERPRISE"));
        return new ProcessesHandler(registry, WpsTestSupport.jobs(), "/ogcapi").handle(b.build());
    }

    static String admission() {
        return "{\"inputs\":{\"geometry\":{\"value\":\"" + SITE + "\",\"mediaType\":\"application/wkt\"},\"industry\":\"2614\",\"nature\":\"new\","
                + "\"name\":\"焦化项目\"},\"outputs\":{\"report\":{}}}";
    }

    @Test
    void ogcApiExecutionIsSavedWithCallerReferenceAndUrl() throws Exception {
        OgcResponse r = api("ent1", admission());
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        JsonNode report = M.readTree(r.bodyBytes());
        JsonNode saved = report.path("savedAssessment");
        assertThat(saved.path("saved").asBoolean()).isTrue();
        String ref = saved.path("reference").asText();
        assertThat(ref).matches("[A-Za-z0-9_-]{32}");
        assertThat(saved.path("url").asText()).isEqualTo("http://test/api/assessments/" + ref);

        assertThat(recorder.kept).hasSize(1);
        AssessmentRecorder.Assessment a = recorder.kept.get(0);
        assertThat(a.reference()).isEqualTo(ref);
        assertThat(a.actor()).isEqualTo("ent1");
        assertThat(a.protocol()).isEqualTo("OGC API");
        assertThat(a.report().verdict().name()).isEqualTo(report.path("verdict").asText());
        assertThat(M.readTree(a.reportJson()).path("savedAssessment").path("reference").asText()).isEqualTo(ref);
        JsonNode input = M.readTree(a.inputJson());
        assertThat(input.path("process").asText()).isEqualTo("zoning:AdmissionCompliance");
        assertThat(input.path("inputs").path("industry").asText()).isEqualTo("2614");
        assertThat(input.path("inputs").path("geometry").path("value").asText()).isEqualTo(SITE);
        assertThat(a.siteLonLat().getEnvelopeInternal().getMinX()).isEqualTo(112.60, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.countyCode()).matches("\\d{6}");
    }

    @Test
    void anonymousWpsKvpExecutionIsSavedAndTheHtmlReportCarriesTheReference() throws Exception {
        WpsHandler wps = new WpsHandler(registry, WpsTestSupport.jobs(), WpsConfig.DEFAULTS);
        String q = "service=WPS&version=1.0.0&request=Execute&identifier=zoning:AdmissionCompliance&DataInputs="
                + java.net.URLEncoder.encode("geometry=" + SITE + "@mimeType=application/wkt;industry=2614;nature=new", StandardCharsets.UTF_8)
                + "&RawDataOutput=report@mimeType=text/html";
        OgcResponse r = wps.handle(OgcRequest.builder("GET", "/").query(q).baseUrl("http://host:1").build());
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        assertThat(recorder.kept).hasSize(1);
        var a = recorder.kept.get(0);
        assertThat(a.actor()).isEqualTo("anonymous");
        assertThat(a.protocol()).isEqualTo("WPS");
        assertThat(r.bodyText()).contains("<span id=\"report-id\">" + a.reference() + "</span>")
                .contains("http://host:1/api/assessments/" + a.reference());
    }

    @Test
    void aFailingStoreDoesNotFailTheAssessment() throws Exception {
        recorder.fail = true;
        OgcResponse r = api(null, admission());
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        JsonNode report = M.readTree(r.bodyBytes());
        assertThat(report.path("verdict").asText()).isNotEmpty();
        assertThat(report.path("savedAssessment").path("saved").asBoolean(true)).isFalse();
        assertThat(report.path("savedAssessment").has("reference")).isFalse();
        assertThat(report.path("savedAssessment").path("messageZh").asText()).contains("未能保存");
        assertThat(recorder.kept).isEmpty();
    }

    @Test
    void withSavingOffTheReportSaysSo() throws Exception {
        ProcessesHandler h = new ProcessesHandler(WpsTestSupport.registry(), WpsTestSupport.jobs(), "/ogcapi");
        OgcResponse r = h.handle(OgcRequest.builder("POST", "/processes/admission-compliance/execution").baseUrl("http://test")
                .body(admission().getBytes(StandardCharsets.UTF_8)).build());
        JsonNode saved = M.readTree(r.bodyBytes()).path("savedAssessment");
        assertThat(saved.path("saved").asBoolean(true)).isFalse();
        assertThat(saved.path("messageEn").asText()).contains("switched off");
    }
}
