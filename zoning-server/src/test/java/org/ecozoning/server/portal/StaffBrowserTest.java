package org.ecozoning.server.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ecozoning.server.staff.StaffFixture;
import org.ecozoning.store.AuditAction;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.VersionStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staff workspace ({@code /staff}) in headless Chromium over a whole server on a fixed port
 * (19221; chromedriver on 19220) with a test store (see {@link StaffFixture}). At a phone viewport
 * (390×844) staff log in through the page's form, list the versions, see the diff of the draft on
 * the map and accept a rule proposal; at a desktop viewport (1280×800) an administrator files and
 * publishes the draft and sees the audit entries. No console errors either time. Screenshots go
 * to {@code target/staff-screenshots/}. Skipped when Chromium is not installed.
 */
class StaffBrowserTest {
    static final int DRIVER_PORT = 19220;
    static final int SERVER_PORT = 19221;
    static final Path SHOTS = Path.of("target/staff-screenshots");
    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path dir;
    static StaffFixture f;
    static HeadlessChromium chromium;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "chromium/chromedriver not installed");
        f = new StaffFixture(dir, SERVER_PORT);
        chromium = HeadlessChromium.start(DRIVER_PORT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) chromium.close();
        if (f != null) f.close();
    }

    private static WebDriverClient browser(boolean phone) throws Exception {
        return chromium.browser(Files.createTempDirectory(dir, phone ? "chromium-phone" : "chromium-desktop"), phone);
    }

    private static void login(WebDriverClient b, String user, String password) throws Exception {
        b.get(f.base + "/staff");
        b.waitFor("return document.body.dataset.ready === 'login'", WAIT);
        b.type("#user", user);
        b.type("#password", password);
        b.click("#loginForm button[type=submit]");
        b.waitFor("return document.body.dataset.ready === 'staff'", WAIT);
    }

    @Test
    void staffReviewOnAPhoneThenAdminPublishesOnADesktop() throws Exception {
        SchemeStore store = f.services.scheme().store();
        Files.createDirectories(SHOTS);
        try (WebDriverClient b = browser(true)) {
            b.get(f.base + "/staff");
            b.waitFor("return document.body.dataset.ready === 'login'", WAIT);
            assertThat(b.exec("return document.getElementById('workspace').hidden").asBoolean()).isTrue();
            b.screenshot(SHOTS.resolve("phone-1-login.png"));
            // a wrong password is answered on the form, in Chinese
            b.type("#user", "staff1");
            b.type("#password", "wrong");
            b.click("#loginForm button[type=submit]");
            assertThat(b.waitFor("return document.getElementById('loginError').textContent", WAIT).asText()).contains("密码错误");
            // the only console entry so far is that refused login (Chromium logs every 4xx response); drain it
            for (JsonNode e : b.browserLog()) {
                if (e.get("level").asText().equals("SEVERE")) assertThat(e.get("message").asText()).contains("/auth/login").contains("401");
            }
            b.exec("document.getElementById('user').value = ''; document.getElementById('password').value = ''");
            login(b, "staff1", StaffFixture.STAFF_PASSWORD);

            // versions: every stored version listed; staff see no file/publish buttons
            int rows = b.waitFor("return document.querySelectorAll('#versions tbody tr').length", WAIT).asInt();
            assertThat(rows).isEqualTo(store.versions().size());
            assertThat(b.exec("return document.querySelectorAll('#versions [data-file], #versions [data-publish]').length").asInt()).isZero();
            b.screenshot(SHOTS.resolve("phone-2-versions.png"));

            // diff of the draft against the published version, on the map
            b.click(".tabs button[data-tab=diff]");
            b.exec("document.getElementById('diffFrom').value = arguments[0]; document.getElementById('diffTo').value = arguments[1];",
                    String.valueOf(f.publishedId), String.valueOf(f.draftId));
            b.click("#diffForm button[type=submit]");
            int features = b.waitFor("return document.body.dataset.diff", WAIT).asInt();
            var expected = store.diff(f.publishedId, f.draftId);
            assertThat(features).isEqualTo(expected.units().size() + expected.zones().size());
            assertThat(b.exec("return Number(document.body.dataset.diffLayers)").asInt()).isGreaterThanOrEqualTo(features);
            assertThat(b.exec("return document.querySelectorAll('#diffTable tbody tr[data-change=removed]').length").asInt()).isEqualTo(1);
            assertThat(b.exec("return document.getElementById('diffCounts').textContent").asText()).contains("删除").contains("边界调整");
            b.screenshot(SHOTS.resolve("phone-3-diff.png"));

            // rule review: accept the first open proposal of the draft
            b.click(".tabs button[data-tab=rules]");
            b.exec("document.getElementById('rulesVersion').value = arguments[0]", String.valueOf(f.draftId));
            b.click("#rulesForm button[type=submit]");
            b.waitFor("return Number(document.body.dataset.proposals) > 0", WAIT);
            String pid = b.exec("return document.querySelector('#proposals .proposal[data-state=PROPOSED]').dataset.proposal").asText();
            String box = "#proposals .proposal[data-proposal='" + pid + "']";
            assertThat(b.exec("return document.querySelector(arguments[0] + ' .clause').textContent", box).asText()).isNotBlank();
            b.type(box + " input[name=reason]", "与条款一致");
            b.click(box + " button[data-act=accept]");
            assertThat(b.waitFor("return document.body.dataset.reviewed", WAIT).asText()).isEqualTo("ACCEPTED:" + pid);
            String ruleId = b.exec("return document.querySelector(arguments[0]).dataset.rule", box).asText();
            String rules = store.rules(f.draftId).orElseThrow();
            JsonNode accepted = null;
            for (JsonNode r : new ObjectMapper().readTree(rules).path("rules")) {
                if (r.path("ruleId").asText().equals(ruleId)) accepted = r;
            }
            assertThat(accepted).as("rule of " + pid + " (" + ruleId + ") in the draft's rules").isNotNull();
            var last = store.audit(f.draftId).get(store.audit(f.draftId).size() - 1);
            assertThat(last.action()).isEqualTo(AuditAction.PUT_RULES);
            assertThat(last.actor()).isEqualTo("staff1");
            assertThat(last.why()).contains("与条款一致");
            b.screenshot(SHOTS.resolve("phone-4-rule-accepted.png"));
            HeadlessChromium.assertNoConsoleErrors(b);
        }

        try (WebDriverClient b = browser(false)) {
            login(b, "admin", f.adminPassword);
            String row = "#versions tr[data-version='" + f.draftId + "']";
            b.waitFor("return document.querySelector(\"" + row + "\")", WAIT);
            b.waitFor("return document.querySelector('#versions [data-file=\"" + f.draftId + "\"]')", WAIT);
            b.click("#versions [data-file=\"" + f.draftId + "\"]");
            b.type("#fileForm input[name=authority]", "山西省生态环境厅");
            b.type("#fileForm input[name=reason]", "年度动态更新备案");
            b.click("#fileForm button[type=submit]");
            b.waitFor("return document.body.dataset.lifecycle === 'file:" + f.draftId + "'", WAIT);
            assertThat(store.version(f.draftId).orElseThrow().status()).isEqualTo(VersionStatus.FILED);
            b.waitFor("return document.querySelector('#audit tbody tr[data-action=FILE]')", WAIT);
            b.click("#versions [data-publish=\"" + f.draftId + "\"]");
            b.type("#publishForm input[name=reason]", "按期发布");
            b.click("#publishForm button[type=submit]");
            b.waitFor("return document.body.dataset.lifecycle === 'publish:" + f.draftId + "'", WAIT);
            assertThat(store.version(f.draftId).orElseThrow().status()).isEqualTo(VersionStatus.PUBLISHED);
            String audit = b.waitFor("return document.querySelector('#audit tbody tr[data-action=PUBLISH]') && document.getElementById('audit').textContent",
                    WAIT).asText();
            assertThat(audit).contains("admin").contains("按期发布").contains("年度动态更新备案");
            assertThat(b.exec("return document.querySelector(arguments[0]).dataset.status", row).asText()).isEqualTo("PUBLISHED");
            b.screenshot(SHOTS.resolve("desktop-1-published.png"));

            b.click(".tabs button[data-tab=cases]");
            assertThat(b.waitFor("return document.body.dataset.cases", WAIT).asInt()).isEqualTo(f.caseIds.size());
            b.screenshot(SHOTS.resolve("desktop-2-cases.png"));
            b.click(".tabs button[data-tab=diff]");
            b.click("#diffForm button[type=submit]");
            b.waitFor("return document.body.dataset.diff", WAIT);
            b.screenshot(SHOTS.resolve("desktop-3-diff.png"));
            HeadlessChromium.assertNoConsoleErrors(b);

            // a write without the session's CSRF token is refused
            JsonNode refused = b.exec("""
                    return fetch('/admin/versions/' + arguments[0] + '/publish', {method: 'POST', headers: {'Content-Type': 'application/json'},
                      body: JSON.stringify({effectiveDate: '2030-01-01'})}).then(r => r.status);""", f.draftId);
            assertThat(refused.asInt()).isEqualTo(403);

        }
    }
}
