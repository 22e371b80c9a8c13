package org.ecozoning.server.assist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.processes.EngineLookup;
import org.ecozoning.ogc.processes.JobService;
import org.ecozoning.ogc.processes.MemoryJobStore;
import org.ecozoning.ogc.processes.ProcessLimits;
import org.ecozoning.ogc.processes.ProcessRegistry;
import org.ecozoning.ogc.processes.ProcessesHandler;
import org.ecozoning.ogc.wps.WpsConfig;
import org.ecozoning.ogc.wps.WpsHandler;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.scheme.SchemeFiles;
import org.ecozoning.server.portal.api.PortalApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The assist module wired into the services: WPS / OGC API admission compliance with only a
 * project description, and the portal's suggest and clause-search endpoints, over the sample scheme.
 */
class AssistIntegrationTest {
    static final ObjectMapper M = new ObjectMapper();
    static final Path ROOT = Path.of("..");
    /** A site in the Taiyuan basin (the zone of TY-COKE). */
    static final String SITE = "POLYGON((112.60 37.79, 112.61 37.79, 112.61 37.80, 112.60 37.80, 112.60 37.79))";
    static final SuggesterHolder SUGGESTER = new SuggesterHolder();
    static Scheme scheme;
    static JobService jobs;
    static WpsHandler wps;
    static ProcessesHandler processes;
    static PortalApi portal;

