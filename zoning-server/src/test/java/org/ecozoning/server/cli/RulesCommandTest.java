package org.ecozoning.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecozoning.server.TestWorkspace;
import org.ecozoning.server.scheme.SchemeService;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.VersionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code zoning rules propose|accept|reject} over a workspace copy and an in-memory store: proposals
 * round-trip through the file, an accepted rule enters the draft's rules document and fires once
 * the draft is published, a rejection changes nothing, and published versions are never written.
 */
class RulesCommandTest {
    static final ObjectMapper M = new ObjectMapper();
    /** A site in the Taiyuan basin. */
    static final String SITE = "POLYGON((112.60 37.79, 112.61 37.79, 112.61 37.80, 112.60 37.80, 112.60 37.79))";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) { }

    Run cli(Path ws, String store, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine c = ZoningCli.commandLine();
        c.setOut(new PrintWriter(out, true));
        c.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--workspace", ws.toString(), "--store", store));
        return new Run(c.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    @Test
    void proposeAcceptRejectAndPublish() throws Exception {
        Path ws = TestWorkspace.copyInto(dir.resolve("ws"));
        String store = TestWorkspace.memoryStore();
        // held open for the whole test, as a running server would (the in-memory database lives while it is open)
        try (SchemeStore s = SchemeService.openStore(ws, store)) {
            run(ws, store, s);
        }
    }

    void run(Path ws, String store, SchemeStore s) throws Exception {
        // propose over the version in force (bootstraps the sample); accepting into it is refused
        Path current = dir.resolve("current.json");
        Run pc = cli(ws, store, "rules", "propose", "--version", "current", "--out", current.toString());
        assertThat(pc.code()).as(pc.err()).isZero();
        JsonNode cdoc = M.readTree(current.toFile());
        assertThat(cdoc.path("versionStatus").asText()).isEqualTo("PUBLISHED");
        assertThat(cdoc.path("clauses").asInt()).isEqualTo(4888);
        assertThat(cdoc.path("proposals").size()).isGreaterThan(100);
        String anyId = cdoc.path("proposals").get(0).path("proposalId").asText();
        Run refused = cli(ws, store, "rules", "accept", anyId, "--file", current.toString(), "--by", "tester", "--reason", "试");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("DRAFT", "PUBLISHED").doesNotContain("Exception");

        long draftId;
        String rulesBefore;
        draftId = s.createDraftFromPublished("规则审核草稿", VersionKind.DYNAMIC, "", Attribution.of("tester", "test")).id();
        rulesBefore = s.rules(draftId).orElse("");
        Path file = dir.resolve("draft.json");
        Run p = cli(ws, store, "rules", "propose", "--version", Long.toString(draftId), "--out", file.toString());
        assertThat(p.code()).as(p.err()).isZero();
        JsonNode doc = M.readTree(file.toFile());
        assertThat(doc.path("versionId").asLong()).isEqualTo(draftId);
        // a Taiyuan-basin prohibition naming industries, without conditions: fires at SITE
        JsonNode chosen = null;
        JsonNode other = null;
        for (JsonNode x : doc.path("proposals")) {
            JsonNode r = x.path("rule");
            boolean easy = r.path("scope").path("zones").path(0).path("type").asText().equals("TAIYUAN_BASIN")
                    && r.path("verdict").asText().equals("PROHIBITED")
                    && r.path("industries").path("include").size() > 0 && !r.has("conditions");
            if (easy && chosen == null && !x.path("included").isEmpty()) chosen = x;
            else if (other == null) other = x;
        }
        assertThat(chosen).as("a Taiyuan-basin prohibition among the proposals").isNotNull();
        assertThat(chosen.path("confidence").asDouble()).isBetween(0.0, 1.0);
        String ruleId = chosen.path("ruleId").asText();
        assertThat(ruleId).startsWith("AP-");

        // reject leaves the rules document unchanged and is recorded in the file
        Run rej = cli(ws, store, "rules", "reject", other.path("proposalId").asText(), "--file", file.toString(), "--by", "审核员", "--reason", "范围过宽");
        assertThat(rej.code()).as(rej.err()).isZero();
        assertThat(s.rules(draftId).orElse("")).isEqualTo(rulesBefore);
        // accept writes the rule into the draft's rules
        Run acc = cli(ws, store, "rules", "accept", chosen.path("proposalId").asText(), "--file", file.toString(), "--by", "审核员", "--reason", "与条款一致");
        assertThat(acc.code()).as(acc.err()).isZero();
        assertThat(acc.out()).contains(ruleId);
        String after = s.rules(draftId).orElseThrow();
        assertThat(after).contains("\"" + ruleId + "\"");
        assertThat(M.readTree(after).path("rules").size()).isEqualTo(M.readTree(rulesBefore).path("rules").size() + 1);
        assertThat(s.version(draftId).orElseThrow().revision()).isPositive();
        JsonNode reviewed = M.readTree(file.toFile());
        for (JsonNode x : reviewed.path("proposals")) {
            if (x.path("proposalId").asText().equals(chosen.path("proposalId").asText())) {
                assertThat(x.path("review").path("state").asText()).isEqualTo("ACCEPTED");
                assertThat(x.path("review").path("history").get(1).path("by").asText()).isEqualTo("审核员");
            }
            if (x.path("proposalId").asText().equals(other.path("proposalId").asText())) {
                assertThat(x.path("review").path("state").asText()).isEqualTo("REJECTED");
            }
        }
        // a reviewed proposal cannot be reviewed again; an unknown id is a clear error
        Run again = cli(ws, store, "rules", "accept", chosen.path("proposalId").asText(), "--file", file.toString(), "--by", "x", "--reason", "y");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("ACCEPTED");
        assertThat(cli(ws, store, "rules", "reject", "NOPE#1", "--file", file.toString(), "--by", "x", "--reason", "y").err()).contains("NOPE#1");

        // once the draft is published, the accepted rule fires in zoning check
        assertThat(cli(ws, store, "file", Long.toString(draftId), "--authority", "山西省生态环境厅", "--date", "2025-03-01").code()).isZero();
        assertThat(cli(ws, store, "publish", Long.toString(draftId), "--effective", "2025-04-01").code()).isZero();
        String industry = chosen.path("rule").path("industries").path("include").get(0).asText();
        JsonNode natures = chosen.path("rule").path("natures");
        String nature = natures.isArray() ? natures.get(0).asText().toLowerCase(java.util.Locale.ROOT) : "new";
        Run check = cli(ws, store, "check", "--geometry", SITE, "--industry", industry.length() < 4 ? firstClass(industry) : industry,
                "--nature", nature);
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(M.readTree(check.out()).path("findings").findValuesAsText("ruleId")).contains(ruleId);
    }

    @Test
    void acceptWithCorrectionsIsRecordedAsCorrected() throws Exception {
        Path ws = TestWorkspace.copyInto(dir.resolve("ws2"));
        String store = TestWorkspace.memoryStore();
        try (SchemeStore s = SchemeService.openStore(ws, store)) {
            assertThat(cli(ws, store, "rules", "propose", "--version", "current", "--out", dir.resolve("x.json").toString()).code()).isZero();
            long draftId = s.createDraftFromPublished("修正草稿", VersionKind.DYNAMIC, "", Attribution.of("tester", "test")).id();
            Path file = dir.resolve("corr.json");
            assertThat(cli(ws, store, "rules", "propose", "--version", Long.toString(draftId), "--out", file.toString()).code()).isZero();
            List<JsonNode> prohibiting = new ArrayList<>();
            for (JsonNode x : M.readTree(file.toFile()).path("proposals")) {
                if (x.path("rule").path("verdict").asText().equals("PROHIBITED") && x.path("rule").path("industries").path("include").size() > 0) {
                    prohibiting.add(x);
                }
            }
            assertThat(prohibiting).hasSizeGreaterThan(3);
            String a = prohibiting.get(0).path("proposalId").asText();
            String b = prohibiting.get(1).path("proposalId").asText();
            String ruleA = prohibiting.get(0).path("ruleId").asText();
            String ruleB = prohibiting.get(1).path("ruleId").asText();

            // bad corrections: clear bilingual errors, nothing written
            String before = s.rules(draftId).orElse("");
            Run bad = cli(ws, store, "rules", "accept", a, "--file", file.toString(), "--by", "审核员", "--reason", "r", "--verdict", "MAYBE");
            assertThat(bad.code()).isEqualTo(1);
            assertThat(bad.err()).contains("未知的结论").contains("unknown verdict").doesNotContain("Exception");
            Run two = cli(ws, store, "rules", "accept", a, b, "--file", file.toString(), "--by", "审核员", "--reason", "r", "--verdict", "RESTRICTED");
            assertThat(two.code()).isEqualTo(1);
            assertThat(two.err()).contains("一条提议");
            Run badThreshold = cli(ws, store, "rules", "accept", a, "--file", file.toString(), "--by", "审核员", "--reason", "r", "--threshold", "容量很大");
            assertThat(badThreshold.code()).isEqualTo(1);
            assertThat(badThreshold.err()).contains("capacityMW<=300");
            assertThat(s.rules(draftId).orElse("")).isEqualTo(before);

            // options
            Run acc = cli(ws, store, "rules", "accept", a, "--file", file.toString(), "--by", "审核员", "--reason", "核对条款",
                    "--verdict", "RESTRICTED", "--industries", "2521,2614", "--natures", "NEW", "--threshold", "capacityMW<=300");
            assertThat(acc.code()).as(acc.err()).isZero();
            assertThat(acc.out()).contains("corrected");
            JsonNode rule = rule(s.rules(draftId).orElseThrow(), ruleA);
            assertThat(rule.path("verdict").asText()).isEqualTo("RESTRICTED");
            assertThat(rule.path("industries").path("include").toString()).isEqualTo("[\"2521\",\"2614\"]");
            assertThat(rule.path("natures").toString()).isEqualTo("[\"NEW\"]");
            assertThat(rule.path("conditions").get(0).path("op").asText()).isEqualTo("<=");
            assertThat(rule.path("conditions").get(0).path("value").asDouble()).isEqualTo(300.0);
            var audit = s.audit(draftId);
            var last = audit.get(audit.size() - 1);
            assertThat(last.actor()).isEqualTo("审核员");
            assertThat(last.why()).contains(ruleA).contains("corrected: verdict, industries, natures, conditions").contains("核对条款");
            for (JsonNode x : M.readTree(file.toFile()).path("proposals")) {
                if (x.path("proposalId").asText().equals(a)) {
                    assertThat(x.path("review").path("state").asText()).isEqualTo("ACCEPTED");
                    assertThat(x.path("review").path("corrected").asBoolean()).isTrue();
                }
            }

            // a JSON patch; the rule id cannot change
            Path patch = dir.resolve("patch.json");
            java.nio.file.Files.writeString(patch, "{\"ruleId\": \"OTHER\", \"verdict\": \"CONDITIONAL\"}");
            Run moved = cli(ws, store, "rules", "accept", b, "--file", file.toString(), "--by", "审核员", "--reason", "r", "--patch", patch.toString());
            assertThat(moved.code()).isEqualTo(1);
            assertThat(moved.err()).contains("规则编号不可修改");
            java.nio.file.Files.writeString(patch, "{\"verdict\": \"CONDITIONAL\", \"note\": \"人工修正\"}");
            Run patched = cli(ws, store, "rules", "accept", b, "--file", file.toString(), "--by", "审核员", "--reason", "r", "--patch", patch.toString());
            assertThat(patched.code()).as(patched.err()).isZero();
            JsonNode rb = rule(s.rules(draftId).orElseThrow(), ruleB);
            assertThat(rb.path("verdict").asText()).isEqualTo("CONDITIONAL");
            assertThat(rb.path("note").asText()).isEqualTo("人工修正");
            assertThat(s.audit(draftId).get(s.audit(draftId).size() - 1).why()).contains("corrected: verdict, note");

            // a rejection is audited too
            String c = prohibiting.get(2).path("proposalId").asText();
            assertThat(cli(ws, store, "rules", "reject", c, "--file", file.toString(), "--by", "审核员", "--reason", "不适用").code()).isZero();
            var rej = s.audit(draftId).get(s.audit(draftId).size() - 1);
            assertThat(rej.action()).isEqualTo(org.ecozoning.store.AuditAction.RULE_REVIEW);
            assertThat(rej.what()).contains(c);
            assertThat(rej.why()).isEqualTo("不适用");
        }
    }

    static JsonNode rule(String doc, String id) throws Exception {
        for (JsonNode r : M.readTree(doc).path("rules")) if (r.path("ruleId").asText().equals(id)) return r;
        throw new AssertionError("no rule " + id);
    }

    /** A 4-digit class inside a broader code (the engine judges a project's own class). */
    static String firstClass(String code) {
        return org.ecozoning.industry.IndustryCatalog.gbt4754().all().stream().map(i -> i.code())
                .filter(c -> c.length() == 4 && c.startsWith(code)).findFirst().orElse(code);
    }
}
