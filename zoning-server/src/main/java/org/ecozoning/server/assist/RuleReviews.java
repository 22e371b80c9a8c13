package org.ecozoning.server.assist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ecozoning.assist.rules.ClauseContext;
import org.ecozoning.assist.rules.ClauseRuleProposer;
import org.ecozoning.assist.rules.ProposedIndustry;
import org.ecozoning.assist.rules.RuleProposal;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.model.Clause;
import org.ecozoning.rules.AttributeSpec;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.AuditAction;
import org.ecozoning.store.AuditEntry;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeStores;
import org.ecozoning.store.SchemeVersion;
import org.ecozoning.store.VersionStatus;

/**
 * The one path by which clause→rule proposals are made and reviewed, for {@code zoning rules} and
 * the staff API alike: proposals as JSON entries ({@code ecozoning-rule-proposals/1}); accepting
 * (optionally with {@link RuleCorrections}) writes the rules into the rules document of a DRAFT
 * through {@link SchemeStore#putRules} — audited by the store with who, when and why, and marked
 * "corrected" when a reviewer changed the proposal; rejecting writes a {@link AuditAction#RULE_REVIEW}
 * audit entry. Published or filed versions are never changed.
 */
public final class RuleReviews {
    /** Schema of a proposals document. */
    public static final String SCHEMA = "ecozoning-rule-proposals/1";
    /** Prefix of the audit text of a rejection, followed by the proposal id. */
    public static final String REJECTED = "驳回规则提议 / rejected rule proposal ";
    static final ObjectMapper JSON = new ObjectMapper();

    private RuleReviews() { }

    /** One proposal to accept, with the reviewer's corrections ({@link RuleCorrections#NONE} for none). */
    public record Acceptance(JsonNode proposal, RuleCorrections corrections) { }

    /** Proposals for every clause of {@code scheme}, as the proposals document. */
    public static ObjectNode proposals(SchemeVersion v, Scheme scheme) {
        ClauseRuleProposer proposer = ClauseRuleProposer.shipped();
        ObjectNode doc = JSON.createObjectNode();
        doc.put("schema", SCHEMA);
        doc.put("versionId", v.id());
        doc.put("versionName", v.name());
        doc.put("versionStatus", v.status().name());
        doc.put("termsVersion", proposer.termsVersion());
        doc.put("createdAt", Instant.now().toString());
        int clauses = 0;
        ArrayNode list = doc.putArray("proposals");
        for (Clause c : scheme.clauses()) {
            clauses++;
            for (RuleProposal p : proposer.propose(ClauseContext.of(c, scheme))) list.add(entry(p));
        }
        doc.put("clauses", clauses);
        return doc;
    }

    /** One proposal as a document entry, in state PROPOSED. */
    public static ObjectNode entry(RuleProposal p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("proposalId", p.proposalId());
        n.put("ruleId", p.ruleId());
        n.put("clauseId", p.clauseId());
        n.put("segment", p.segment());
        n.put("verdict", p.verdict().name());
        n.put("verdictCue", p.verdictCue());
        n.put("confidence", Math.round(p.confidence() * 1000) / 1000.0);
        ArrayNode inc = n.putArray("included");
        for (ProposedIndustry i : p.included()) inc.add(i.code() + " " + i.nameZh() + " " + i.terms());
        ArrayNode exc = n.putArray("excluded");
        for (ProposedIndustry i : p.excluded()) exc.add(i.code() + " " + i.nameZh() + " " + i.terms());
        p.natureWords().forEach(n.putArray("natureWords")::add);
        p.scopeBasis().forEach(n.putArray("scopeBasis")::add);
        n.put("scopeWidened", p.scopeWidened());
        p.warnings().forEach(n.putArray("warnings")::add);
        n.set("rule", RuleJson.write(p.toRule()));
        ObjectNode attrs = n.putObject("attributes");
        for (AttributeSpec a : p.attributes()) attrs.set(a.name(), RuleJson.write(a));
        ObjectNode review = n.putObject("review");
        review.put("state", "PROPOSED");
        ObjectNode ev = review.putArray("history").addObject();
        ev.put("state", "PROPOSED");
        ev.put("by", "assist " + p.termsVersion());
        ev.put("at", Instant.now().toString());
        ev.put("reason", "自动提议 / proposed automatically");
        return n;
    }

