package org.ecozoning.server.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.server.MountedServices;
import org.ecozoning.server.ServerConfig;
import org.ecozoning.server.TestWorkspace;
import org.ecozoning.server.ZoningServer;
import org.ecozoning.server.auth.Role;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeVersion;
import org.ecozoning.store.VersionKind;
import org.ecozoning.tracking.supervision.CaseReason;
import org.ecozoning.tracking.supervision.CaseStore;
import org.ecozoning.tracking.supervision.ChangePolygon;
import org.ecozoning.tracking.supervision.NewCase;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * A whole server (every mounted service, as {@code zoning serve} wires them) over a workspace copy
 * and a private in-memory store holding: the sample scheme published, a draft made from it with one
 * unit removed, one reshaped, one renamed and one clause reworded, three supervision cases, and the
 * accounts staff1 (STAFF), ent1 (ENTERPRISE) and admin (ADMIN).
 */
public final class StaffFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    public static final String STAFF_PASSWORD = "staff-password";
    public static final String ENT_PASSWORD = "enterprise-password";

    public final MountedServices services;
    public final ZoningServer server;
    public final String base;
    public final String adminPassword;
    public final long publishedId;
    public final long draftId;
    public final ControlUnit removed;
    public final ControlUnit reshaped;
    public final ControlUnit renamed;
    public final Clause reworded;
    public final List<Long> caseIds;
    public final HttpClient http = HttpClient.newHttpClient();

    public StaffFixture(Path dir, int port) {
        Path ws = TestWorkspace.copyInto(dir.resolve("ws"));
        ServerConfig config = ServerConfig.defaults(ws).withPort(port).withBind("127.0.0.1").withStoreUrl(TestWorkspace.memoryStore());
        services = MountedServices.open(config);
        adminPassword = services.security().generatedAdminPassword().orElseThrow();
        Attribution by = Attribution.of("fixture", "测试准备 / test set-up");
        services.security().users().add("staff1", Role.STAFF, STAFF_PASSWORD, by);
        services.security().users().add("ent1", Role.ENTERPRISE, ENT_PASSWORD, by);
        SchemeStore s = services.scheme().store();
        publishedId = s.published().orElseThrow().id();
        SchemeVersion d = s.createDraftFromPublished("2026 年动态更新（草稿）", VersionKind.DYNAMIC, "staff pages test", by);
        List<ControlUnit> units = new ArrayList<>(s.content(d.id()).units());
        units.sort(Comparator.comparing((ControlUnit u) -> u.code().value()));
        removed = units.get(0);
        reshaped = units.get(1);
        renamed = units.get(2);
        d = s.removeUnit(d.id(), d.revision(), removed.code(), by);
        for (Clause cl : s.content(d.id()).clauses()) {
            if (cl.scopeCode().equals(removed.code().value())) d = s.removeClause(d.id(), d.revision(), cl.id(), by);
        }
        Geometry g = reshaped.geometry();
        var c = g.getCentroid().getCoordinate();
        Geometry bigger = AffineTransformation.scaleInstance(1.05, 1.05, c.x, c.y).transform(g);
        d = s.putUnit(d.id(), d.revision(), new ControlUnit(reshaped.code(), reshaped.name(), reshaped.unitClass(), reshaped.subtype(),
                reshaped.cityCode(), reshaped.cityName(), reshaped.countyCode(), reshaped.countyName(), bigger), by);
        d = s.putUnit(d.id(), d.revision(), new ControlUnit(renamed.code(), renamed.name() + "（更名）", renamed.unitClass(), renamed.subtype(),
                renamed.cityCode(), renamed.cityName(), renamed.countyCode(), renamed.countyName(), renamed.geometry()), by);
        Clause first = s.content(d.id()).clauses().get(0);
        reworded = new Clause(first.id(), first.level(), first.scopeCode(), first.dimension(), first.text() + "（2026 年修订）", first.ruleIds());
        d = s.putClause(d.id(), d.revision(), reworded, by);
        draftId = d.id();
        // three cases on the published version, in three units
        CaseStore cases = new CaseStore(s);
        List<NewCase> nc = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ControlUnit u = units.get(10 + i);
            Geometry p = u.geometry().getInteriorPoint().buffer(0.001);
            nc.add(new NewCase(new ChangePolygon("CHG-" + i, LocalDate.of(2025, 6, 1 + i), "satellite", p, null), publishedId,
                    CaseReason.RULE_BROKEN, "PROHIBITED", List.of("R-" + i), List.of(u.code().value()), u.countyCode(),
                    "疑似违规建设 " + i, 1000.0 + i));
        }
        caseIds = cases.open(nc, by);
        server = ZoningServer.builder(config).routes(services.routes()).build().start();
        base = "http://127.0.0.1:" + server.port();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    String admin() {
        return basic("admin", adminPassword);
    }

    /** A logged-in browser-like session: cookie and CSRF token. */
    record Session(String cookie, String csrf) { }

    Session login(String user, String password) throws Exception {
        HttpResponse<String> r = send("POST", "/auth/login", null, JSON.writeValueAsString(java.util.Map.of("user", user, "password", password)));
        if (r.statusCode() != 200) throw new IllegalStateException("login failed: " + r.body());
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        return new Session(cookie, JSON.readTree(r.body()).path("csrfToken").asText());
    }

    HttpResponse<String> get(String path, String auth) throws Exception {
        return send("GET", path, auth, null);
    }

    HttpResponse<String> get(String path, Session s) throws Exception {
        return send("GET", path, null, null, "Cookie", s.cookie());
    }

    HttpResponse<String> post(String path, Session s, Object body, boolean withCsrf) throws Exception {
        String json = JSON.writeValueAsString(body);
        return withCsrf ? send("POST", path, null, json, "Cookie", s.cookie(), "X-CSRF-Token", s.csrf())
                : send("POST", path, null, json, "Cookie", s.cookie());
    }

    HttpResponse<String> post(String path, String auth, Object body) throws Exception {
        return send("POST", path, auth, JSON.writeValueAsString(body));
    }

    HttpResponse<String> send(String method, String path, String auth, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (body != null) b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        else b.method(method, HttpRequest.BodyPublishers.noBody());
        if (auth != null) b.header("Authorization", auth);
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Override
    public void close() throws Exception {
        if (server != null) server.stop();
        if (services != null) services.close();
    }
}
