package org.ecozoning.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.server.assist.RuleCorrections;
import org.ecozoning.server.assist.RuleReviews;
import org.ecozoning.server.scheme.SampleBootstrap;
import org.ecozoning.server.scheme.SchemeLoader;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zoning rules propose|accept|reject}: machine-rule proposals for the access-list clauses of
 * a version (zoning-assist) and their review. Proposals go to a JSON file
 * ({@code ecozoning-rule-proposals/1}) that also records every review; accepting writes the rule into
 * the rules document of a DRAFT version through the store (which audits it) — published versions
 * are never changed.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"规则提议与审核 / Rule proposals from clauses and their review"},
        synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n",
        commandListHeading = "%n子命令 / Commands:%n",
        subcommands = {RulesCommand.Propose.class, RulesCommand.Accept.class, RulesCommand.Reject.class})
public final class RulesCommand implements Callable<Integer> {
    static final String SCHEMA = RuleReviews.SCHEMA;
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Default proposals file, in the working directory. */
    static final String DEFAULT_FILE = "rule-proposals.json";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** {@code zoning rules propose}. */
    @Command(name = "propose", mixinStandardHelpOptions = true,
            description = {"为版本的每条清单条款提议机器规则 / Propose machine rules for every clause of a version"},
            synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
    static final class Propose implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Option(names = "--version", required = true, paramLabel = "ID|current", description = "版本编号或 current / Version id or current")
        String version;

        @Option(names = "--format", paramLabel = "json|text", defaultValue = "json", description = "输出格式 / Output format (json, text)")
        String format;

        @Option(names = "--out", paramLabel = "FILE", description = "写入文件（JSON，供 accept/reject 读取）/ Write to a file (JSON, read by accept/reject)")
        Path out;

        @Override
        public Integer call() throws IOException {
            boolean text = switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "json" -> false;
                case "text" -> true;
                default -> throw new UserFacingException("--format 应为 json 或 text / --format must be json or text, not " + format);
            };
            ObjectNode doc;
            try (SchemeStore s = store.open()) {
                SampleBootstrap.ensurePublished(s, store.workspace());
                long id = VersionRef.resolve(s, version);
                SchemeVersion v = s.version(id).orElseThrow();
                Scheme scheme = new SchemeLoader(store.workspace(), IndustryCatalog.gbt4754()).load(s, id).scheme();
                doc = proposals(v, scheme);
            }
            PrintWriter w = spec.commandLine().getOut();
            if (out != null) {
                Files.writeString(out, JSON.writeValueAsString(doc), StandardCharsets.UTF_8);
                w.println("已写入 " + doc.path("proposals").size() + " 条提议 / wrote " + doc.path("proposals").size() + " proposals: " + out);
            }
            if (text) {
                printText(doc, w);
            } else if (out == null) {
                w.println(JSON.writeValueAsString(doc));
            }
            w.flush();
            return 0;
        }
    }

    /** Proposals for every clause of {@code scheme}, as the proposals document. */
    static ObjectNode proposals(SchemeVersion v, Scheme scheme) {
        return RuleReviews.proposals(v, scheme);
    }

    static void printText(ObjectNode doc, PrintWriter w) {
        w.println("版本 / version #" + doc.path("versionId").asLong() + " " + doc.path("versionName").asText() + "（" + doc.path("versionStatus").asText()
                + "）：" + doc.path("clauses").asInt() + " 条条款，" + doc.path("proposals").size() + " 条提议 / clauses, proposals");
        for (JsonNode p : doc.path("proposals")) {
            w.printf("%s  %s  %.2f  %s%n", p.path("proposalId").asText(), p.path("verdict").asText(), p.path("confidence").asDouble(),
                    p.path("segment").asText());
            for (JsonNode i : p.path("included")) w.println("    行业 / industry: " + i.asText());
            for (JsonNode x : p.path("warnings")) w.println("    ! " + x.asText());
        }
    }

    /** Shared options and file handling of accept and reject. */
    abstract static class Review implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Parameters(arity = "1..*", paramLabel = "PROPOSAL-ID", description = "提议编号 / Proposal ids")
        List<String> ids;

        @Option(names = "--file", paramLabel = "FILE", defaultValue = DEFAULT_FILE,
                description = "提议文件（propose --out 所写）/ Proposals file (written by propose --out), default " + DEFAULT_FILE)
        Path file;

        @Option(names = "--by", required = true, paramLabel = "USER", description = "审核人 / Reviewer")
        String by;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "理由 / Reason")
        String reason;

        abstract boolean accepting();

        /** The reviewer's corrections (accept only). */
        RuleCorrections corrections() {
            return RuleCorrections.NONE;
        }

        @Override
        public Integer call() throws IOException {
            if (reason.isBlank()) throw new UserFacingException("须说明理由 / a reason is required");
            if (by.isBlank()) throw new UserFacingException("须给出审核人 / a reviewer is required");
            ObjectNode doc = readFile(file);
            Map<String, ObjectNode> chosen = new LinkedHashMap<>();
            for (String id : ids) {
                ObjectNode p = find(doc, id);
                String state = p.path("review").path("state").asText();
                if (!state.equals("PROPOSED")) {
                    throw new UserFacingException("提议 " + id + " 已审核（" + state + "），不能再次审核 / proposal " + id + " was already reviewed ("
                            + state + ")");
                }
                chosen.put(id, p);
            }
            PrintWriter w = spec.commandLine().getOut();
            long versionId = doc.path("versionId").asLong();
            RuleCorrections corrections = corrections();
            if (!corrections.isEmpty() && chosen.size() != 1) {
                throw new UserFacingException("修正只能用于一条提议 / corrections apply to exactly one proposal");
            }
            List<String> corrected = List.of();
            try (SchemeStore s = store.open()) {
                if (accepting()) {
                    List<RuleReviews.Acceptance> acc = chosen.values().stream()
                            .map(p -> new RuleReviews.Acceptance(p, corrections)).toList();
                    SchemeVersion v = RuleReviews.accept(s, versionId, acc, by, reason, () -> defaultRules(store.workspace()));
                    if (!corrections.isEmpty()) corrected = corrections.apply(chosen.values().iterator().next().get("rule")).fields();
                    String ruleIds = String.join(", ", chosen.values().stream().map(p -> p.path("ruleId").asText()).toList());
                    w.println("已采纳 " + chosen.size() + " 条提议，写入版本 #" + v.id() + " 的规则（修订 " + v.revision() + "）"
                            + (corrected.isEmpty() ? "" : "，已修正 " + corrected) + " / accepted "
                            + chosen.size() + " proposal(s) into the rules of version #" + v.id() + ": " + ruleIds
                            + (corrected.isEmpty() ? "" : " (corrected: " + String.join(", ", corrected) + ")"));
                } else {
                    if (s.version(versionId).isPresent()) {
                        RuleReviews.reject(s, versionId, List.copyOf(chosen.values()), by, reason);
                    }
                    w.println("已驳回 " + chosen.size() + " 条提议 / rejected " + chosen.size() + " proposal(s): " + String.join(", ", chosen.keySet()));
                }
            }
            Instant now = Instant.now();
            for (ObjectNode p : chosen.values()) {
                ObjectNode review = (ObjectNode) p.get("review");
                String state = accepting() ? "ACCEPTED" : "REJECTED";
                review.put("state", state);
                ObjectNode ev = ((ArrayNode) review.get("history")).addObject();
                ev.put("state", state);
                ev.put("by", by);
                ev.put("at", now.toString());
                ev.put("reason", reason);
                if (!corrected.isEmpty()) {
                    ev.put("corrected", true);
                    corrected.forEach(ev.putArray("correctedFields")::add);
                    review.put("corrected", true);
                }
            }
            Files.writeString(file, JSON.writeValueAsString(doc), StandardCharsets.UTF_8);
            w.flush();
            return 0;
        }
    }

    /** {@code zoning rules accept}. */
    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = {"采纳提议：规则写入草稿版本的规则文档 / Accept proposals into the rules of their DRAFT version"},
            synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
    static final class Accept extends Review {
        @Option(names = "--verdict", paramLabel = "VERDICT",
                description = "修正结论 / Corrected verdict (PROHIBITED, RESTRICTED, CONDITIONAL, COMPLIANT)")
        String verdict;

        @Option(names = "--industries", paramLabel = "CODES", split = ",",
                description = "修正行业代码（逗号分隔，ANY 为任意）/ Corrected industry codes (comma-separated; ANY)")
        List<String> industries;

        @Option(names = "--natures", paramLabel = "NATURES", split = ",",
                description = "修正建设性质 / Corrected natures (NEW, EXPANSION, REBUILD, RELOCATION; ANY)")
        List<String> natures;

        @Option(names = "--threshold", paramLabel = "ATTR OP VALUE",
                description = "修正阈值，可重复，如 capacityMW<=300；写 none 去掉全部条件 / Corrected threshold, repeatable, e.g. capacityMW<=300; none removes all")
        List<String> thresholds;

        @Option(names = "--patch", paramLabel = "FILE.json",
                description = "以 JSON 补丁修正规则字段 / Correct rule fields with a JSON patch (rule-file fields)")
        Path patch;

        @Override
        boolean accepting() { return true; }

        @Override
        RuleCorrections corrections() {
            JsonNode p = null;
            if (patch != null) {
                try {
                    p = JSON.readTree(patch.toFile());
                } catch (IOException e) {
                    throw new UserFacingException("无法读取补丁文件 / cannot read the patch " + patch + ": " + e.getMessage());
                }
            }
            List<String> t = thresholds == null ? null
                    : thresholds.stream().filter(x -> !x.strip().equalsIgnoreCase("none")).toList();
            return new RuleCorrections(verdict, industries, natures, t, p);
        }
    }

    /** {@code zoning rules reject}. */
    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = {"驳回提议（记入提议文件）/ Reject proposals (recorded in the proposals file)"},
            synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
    static final class Reject extends Review {
        @Override
        boolean accepting() { return false; }
    }

    static ObjectNode readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("找不到提议文件 / proposals file not found: " + file + "（先运行 zoning rules propose --out FILE）");
        }
        try {
            JsonNode n = JSON.readTree(file.toFile());
            if (!(n instanceof ObjectNode o) || !SCHEMA.equals(n.path("schema").asText()) || !n.path("proposals").isArray()) {
                throw new UserFacingException("不是提议文件（schema 应为 " + SCHEMA + "）/ not a proposals file (schema " + SCHEMA + "): " + file);
            }
            return o;
        } catch (IOException e) {
            throw new UserFacingException("无法读取提议文件 / cannot read the proposals file " + file + ": " + e.getMessage());
        }
    }

    static ObjectNode find(ObjectNode doc, String id) {
        List<String> near = new ArrayList<>();
        for (JsonNode p : doc.path("proposals")) {
            if (p.path("proposalId").asText().equals(id)) return (ObjectNode) p;
        }
        throw new UserFacingException("提议文件中没有提议 " + id + " / no proposal " + id + " in the file" + (near.isEmpty() ? "" : ""));
    }

    static String defaultRules(Path workspace) {
        try {
            return Files.readString(SchemeLoader.defaultRulesFile(workspace), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserFacingException("无法读取规则文件 / cannot read the rules file: " + e.getMessage());
        }
    }
}