    @BeforeAll
    static void setUp() {
        scheme = SchemeFiles.load(ROOT.resolve("workspace/sample"));
        ComplianceEngine engine = new ComplianceEngine(scheme, IndustryCatalog.gbt4754());
        ProcessLimits limits = ProcessLimits.DEFAULTS.withTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(120));
        ProcessRegistry registry = ProcessRegistry.standard(EngineLookup.current(() -> engine), ROOT.resolve("styles"), limits,
                new SuggesterInference(SUGGESTER));
        jobs = new JobService(new MemoryJobStore(), limits);
        wps = new WpsHandler(registry, jobs, WpsConfig.DEFAULTS);
        processes = new ProcessesHandler(registry, jobs, "/ogcapi");
        portal = new PortalApi(() -> scheme, IndustryCatalog.gbt4754(), SUGGESTER);
    }

    @AfterAll
    static void tearDown() {
        jobs.close();
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static OgcResponse wpsGet(String query) {
        return wps.handle(OgcRequest.builder("GET", "/").query(query).baseUrl("http://test").build());
    }

    static OgcResponse api(String path, String query) {
        return portal.handle(OgcRequest.builder("GET", path).query(query).baseUrl("http://test").build());
    }

    @Test
    void wpsExecuteWithOnlyADescriptionInfersCokingAndFiresTyCoke() throws Exception {
        OgcResponse r = wpsGet("service=WPS&version=1.0.0&request=Execute&identifier=zoning:AdmissionCompliance&DataInputs="
                + enc("geometry=" + SITE + "@mimeType=application/wkt;description=新建年产100万吨焦炭项目") + "&RawDataOutput=report");
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        JsonNode report = M.readTree(r.bodyBytes());
        assertThat(report.path("input").path("industryCode").asText()).isEqualTo("2521");
        assertThat(report.path("input").path("nature").asText()).isEqualTo("NEW");
        assertThat(report.path("findings").findValuesAsText("ruleId")).contains("TY-COKE");
        assertThat(report.path("verdict").asText()).isEqualTo("PROHIBITED");
        JsonNode inf = report.path("inferred");
        assertThat(inf.path("industryCode").asText()).isEqualTo("2521");
        assertThat(inf.path("confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(inf.path("matchedWords").toString()).contains("焦炭");
        assertThat(inf.path("messageZh").asText()).startsWith("推断结果，请确认");
        assertThat(inf.path("attributes").path("annualOutput").asDouble()).isEqualTo(100.0);
    }

    @Test
    void anExplicitIndustryWinsAndLeavesNoInferredMember() throws Exception {
        OgcResponse r = wpsGet("service=WPS&version=1.0.0&request=Execute&identifier=zoning:AdmissionCompliance&DataInputs="
                + enc("geometry=" + SITE + "@mimeType=application/wkt;industry=2614;nature=new;description=新建年产100万吨焦炭项目")
                + "&RawDataOutput=report");
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        JsonNode report = M.readTree(r.bodyBytes());
        assertThat(report.path("input").path("industryCode").asText()).isEqualTo("2614");
        assertThat(report.has("inferred")).isFalse();
    }

    @Test
    void nonsenseDescriptionAsksForTheIndustry() {
        OgcResponse r = wpsGet("service=WPS&version=1.0.0&request=Execute&identifier=zoning:AdmissionCompliance&DataInputs="
                + enc("geometry=" + SITE + "@mimeType=application/wkt;nature=new;description=阿巴阿巴呜啦啦") + "&RawDataOutput=report");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.bodyText()).contains("ExceptionReport", "MissingParameterValue", "locator=\"industry\"", "请提供 industry");
        // neither industry nor description
        OgcResponse none = wpsGet("service=WPS&version=1.0.0&request=Execute&identifier=zoning:AdmissionCompliance&DataInputs="
                + enc("geometry=" + SITE + "@mimeType=application/wkt;nature=new") + "&RawDataOutput=report");
        assertThat(none.bodyText()).contains("MissingParameterValue", "locator=\"industry\"");
    }

    @Test
    void descriptionWithoutNatureAndNoNatureInputAsksForTheNature() {
        OgcResponse r = wpsGet("service=WPS&version=1.0.0&request=Execute&identifier=zoning:AdmissionCompliance&DataInputs="
                + enc("geometry=" + SITE + "@mimeType=application/wkt;description=焦化项目") + "&RawDataOutput=report");
        assertThat(r.bodyText()).contains("MissingParameterValue", "locator=\"nature\"");
    }

    @Test
    void describeProcessAndOgcApiListTheDescriptionInput() throws Exception {
        String x = wpsGet("service=WPS&version=1.0.0&request=DescribeProcess&identifier=zoning:AdmissionCompliance").bodyText();
        assertThat(x).contains("<ows:Identifier>description</ows:Identifier>");
        assertThat(x).containsPattern("minOccurs=\"0\"[^>]*>\\s*<ows:Identifier>industry</ows:Identifier>");
        OgcResponse d = processes.handle(OgcRequest.builder("GET", "/processes/admission-compliance").baseUrl("http://test").build());
        JsonNode n = M.readTree(d.bodyBytes());
        assertThat(n.path("inputs").has("description")).isTrue();
        assertThat(n.path("inputs").path("industry").path("minOccurs").asInt()).isZero();
    }

    @Test
    void ogcApiExecuteWithDescriptionAndANonsenseProblem() throws Exception {
        String body = "{\"inputs\":{\"geometry\":{\"value\":\"" + SITE + "\",\"mediaType\":\"application/wkt\"},"
                + "\"description\":\"新建年产100万吨焦炭项目\"},\"outputs\":{\"report\":{}}}";
        OgcResponse r = processes.handle(OgcRequest.builder("POST", "/processes/admission-compliance/execution")
                .body(body.getBytes(StandardCharsets.UTF_8)).header("Content-Type", "application/json").baseUrl("http://test").build());
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        assertThat(r.bodyText()).contains("TY-COKE", "\"inferred\"", "2521");
        String bad = body.replace("新建年产100万吨焦炭项目", "xyzzy qwerty");
        OgcResponse p = processes.handle(OgcRequest.builder("POST", "/processes/admission-compliance/execution")
                .body(bad.getBytes(StandardCharsets.UTF_8)).header("Content-Type", "application/json").baseUrl("http://test").build());
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.bodyText()).contains("industry", "请提供");
    }

    @Test
    void portalSuggestRanksCodesWithConfidenceAndParsedQuantities() throws Exception {
        OgcResponse r = api("/industries/suggest", "q=" + enc("新建年产100万吨焦炭项目"));
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        JsonNode n = M.readTree(r.bodyBytes());
        assertThat(n.path("status").asText()).isEqualTo("OK");
        assertThat(n.path("confident").asBoolean()).isTrue();
        assertThat(n.path("suggestions").get(0).path("code").asText()).isEqualTo("2521");
        assertThat(n.path("suggestions").get(0).path("matchedWords").toString()).contains("焦炭");
        assertThat(n.path("nature").asText()).isEqualTo("NEW");
        assertThat(n.path("quantities").findValuesAsText("attribute")).contains("annualOutput");
        JsonNode weak = M.readTree(api("/industries/suggest", "q=" + enc("阿巴阿巴呜啦啦")).bodyBytes());
        assertThat(weak.path("confident").asBoolean()).isFalse();
        assertThat(weak.path("status").asText()).isNotEqualTo("OK");
        assertThat(weak.path("messageZh").asText()).isNotBlank();
    }

    @Test
    void portalClauseSearchHighlightsAndFilters() throws Exception {
        OgcResponse r = api("/clauses/search", "q=" + enc("焦化"));
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        JsonNode n = M.readTree(r.bodyBytes());
        long total = n.path("total").asLong();
        assertThat(total).isPositive();
        assertThat(n.path("version").asText()).isEqualTo(scheme.version());
        JsonNode first = n.path("hits").get(0);
        assertThat(first.path("snippetHtml").asText()).contains("<em>");
        assertThat(first.path("text").asText()).contains("焦化");
        // a filter narrows the result, and every hit honours it
        JsonNode unit = M.readTree(api("/clauses/search", "q=" + enc("焦化") + "&level=unit&class=2").bodyBytes());
        assertThat(unit.path("total").asLong()).isPositive().isLessThanOrEqualTo(total);
        for (JsonNode h : unit.path("hits")) {
            assertThat(h.path("level").asText()).isEqualTo("UNIT");
            assertThat(h.path("unitClass").asText()).isEqualTo("KEY_CONTROL");
        }
        // page 2 differs from page 1 when there is more than one page
        if (total > 20) {
            JsonNode p2 = M.readTree(api("/clauses/search", "q=" + enc("焦化") + "&page=2").bodyBytes());
            assertThat(p2.path("hits").get(0).path("clauseId").asText()).isNotEqualTo(first.path("clauseId").asText());
        }
        OgcResponse bad = api("/clauses/search", "q=x&dimension=nope");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.bodyText()).contains("dimension");
    }
}
