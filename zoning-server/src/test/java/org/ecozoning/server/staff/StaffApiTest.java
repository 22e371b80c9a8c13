package org.ecozoning.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecozoning.store.AuditAction;
import org.ecozoning.store.AuditEntry;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.VersionStatus;
import org.ecozoning.store.diff.SchemeDiff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staff API (/staff/api) and what the staff page uses besides it (/admin, /api/clauses/search
 * with a version) over a whole server: rights (anonymous 401, enterprise 403, staff, admin-only
 * filing and publication), CSRF, the diff against the store's, rule review writing the draft's
 * rules with an audit entry (corrected or not, drafts only, once), case transitions and export.
 */
class StaffApiTest {
    @TempDir
    static Path dir;
    static StaffFixture f;
    static final String STAFF = StaffFixture.basic("staff1", StaffFixture.STAFF_PASSWORD);
    static final String ENT = StaffFixture.basic("ent1", StaffFixture.ENT_PASSWORD);

    @BeforeAll
    static void start() {
        f = new StaffFixture(dir, 0);
    }

    @AfterAll
    static void stop() throws Exception {
        if (f != null) f.close();
    }

    @Test
    void pageIsOpenApiNeedsStaff() throws Exception {
        HttpResponse<String> page = f.get("/staff", (String) null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("工作人员登录").contains("/staff/staff.js");
        assertThat(f.get("/staff/staff.js", (String) null).statusCode()).isEqualTo(200);
        String diff = "/staff/api/diff?from=" + f.publishedId + "&to=" + f.draftId;
        for (String p : List.of(diff, "/staff/api/cases", "/staff/api/versions/" + f.draftId + "/proposals", "/staff/api/cases/export?format=csv")) {
            assertThat(f.get(p, (String) null).statusCode()).as("anonymous " + p).isEqualTo(401);
            assertThat(f.get(p, ENT).statusCode()).as("enterprise " + p).isEqualTo(403);
        }
        HttpResponse<String> staff = f.get(diff, STAFF);
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(f.get("/staff/api/nothing", STAFF).statusCode()).isEqualTo(404);
        // a logged-in enterprise session is refused too
        var ent = f.login("ent1", StaffFixture.ENT_PASSWORD);
        assertThat(f.get(diff, ent).statusCode()).isEqualTo(403);
    }

    @Test
    void diffMatchesTheStore() throws Exception {
        JsonNode d = StaffFixture.json(f.get("/staff/api/diff?from=" + f.publishedId + "&to=" + f.draftId, STAFF));
        SchemeDiff expected = f.services.scheme().store().diff(f.publishedId, f.draftId);
        assertThat(d.path("counts").path("units.removed").asInt()).isEqualTo(1);
        assertThat(d.path("counts").path("units.reshaped").asInt()).isEqualTo(1);
        assertThat(d.path("counts").path("units.renamed").asInt()).isEqualTo(1);
        assertThat(d.path("counts").path("clauses.changed").asInt()).isEqualTo(1);
        expected.summary().forEach((k, v) -> assertThat(d.path("counts").path(k).asInt()).as(k).isEqualTo(v));
        JsonNode features = d.path("geojson").path("features");
        assertThat(features.size()).isEqualTo(expected.units().size() + expected.zones().size());
        List<String> removed = new ArrayList<>();
        for (JsonNode x : features) if (x.path("properties").path("change").asText().equals("removed")) removed.add(x.path("properties").path("code").asText());
        assertThat(removed).containsExactly(f.removed.code().value());
        String after = null;
        for (JsonNode c : d.path("clauseChanges")) if (c.path("id").asText().equals(f.reworded.id())) after = c.path("after").asText();
        assertThat(after).isEqualTo(f.reworded.text());
        assertThat(f.get("/staff/api/diff?from=" + f.publishedId, STAFF).statusCode()).isEqualTo(400);
        assertThat(f.get("/staff/api/diff?from=x&to=1", STAFF).body()).contains("整数");
        assertThat(f.get("/staff/api/diff?from=" + f.publishedId + "&to=999", STAFF).statusCode()).isEqualTo(404);
    }

    @Test
    void ruleReviewAcceptsWithCorrectionsOnlyIntoDrafts() throws Exception {
        SchemeStore s = f.services.scheme().store();
        var staff = f.login("staff1", StaffFixture.STAFF_PASSWORD);
        String list = "/staff/api/versions/" + f.draftId + "/proposals?state=PROPOSED&limit=500";
        JsonNode page = StaffFixture.json(f.get(list, staff));
        assertThat(page.path("editable").asBoolean()).isTrue();
        assertThat(page.path("total").asInt()).isGreaterThan(100);
        JsonNode chosen = null;
        JsonNode other = null;
        for (JsonNode p : page.path("proposals")) {
            assertThat(p.path("state").asText()).isEqualTo("PROPOSED");
            boolean prohibits = p.path("rule").path("verdict").asText().equals("PROHIBITED") && p.path("rule").path("industries").path("include").size() > 0;
            if (chosen == null && prohibits) chosen = p;
            else if (other == null) other = p;
        }
        assertThat(chosen).isNotNull();
        assertThat(chosen.path("clauseText").asText()).isNotBlank().contains(chosen.path("segment").asText().substring(0, 2));
        String pid = chosen.path("proposalId").asText();
        String ruleId = chosen.path("ruleId").asText();
        Map<String, Object> body = Map.of("proposalId", pid, "reason", "与条款核对后修正",
                "corrections", Map.of("verdict", "RESTRICTED", "industries", List.of("2521"), "natures", List.of("NEW", "EXPANSION"),
                        "thresholds", List.of("capacityMW<=300")));
        String accept = "/staff/api/versions/" + f.draftId + "/proposals/accept";
        // no CSRF token: refused, nothing written
        long revision = s.version(f.draftId).orElseThrow().revision();
        assertThat(f.post(accept, staff, body, false).statusCode()).isEqualTo(403);
        assertThat(s.version(f.draftId).orElseThrow().revision()).isEqualTo(revision);
        // enterprise: refused
        assertThat(f.post(accept, ENT, body).statusCode()).isEqualTo(403);
        HttpResponse<String> ok = f.post(accept, staff, body, true);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        JsonNode rule = null;
        for (JsonNode r : StaffFixture.JSON.readTree(s.rules(f.draftId).orElseThrow()).path("rules")) if (r.path("ruleId").asText().equals(ruleId)) rule = r;
        assertThat(rule).as("accepted rule in the draft's rules").isNotNull();
        assertThat(rule.path("verdict").asText()).isEqualTo("RESTRICTED");
        assertThat(rule.path("industries").path("include").get(0).asText()).isEqualTo("2521");
        assertThat(rule.path("natures").toString()).contains("NEW", "EXPANSION");
        assertThat(rule.path("conditions").get(0).path("attribute").asText()).isEqualTo("capacityMW");
        AuditEntry last = lastOf(s, AuditAction.PUT_RULES);
        assertThat(last.actor()).isEqualTo("staff1");
        assertThat(last.why()).contains(ruleId).contains("corrected").contains("verdict").contains("与条款核对后修正");
        // the list now shows it accepted and corrected, with who and why
        JsonNode after = StaffFixture.json(f.get("/staff/api/versions/" + f.draftId + "/proposals?state=ACCEPTED&limit=500", staff));
        JsonNode shown = find(after, pid);
        assertThat(shown.path("state").asText()).isEqualTo("ACCEPTED");
        assertThat(shown.path("corrected").asBoolean()).isTrue();
        assertThat(shown.path("review").path("by").asText()).isEqualTo("staff1");
        // a second review of the same proposal is a conflict
        assertThat(f.post(accept, staff, Map.of("proposalId", pid, "reason", "again"), true).statusCode()).isEqualTo(409);
        // reject another: audited, rules unchanged
        String rulesBefore = s.rules(f.draftId).orElseThrow();
        String otherId = other.path("proposalId").asText();
        HttpResponse<String> rej = f.post("/staff/api/versions/" + f.draftId + "/proposals/reject", STAFF, Map.of("proposalId", otherId, "reason", "范围过宽"));
        assertThat(rej.statusCode()).as(rej.body()).isEqualTo(200);
        assertThat(s.rules(f.draftId).orElseThrow()).isEqualTo(rulesBefore);
        assertThat(lastOf(s, AuditAction.RULE_REVIEW).what()).contains(otherId);
        assertThat(find(StaffFixture.json(f.get("/staff/api/versions/" + f.draftId + "/proposals?state=REJECTED", STAFF)), otherId)
                .path("review").path("why").asText()).isEqualTo("范围过宽");
        // a reason is required; bad corrections are refused in Chinese and English
        assertThat(f.post("/staff/api/versions/" + f.draftId + "/proposals/reject", STAFF, Map.of("proposalId", otherId)).statusCode())
                .isIn(400, 409);
        HttpResponse<String> bad = f.post(accept, STAFF, Map.of("proposalId", page.path("proposals").get(5).path("proposalId").asText(),
                "reason", "x", "corrections", Map.of("verdict", "MAYBE")));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("未知的结论").contains("unknown verdict");
        // the published version: readable, never written
        JsonNode pub = StaffFixture.json(f.get("/staff/api/versions/" + f.publishedId + "/proposals?limit=1", STAFF));
        assertThat(pub.path("editable").asBoolean()).isFalse();
        HttpResponse<String> refused = f.post("/staff/api/versions/" + f.publishedId + "/proposals/accept", STAFF,
                Map.of("proposalId", pub.path("proposals").get(0).path("proposalId").asText(), "reason", "x"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("草稿");
    }

    @Test
    void filingAndPublishingAreForAdministratorsWithCsrf() throws Exception {
        SchemeStore s = f.services.scheme().store();
        var extra = s.createDraftFromPublished("备案测试", org.ecozoning.store.VersionKind.DYNAMIC, "", org.ecozoning.store.Attribution.of("t", "t"));
        String file = "/admin/versions/" + extra.id() + "/file";
        Map<String, Object> fileBody = Map.of("authority", "山西省生态环境厅", "filedDate", "2026-01-10", "reason", "年度备案");
        assertThat(f.post(file, (String) null, fileBody).statusCode()).isEqualTo(401);
        assertThat(f.post(file, STAFF, fileBody).statusCode()).isEqualTo(403);
        var admin = f.login("admin", f.adminPassword);
        assertThat(f.post(file, admin, fileBody, false).statusCode()).isEqualTo(403);
        // publishing a draft is an illegal transition, answered in Chinese
        HttpResponse<String> early = f.post("/admin/versions/" + extra.id() + "/publish", admin, Map.of("effectiveDate", "2026-02-01"), true);
        assertThat(early.statusCode()).isBetween(400, 409);
        assertThat(s.version(extra.id()).orElseThrow().status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(f.post(file, admin, fileBody, true).statusCode()).isEqualTo(200);
        assertThat(s.version(extra.id()).orElseThrow().status()).isEqualTo(VersionStatus.FILED);
        assertThat(lastOf(s, AuditAction.FILE).actor()).isEqualTo("admin");
    }

    @Test
    void casesMoveOnlyAlongTheLifeCycleAndExport() throws Exception {
        long id = f.caseIds.get(0);
        var staff = f.login("staff1", StaffFixture.STAFF_PASSWORD);
        JsonNode list = StaffFixture.json(f.get("/staff/api/cases?status=OPEN", staff));
        assertThat(list.path("cases").size()).isGreaterThanOrEqualTo(2);
        for (JsonNode c : list.path("cases")) assertThat(c.path("status").asText()).isEqualTo("OPEN");
        String county = list.path("cases").get(0).path("countyCode").asText();
        for (JsonNode c : StaffFixture.json(f.get("/staff/api/cases?county=" + county, staff)).path("cases")) {
            assertThat(c.path("countyCode").asText()).isEqualTo(county);
        }
        String move = "/staff/api/cases/" + id + "/move";
        assertThat(f.post(move, staff, Map.of("to", "ON_SITE_CHECK", "note", "安排现场核查"), false).statusCode()).isEqualTo(403);
        HttpResponse<String> moved = f.post(move, staff, Map.of("to", "ON_SITE_CHECK", "note", "安排现场核查",
                "photos", List.of("uav/2025-06-01/DJI_0042.JPG", "https://example.org/p/7.jpg")), true);
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(StaffFixture.json(moved).path("status").asText()).isEqualTo("ON_SITE_CHECK");
        HttpResponse<String> illegal = f.post(move, staff, Map.of("to", "CLOSED", "note", "直接办结"), true);
        assertThat(illegal.statusCode()).isEqualTo(409);
        assertThat(illegal.body()).contains("不能改为");
        assertThat(f.post(move, staff, Map.of("to", "CONFIRMED"), true).statusCode()).isEqualTo(400);
        JsonNode one = StaffFixture.json(f.get("/staff/api/cases/" + id, staff));
        assertThat(one.path("history").toString()).contains("安排现场核查").contains("uav/2025-06-01/DJI_0042.JPG")
                .contains("https://example.org/p/7.jpg");
        assertThat(f.post(move, staff, Map.of("to", "CONFIRMED", "note", "x", "photos", java.util.Collections.nCopies(51, "p.jpg")), true)
                .statusCode()).isEqualTo(400);
        // no credentials at all: asked to log in, not told the password was wrong
        HttpResponse<String> anonymous = f.get("/staff/api/cases", (String) null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("请先登录").doesNotContain("密码错误");
        assertThat(lastOf(f.services.scheme().store(), AuditAction.CASE_STATUS).actor()).isEqualTo("staff1");
        HttpResponse<String> csv = f.get("/staff/api/cases/export?format=csv", STAFF);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("cases.csv");
        assertThat(csv.body().lines().count()).isEqualTo(1 + f.caseIds.size());
        JsonNode geo = StaffFixture.JSON.readTree(f.get("/staff/api/cases/export?format=geojson&status=OPEN", STAFF).body());
        assertThat(geo.path("features").size()).isEqualTo(f.caseIds.size() - 1);
        assertThat(f.get("/staff/api/cases/export?format=xls", STAFF).statusCode()).isEqualTo(400);
    }

    @Test
    void clauseSearchOverAnyVersionIsForStaff() throws Exception {
        String q = "&q=" + java.net.URLEncoder.encode("焦化", java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> current = f.get("/api/clauses/search?version=" + f.publishedId + q, (String) null);
        assertThat(current.statusCode()).isEqualTo(200);
        HttpResponse<String> anon = f.get("/api/clauses/search?version=" + f.draftId + q, (String) null);
        assertThat(anon.statusCode()).isEqualTo(403);
        assertThat(f.get("/api/clauses/search?version=" + f.draftId + q, ENT).statusCode()).isEqualTo(403);
        HttpResponse<String> staff = f.get("/api/clauses/search?version=" + f.draftId + q, STAFF);
        assertThat(staff.statusCode()).as(staff.body()).isEqualTo(200);
        assertThat(StaffFixture.json(staff).path("total").asInt()).isPositive();
        String reworded = "/api/clauses/search?version=" + f.draftId + "&q=" + java.net.URLEncoder.encode("修订",
                java.nio.charset.StandardCharsets.UTF_8) + "&level=" + f.reworded.level().name();
        JsonNode hits = StaffFixture.json(f.get(reworded, STAFF));
        List<String> ids = new ArrayList<>();
        for (JsonNode h : hits.path("hits")) ids.add(h.path("clauseId").asText());
        assertThat(ids).contains(f.reworded.id());
        assertThat(f.get("/api/clauses/search?version=" + f.publishedId + "&q=" + java.net.URLEncoder.encode("修订",
                java.nio.charset.StandardCharsets.UTF_8) + "&level=" + f.reworded.level().name(), STAFF).body()).doesNotContain(f.reworded.text());
        assertThat(f.get("/api/clauses/search?version=999" + q, STAFF).statusCode()).isEqualTo(404);
    }

    static JsonNode find(JsonNode page, String proposalId) {
        for (JsonNode p : page.path("proposals")) if (p.path("proposalId").asText().equals(proposalId)) return p;
        throw new AssertionError("no proposal " + proposalId + " in " + page.path("total"));
    }

    static AuditEntry lastOf(SchemeStore s, AuditAction action) {
        List<AuditEntry> all = s.audit(null).stream().filter(e -> e.action() == action).toList();
        assertThat(all).as("audit entries " + action).isNotEmpty();
        return all.get(all.size() - 1);
    }
}