    /**
     * Writes the (corrected) rules of {@code accepted} into the rules document of draft {@code versionId}.
     *
     * @param store        the store
     * @param versionId    the draft
     * @param accepted     proposals with their corrections
     * @param by           the reviewer
     * @param reason       why (required)
     * @param defaultRules the rules document to start from when the draft has none
     * @return the draft after the change
     * @throws UserFacingException (bilingual) when the version is not a draft or a rule is invalid
     */
    public static SchemeVersion accept(SchemeStore store, long versionId, List<Acceptance> accepted, String by, String reason,
            Supplier<String> defaultRules) {
        requireReviewer(by, reason);
        SchemeVersion v = requireDraft(store, versionId);
        String rules = store.rules(v.id()).orElseGet(defaultRules);
        IndustryCatalog catalog = IndustryCatalog.gbt4754();
        List<String> described = new ArrayList<>();
        for (Acceptance a : accepted) {
            JsonNode p = a.proposal();
            String pid = p.path("proposalId").asText();
            Map<String, JsonNode> attrs = new LinkedHashMap<>();
            p.path("attributes").fields().forEachRemaining(e -> attrs.put(e.getKey(), e.getValue()));
            RuleCorrections.Applied applied = a.corrections().apply(p.get("rule"));
            attrs.putAll(applied.attributes());
            try {
                rules = RuleJson.withRule(rules, applied.rule(), attrs, catalog);
            } catch (org.ecozoning.model.ZoningException e) {
                throw new UserFacingException("提议 " + pid + " 的规则无效 / the rule of proposal " + pid + " is invalid: "
                        + e.messageZh() + " / " + e.messageEn());
            }
            String d = p.path("ruleId").asText() + "（条款 clause " + p.path("clauseId").asText() + "）";
            if (!applied.fields().isEmpty()) d += " 已修正 / corrected: " + String.join(", ", applied.fields());
            described.add(d);
        }
        return store.putRules(v.id(), v.revision(), rules,
                Attribution.of(by, "采纳规则提议 / accepted rule proposals " + String.join("; ", described) + "：" + reason));
    }

    /**
     * Records the rejection of proposals of version {@code versionId} in the audit log (the rules
     * do not change).
     */
    public static void reject(SchemeStore store, long versionId, List<JsonNode> proposals, String by, String reason) {
        requireReviewer(by, reason);
        var access = SchemeStores.access(store);
        access.write(c -> {
            for (JsonNode p : proposals) {
                access.audit(c, Attribution.of(by, reason), AuditAction.RULE_REVIEW, versionId,
                        REJECTED + p.path("proposalId").asText() + "（规则 rule " + p.path("ruleId").asText() + "，条款 clause "
                                + p.path("clauseId").asText() + "）");
            }
            return null;
        });
    }

    /** The rejections recorded for a version: proposal id → its audit entry (the latest). */
    public static Map<String, AuditEntry> rejections(SchemeStore store, long versionId) {
        Map<String, AuditEntry> out = new LinkedHashMap<>();
        for (AuditEntry e : store.audit(versionId)) {
            if (e.action() == AuditAction.RULE_REVIEW && e.what().startsWith(REJECTED)) {
                String rest = e.what().substring(REJECTED.length());
                int end = rest.indexOf('（');
                out.put(end < 0 ? rest : rest.substring(0, end), e);
            }
        }
        return out;
    }

    /** @return the version when it is a draft */
    public static SchemeVersion requireDraft(SchemeStore store, long versionId) {
        SchemeVersion v = store.version(versionId).orElseThrow(() -> new UserFacingException(
                "版本 #" + versionId + " 不存在 / version #" + versionId + " does not exist"));
        if (v.status() != VersionStatus.DRAFT) {
            throw new UserFacingException("版本 #" + v.id() + " 为 " + v.status() + "，只能向草稿版本写入规则；请先建立草稿并对其提议 / version #"
                    + v.id() + " is " + v.status() + ": rules are only written into DRAFT versions; create a draft and propose for it");
        }
        return v;
    }

    private static void requireReviewer(String by, String reason) {
        if (by == null || by.isBlank()) throw new UserFacingException("须给出审核人 / a reviewer is required");
        if (reason == null || reason.isBlank()) throw new UserFacingException("须说明理由 / a reason is required");
    }
}
