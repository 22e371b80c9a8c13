package org.ecozoning.server.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecozoning.server.TestServer.basic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ecozoning.server.TestServer;
import org.ecozoning.server.auth.Role;
import org.ecozoning.store.AssessmentQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issues 3, 5, 6: an assessment made through the portal API, WPS (KVP sync, XML async) or OGC API
 * Processes (sync, async) is saved and read back by its reference as JSON, HTML and PDF; an
 * enterprise sees only its own list, anonymous callers none; staff see and filter all.
 */
class SavedAssessmentsTest {
    @TempDir
    static Path dir;
    static TestServer app;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ENT1 = basic("ent1", "enterprise-password");
    static final String ENT2 = basic("ent2", "enterprise-password");
    static final String STAFF = basic("staff1", "staff-password");
    static final String SITE_WKT = "POLYGON((112.60 37.79, 112.61 37.79, 112.61 37.80, 112.60 37.80, 112.60 37.79))";
    static final String SITE_GEOJSON = "{\"type\":\"Polygon\",\"coordinates\":[[[112.60,37.79],[112.61,37.79],[112.61,37.80],[112.60,37.80],[112.60,37.79]]]}";

    @BeforeAll
    static void start() throws Exception {
        app = new TestServer(dir, Duration.ofSeconds(60), ws -> { });
        app.addUser("ent1", Role.ENTERPRISE, "enterprise-password");
        app.addUser("ent2", Role.ENTERPRISE, "enterprise-password");
        app.addUser("staff1", Role.STAFF, "staff-password");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    static HttpResponse<byte[]> get(String path, String auth) throws Exception {
        return app.get(path, auth, HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> post(String path, String auth, String contentType, String body, String... headers) throws Exception {
        return app.post(path, auth, contentType, body, HttpResponse.BodyHandlers.ofByteArray(), headers);
    }

    static String text(HttpResponse<byte[]> r) { return new String(r.body(), StandardCharsets.UTF_8); }

    static JsonNode json(HttpResponse<byte[]> r) throws Exception { return JSON.readTree(r.body()); }

    /** Reads the saved assessment back in all three forms and checks it against what was answered. */
    static JsonNode retrieve(String ref, String verdict, String expectedInput) throws Exception {
        HttpResponse<byte[]> j = get("/api/assessments/" + ref, null);
        assertThat(j.statusCode()).as(text(j)).isEqualTo(200);
        JsonNode doc = json(j);
        assertThat(doc.path("reference").asText()).isEqualTo(ref);
        assertThat(doc.path("report").path("verdict").asText()).isEqualTo(verdict);
        assertThat(doc.path("report").path("savedAssessment").path("reference").asText()).isEqualTo(ref);
        assertThat(doc.path("verdict").asText()).isEqualTo(verdict);
        assertThat(doc.path("schemeVersion").path("id").asLong()).isEqualTo(app.services.scheme().loaded().version().id());
        assertThat(doc.path("createdAt").asText()).isNotEmpty();
        assertThat(doc.path("input").toString()).contains(expectedInput);
        assertThat(doc.has("actor")).as("a share link does not reveal the account").isFalse();

        HttpResponse<byte[]> h = get("/api/assessments/" + ref + "?f=html", null);
        assertThat(h.statusCode()).isEqualTo(200);
        assertThat(h.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(text(h)).contains("<span id=\"report-id\">" + ref + "</span>", app.base + "/api/assessments/" + ref, "报告编号");

        HttpResponse<byte[]> p = get("/api/assessments/" + ref + "?f=pdf", null);
        assertThat(p.statusCode()).isEqualTo(200);
        assertThat(p.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(p.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment; filename=\"ecozoning-report-")
                .endsWith(ref.substring(0, 8) + ".pdf\"");
        assertThat(new String(p.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        return doc;
    }

    static String wpsStatus(String statusUrl, String auth) throws Exception {
        String doc = "";
        for (int i = 0; i < 400 && !doc.contains("ProcessSucceeded") && !doc.contains("ProcessFailed"); i++) {
            doc = text(get(statusUrl, auth));
            if (!doc.contains("ProcessSucceeded")) Thread.sleep(50);
        }
        return doc;
    }

    static String literal(String id, String v) {
        return "<wps:Input><ows:Identifier>" + id + "</ows:Identifier><wps:Data><wps:LiteralData>" + v + "</wps:LiteralData></wps:Data></wps:Input>";
    }

    @Test
    void everyProtocolSavesAndEachIsRetrievableByReference() throws Exception {
        List<String> ent1Refs = new ArrayList<>();

        // portal API, as ent1
        HttpResponse<byte[]> pr = post("/api/assess", ENT1, "application/json",
                "{\"geometry\":" + SITE_GEOJSON + ",\"industry\":\"2614\",\"nature\":\"NEW\",\"name\":\"门户焦化项目\"}");
        assertThat(pr.statusCode()).as(text(pr)).isEqualTo(200);
        JsonNode portal = json(pr);
        String portalRef = portal.path("savedAssessment").path("reference").asText();
        assertThat(portal.path("savedAssessment").path("url").asText()).isEqualTo(app.base + "/api/assessments/" + portalRef);
        JsonNode portalDoc = retrieve(portalRef, portal.path("verdict").asText(), "门户焦化项目");
        assertThat(portalDoc.path("name").asText()).isEqualTo("门户焦化项目");
        ent1Refs.add(portalRef);

        // WPS KVP, synchronous, anonymous, JSON report
        HttpResponse<byte[]> kvp = get("/wps?service=WPS&version=1.0.0&request=Execute&identifier=zoning:AdmissionCompliance&DataInputs="
                + URLEncoder.encode("geometry=" + SITE_WKT + "@mimeType=application/wkt;industry=2614;nature=new;name=WPS项目", StandardCharsets.UTF_8)
                + "&RawDataOutput=report", null);
        assertThat(kvp.statusCode()).as(text(kvp)).isEqualTo(200);
        JsonNode wpsReport = json(kvp);
        String wpsRef = wpsReport.path("savedAssessment").path("reference").asText();
        retrieve(wpsRef, wpsReport.path("verdict").asText(), "WPS项目");
        assertThat(app.services.scheme().store().assessmentByReference(wpsRef).orElseThrow().actor()).isEqualTo("anonymous");

        // WPS XML, asynchronous, as ent1: the stored output links the reference
        String xml = "<wps:Execute service=\"WPS\" version=\"1.0.0\" xmlns:wps=\"http://www.opengis.net/wps/1.0.0\" xmlns:ows=\"http://www.opengis.net/ows/1.1\">"
                + "<ows:Identifier>zoning:AdmissionCompliance</ows:Identifier><wps:DataInputs><wps:Input><ows:Identifier>geometry</ows:Identifier><wps:Data>"
                + "<wps:ComplexData mimeType=\"application/wkt\">" + SITE_WKT + "</wps:ComplexData></wps:Data></wps:Input>" + literal("industry", "2614")
                + literal("nature", "new") + literal("name", "异步WPS项目") + "</wps:DataInputs><wps:ResponseForm><wps:ResponseDocument storeExecuteResponse=\"true\""
                + " status=\"true\"><wps:Output asReference=\"true\"><ows:Identifier>report</ows:Identifier></wps:Output></wps:ResponseDocument></wps:ResponseForm>"
                + "</wps:Execute>";
        String accepted = text(post("/wps", ENT1, "application/xml", xml));
        assertThat(accepted).contains("statusLocation=\"");
        String done = wpsStatus(accepted.replaceAll("(?s).*statusLocation=\"([^\"]+)\".*", "$1"), ENT1);
        assertThat(done).contains("ProcessSucceeded");
        String outUrl = done.replaceAll("(?s).*<wps:Reference href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        JsonNode asyncReport = json(get(outUrl, ENT1));
        String asyncRef = asyncReport.path("savedAssessment").path("reference").asText();
        retrieve(asyncRef, asyncReport.path("verdict").asText(), "异步WPS项目");
        ent1Refs.add(asyncRef);

        // OGC API Processes, synchronous, as ent2
        String exec = "{\"inputs\":{\"geometry\":{\"value\":\"" + SITE_WKT + "\",\"mediaType\":\"application/wkt\"},\"industry\":\"2614\",\"nature\":\"new\","
                + "\"name\":\"OGCAPI项目\"},\"outputs\":{\"report\":{}}}";
        HttpResponse<byte[]> api = post("/ogcapi/processes/admission-compliance/execution", ENT2, "application/json", exec);
        assertThat(api.statusCode()).as(text(api)).isEqualTo(200);
        JsonNode apiReport = json(api);
        String apiRef = apiReport.path("savedAssessment").path("reference").asText();
        retrieve(apiRef, apiReport.path("verdict").asText(), "OGCAPI项目");

        // OGC API Processes, asynchronous, as ent1
        HttpResponse<byte[]> job = post("/ogcapi/processes/admission-compliance/execution", ENT1, "application/json",
                exec.replace("OGCAPI项目", "异步OGCAPI项目"), "Prefer", "respond-async");
        assertThat(job.statusCode()).as(text(job)).isEqualTo(201);
        String location = job.headers().firstValue("Location").orElseThrow();
        String status = "";
        for (int i = 0; i < 400 && !status.contains("successful") && !status.contains("failed"); i++) {
            status = json(get(location, ENT1)).path("status").asText();
            if (!status.equals("successful")) Thread.sleep(50);
        }
        assertThat(status).isEqualTo("successful");
        JsonNode asyncApi = json(get(location + "/results", ENT1));
        JsonNode asyncApiReport = asyncApi.has("savedAssessment") ? asyncApi : asyncApi.path("report");
        String asyncApiRef = asyncApiReport.path("savedAssessment").path("reference").asText();
        retrieve(asyncApiRef, asyncApiReport.path("verdict").asText(), "异步OGCAPI项目");
        ent1Refs.add(asyncApiRef);

        // all five references differ
        assertThat(List.of(portalRef, wpsRef, asyncRef, apiRef, asyncApiRef)).doesNotHaveDuplicates().allMatch(r -> r.length() >= 22);

        // my projects: ent1 sees exactly its three, ent2 its one
        JsonNode mine = json(get("/api/my/assessments", ENT1));
        List<String> mineRefs = new ArrayList<>();
        mine.path("assessments").forEach(a -> mineRefs.add(a.path("reference").asText()));
        assertThat(mineRefs).containsExactlyInAnyOrderElementsOf(ent1Refs);
        assertThat(mine.path("assessments").get(0).path("links").path("pdf").asText()).endsWith("?f=pdf");
        JsonNode theirs = json(get("/api/my/assessments", ENT2));
        assertThat(theirs.path("assessments")).hasSize(1);
        assertThat(theirs.path("assessments").get(0).path("reference").asText()).isEqualTo(apiRef);
        assertThat(theirs.path("assessments").get(0).path("name").asText()).isEqualTo("OGCAPI项目");

        // staff: all, filtered
        JsonNode all = json(get("/api/assessments?limit=100", STAFF));
        assertThat(all.path("count").asInt()).isEqualTo(app.services.scheme().store().assessments(AssessmentQuery.all()).size()).isGreaterThanOrEqualTo(5);
        JsonNode byActor = json(get("/api/assessments?actor=ent2", STAFF));
        assertThat(byActor.path("assessments")).hasSize(1);
        assertThat(byActor.path("assessments").get(0).path("actor").asText()).isEqualTo("ent2");
        JsonNode future = json(get("/api/assessments?from=2999-01-01", STAFF));
        assertThat(future.path("assessments")).isEmpty();
        JsonNode today = json(get("/api/assessments?to=2999-01-01&verdict=" + apiReport.path("verdict").asText() + "&limit=2", STAFF));
        assertThat(today.path("assessments")).hasSize(2);
        assertThat(get("/api/assessments?from=yesterday", STAFF).statusCode()).isEqualTo(400);
        assertThat(get("/api/assessments?limit=0", STAFF).statusCode()).isEqualTo(400);
    }

    @Test
    void listsNeedTheRightRoleAndUnknownReferencesAre404() throws Exception {
        HttpResponse<byte[]> anonMine = get("/api/my/assessments", null);
        assertThat(anonMine.statusCode()).isEqualTo(401);
        assertThat(anonMine.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(get("/api/assessments", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/assessments", ENT1).statusCode()).isEqualTo(403);
        assertThat(get("/api/assessments", STAFF).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> unknown = get("/api/assessments/" + org.ecozoning.store.AssessmentReference.random(), null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(json(unknown).path("status").asInt()).isEqualTo(404);
        assertThat(get("/api/assessments/../../etc", null).statusCode()).isIn(400, 404);
        assertThat(get("/api/assessments/short", null).statusCode()).isEqualTo(404);
        assertThat(get("/api/my/assessments/anything", ENT1).statusCode()).isEqualTo(404);
    }
}
