package org.ecozoning.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecozoning.server.TestServer.basic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ecozoning.server.TestServer;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.SchemeVersion;
import org.ecozoning.store.VersionKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Done-when of issue 6: an anonymous caller cannot reach a staff layer or a draft through WFS (KVP,
 * XML POST, /ows), OGC API or WPS, cannot publish; staff can read but not publish; admin publishes
 * (audited); sessions carry CSRF; a brute-force login is slowed. {@code counties} is made a staff
 * layer by the workspace's access.json.
 */
class AccessControlTest {
    @TempDir
    static Path dir;
    static TestServer app;
    static String adminPassword;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String STAFF = basic("staff1", "staff-password");
    static final String ENTERPRISE = basic("ent1", "enterprise-password");

    @BeforeAll
    static void start() throws Exception {
        app = new TestServer(dir, Duration.ofSeconds(30),
                ws -> Files.writeString(ws.resolve("access.json"), "{\"publicLayers\": [\"control_units\", \"air_zones\"]}"));
        adminPassword = app.services.security().generatedAdminPassword().orElseThrow();
        app.addUser("staff1", Role.STAFF, "staff-password");
        app.addUser("ent1", Role.ENTERPRISE, "enterprise-password");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
    }

    static HttpResponse<String> get(String path, String auth) throws Exception {
        return app.get(path, auth, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String auth, String contentType, String body, String... headers) throws Exception {
        return app.post(path, auth, contentType, body, HttpResponse.BodyHandlers.ofString(), headers);
    }

    @Test
    void wfsCapabilitiesOmitStaffLayersForAnonymous() throws Exception {
        String anon = get("/wfs?service=WFS&request=GetCapabilities", null).body();
        assertThat(anon).contains("zoning:control_units").doesNotContain("zoning:counties");
        assertThat(get("/wfs?service=WFS&request=GetCapabilities", ENTERPRISE).body()).doesNotContain("zoning:counties");
        assertThat(get("/wfs?service=WFS&request=GetCapabilities", STAFF).body()).contains("zoning:counties");
    }

    @Test
    void wfsKvpRequestForAStaffLayerIsRefused() throws Exception {
        String q = "/wfs?service=WFS&version=2.0.0&request=GetFeature&typeNames=zoning:counties&count=1";
        HttpResponse<String> anon = get(q, null);
        assertThat(anon.statusCode()).isEqualTo(403);
        assertThat(anon.body()).contains("ExceptionReport").contains("OperationProcessingFailed");
        assertThat(get("/wfs?service=WFS&version=2.0.0&request=DescribeFeatureType&typeName=counties", null).statusCode()).isEqualTo(403);
        assertThat(get(q, STAFF).statusCode()).isEqualTo(200);
        assertThat(get("/ows?service=WFS&version=2.0.0&request=GetFeature&typeNames=counties&count=1", null).statusCode()).isEqualTo(403);
        assertThat(get("/wfs?service=WFS&version=2.0.0&request=GetFeature&typeNames=zoning:control_units&count=1", null)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void wfsXmlPostForAStaffLayerIsRefused() throws Exception {
        String xml = "<wfs:GetFeature service=\"WFS\" version=\"2.0.0\" count=\"1\" xmlns:wfs=\"http://www.opengis.net/wfs/2.0\""
                + " xmlns:zoning=\"https://ecozoning.org/zoning\"><wfs:Query typeNames=\"zoning:counties\"/></wfs:GetFeature>";
        HttpResponse<String> anon = post("/wfs", null, "application/xml", xml);
        assertThat(anon.statusCode()).isEqualTo(403);
        assertThat(anon.body()).contains("ExceptionReport");
        assertThat(post("/ows", null, "application/xml", xml).statusCode()).isEqualTo(403);
        assertThat(post("/wfs", STAFF, "application/xml", xml).statusCode()).isEqualTo(200);
        String units = xml.replace("zoning:counties", "zoning:control_units");
        assertThat(post("/wfs", null, "application/xml", units).statusCode()).isEqualTo(200);
    }

    @Test
    void ogcApiListsAndServesOnlyWhatTheCallerMaySee() throws Exception {
        String anon = get("/ogcapi/collections?f=json", null).body();
        JsonNode ids = JSON.readTree(anon).path("collections");
        assertThat(ids.findValuesAsText("id")).contains("control_units").doesNotContain("counties");
        assertThat(JSON.readTree(get("/ogcapi/collections?f=json", STAFF).body()).path("collections").findValuesAsText("id"))
                .contains("counties");
        HttpResponse<String> items = get("/ogcapi/collections/counties/items?f=json&limit=1", null);
        assertThat(items.statusCode()).isEqualTo(403);
        assertThat(items.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(get("/ogcapi/collections/counties?f=json", null).statusCode()).isEqualTo(403);
        assertThat(get("/ogcapi/collections/counties/items?f=json&limit=1", STAFF).statusCode()).isEqualTo(200);
    }

    @Test
    void draftsAreNotSelectableAnonymously() throws Exception {
        SchemeVersion draft = app.services.scheme().store().createDraftFromPublished("草案-测试", VersionKind.DYNAMIC, "draft",
                Attribution.of("test", null));
        String body = "{\"inputs\": {\"geometry\": {\"type\": \"Point\", \"coordinates\": [112.55, 37.87]},"
                + " \"schemeVersion\": \"" + draft.id() + "\"}}";
        HttpResponse<String> r = post("/ogcapi/processes/units-at/execution", null, "application/json", body);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("schemeVersion");
        HttpResponse<String> wps = get("/wps?service=WPS&version=1.0.0&request=Execute&identifier=zoning:UnitsAt"
                + "&DataInputs=schemeVersion=" + draft.id(), null);
        assertThat(wps.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(wps.body()).contains("ExceptionReport");
        // the version list (drafts included) is for staff only
        assertThat(get("/admin/versions", null).statusCode()).isEqualTo(401);
        assertThat(get("/admin/versions", ENTERPRISE).statusCode()).isEqualTo(403);
        HttpResponse<String> staff = get("/admin/versions", STAFF);
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.body()).contains("草案-测试");
    }

    @Test
    void onlyAnAdministratorPublishes() throws Exception {
        SchemeVersion draft = app.services.scheme().store().createDraftFromPublished("2026年动态更新", VersionKind.DYNAMIC, "to publish",
                Attribution.of("test", null));
        String file = "{\"authority\": \"山西省生态环境厅\", \"filedDate\": \"2026-01-10\", \"reason\": \"备案\"}";
        String publish = "{\"effectiveDate\": \"2026-02-01\", \"reason\": \"发布\"}";
        String path = "/admin/versions/" + draft.id();
        HttpResponse<String> anon = post(path + "/publish", null, "application/json", publish);
        assertThat(anon.statusCode()).isEqualTo(401);
        assertThat(anon.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
        assertThat(post(path + "/file", STAFF, "application/json", file).statusCode()).isEqualTo(403);
        assertThat(post(path + "/publish", STAFF, "application/json", publish).statusCode()).isEqualTo(403);
        String admin = basic("admin", adminPassword);
        assertThat(post(path + "/file", admin, "application/json", file).statusCode()).isEqualTo(200);
        HttpResponse<String> ok = post(path + "/publish", admin, "application/json", publish);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).path("status").asText()).isEqualTo("PUBLISHED");
        JsonNode audit = JSON.readTree(get("/admin/audit?version=" + draft.id(), STAFF).body());
        assertThat(audit.findValuesAsText("action")).contains("FILE", "PUBLISH");
        assertThat(audit.findValuesAsText("actor")).contains("admin");
    }

    @Test
    void sessionCookieIsHttpOnlyAndStateChangesNeedTheCsrfToken() throws Exception {
        HttpResponse<String> login = post("/auth/login", null, "application/json",
                "{\"user\": \"staff1\", \"password\": \"staff-password\"}");
        assertThat(login.statusCode()).isEqualTo(200);
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").contains("Max-Age=28800");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String csrf = JSON.readTree(login.body()).path("csrfToken").asText();
        assertThat(csrf).hasSizeGreaterThan(20);
        HttpRequest me = HttpRequest.newBuilder(URI.create(app.base + "/auth/me")).header("Cookie", cookie).build();
        assertThat(JSON.readTree(app.http.send(me, HttpResponse.BodyHandlers.ofString()).body()).path("role").asText()).isEqualTo("STAFF");
        // GET with the cookie: staff rights
        HttpRequest versions = HttpRequest.newBuilder(URI.create(app.base + "/admin/versions")).header("Cookie", cookie).build();
        assertThat(app.http.send(versions, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        // POST with the cookie but no CSRF token: refused before the handler
        HttpResponse<String> noCsrf = post("/admin/users", null, "application/json", "{}", "Cookie", cookie);
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(noCsrf.body()).contains("CSRF");
        // with the token: reaches the handler, which refuses staff (admin only)
        HttpResponse<String> withCsrf = post("/admin/users", null, "application/json", "{}", "Cookie", cookie, "X-CSRF-Token", csrf);
        assertThat(withCsrf.statusCode()).isEqualTo(403);
        assertThat(withCsrf.body()).contains("ADMIN");
        assertThat(post("/auth/logout", null, "application/json", "", "Cookie", cookie, "X-CSRF-Token", csrf).statusCode()).isEqualTo(200);
        assertThat(app.http.send(versions, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void bruteForceLoginIsSlowed() throws Exception {
        app.services.security().users().add("target", Role.ENTERPRISE, "the-real-password", Attribution.of("test", null));
        String wrong = "{\"user\": \"target\", \"password\": \"guess-%d\"}";
        int refused = 0;
        for (int i = 0; i < 8; i++) {
            int s = post("/auth/login", null, "application/json", wrong.formatted(i)).statusCode();
            assertThat(s).isIn(401, 429);
            if (s == 429) refused++;
        }
        assertThat(refused).isPositive();
        // the right password is refused as well while the wait lasts; Basic goes through the same throttle
        Duration wait = app.services.security().authenticator().throttle().waitBefore("target", "127.0.0.1");
        assertThat(wait).isPositive();
        HttpResponse<String> right = post("/auth/login", null, "application/json",
                "{\"user\": \"target\", \"password\": \"the-real-password\"}");
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(get("/admin/versions", basic("target", "the-real-password")).statusCode()).isEqualTo(429);
    }

    @Test
    void wrongBasicCredentialsGetAChallenge() throws Exception {
        HttpResponse<String> r = get("/wfs?service=WFS&request=GetCapabilities", basic("staff1", "not-the-password"));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).get().asString().contains("realm=\"ecozoning\"");
    }
}
