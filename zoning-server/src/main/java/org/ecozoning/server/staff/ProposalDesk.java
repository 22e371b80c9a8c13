package org.ecozoning.server.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ecozoning.model.Clause;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.server.assist.RuleCorrections;
import org.ecozoning.server.assist.RuleReviews;
import org.ecozoning.server.scheme.SchemeService;
import org.ecozoning.store.AuditAction;
import org.ecozoning.store.AuditEntry;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeVersion;

/**
 * Rule review for the staff page: the clause→rule proposals of a version (made by the shipped
 * proposer, kept per version revision), each with its clause text and review state — ACCEPTED when
 * its rule is in the version's rules document (corrected when it differs from the proposal),
 * REJECTED when the audit log records a rejection, else PROPOSED — and accept / reject through
 * {@link RuleReviews}, the path {@code zoning rules} uses.
 */
final class ProposalDesk {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Key(long versionId, long revision) { }

    private final SchemeService scheme;
    private final Map<Key, ObjectNode> cache = new HashMap<>();

    ProposalDesk(SchemeService scheme) {
        this.scheme = Objects.requireNonNull(scheme);
    }

    /** The proposals of a version, filtered by state and text, one page. */
    ObjectNode list(long versionId, String state, String text, int offset, int limit) {
        SchemeStore store = scheme.store();
        SchemeVersion v = version(versionId);
        ObjectNode doc = proposals(v);
        Map<String, JsonNode> rules = rulesById(store, versionId);
        Map<String, AuditEntry> rejected = RuleReviews.rejections(store, versionId);
        List<AuditEntry> audit = store.audit(versionId);
        Map<String, String> clauseText = clauseTexts(doc);
        ObjectNode out = JSON.createObjectNode();
        out.put("versionId", v.id());
        out.put("versionName", v.name());
        out.put("versionStatus", v.status().name());
        out.put("editable", v.status() == org.ecozoning.store.VersionStatus.DRAFT);
        out.put("clauses", doc.path("clauses").asInt());
        out.put("termsVersion", doc.path("termsVersion").asText());
        ArrayNode items = out.putArray("proposals");
        int total = 0;
        Map<String, Integer> byState = new java.util.TreeMap<>();
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (JsonNode p : doc.path("proposals")) {
            ObjectNode e = ((ObjectNode) p).deepCopy();
            e.remove("review");
            JsonNode inRules = rules.get(p.path("ruleId").asText());
            AuditEntry rej = rejected.get(p.path("proposalId").asText());
            String st = inRules != null ? "ACCEPTED" : rej != null ? "REJECTED" : "PROPOSED";
            e.put("state", st);
            if (inRules != null) {
                e.set("acceptedRule", inRules);
                e.put("corrected", !same(inRules, p.get("rule")));
                audit.stream().filter(a -> a.action() == AuditAction.PUT_RULES && a.why() != null
                                && a.why().contains(p.path("ruleId").asText() + "（"))
                        .reduce((a, b) -> b).ifPresent(a -> e.set("review", review(a)));
            } else if (rej != null) {
                e.set("review", review(rej));
            }
            e.put("clauseText", clauseText.getOrDefault(p.path("clauseId").asText(), ""));
            byState.merge(st, 1, Integer::sum);
            if (state != null && !state.isBlank() && !state.equalsIgnoreCase(st)) continue;
            if (!t.isEmpty() && !(e.path("clauseText").asText() + " " + e.path("proposalId").asText() + " " + e.path("segment").asText())
                    .toLowerCase(Locale.ROOT).contains(t)) continue;
            if (total >= offset && total < offset + limit) items.add(e);
            total++;
        }
        out.put("total", total);
        byState.forEach(out.putObject("states")::put);
        return out;
    }

    /** Accepts one proposal (with corrections) into the draft; returns the version after. */
    SchemeVersion accept(long versionId, String proposalId, RuleCorrections corrections, String by, String reason) {
        SchemeVersion v = RuleReviews.requireDraft(scheme.store(), versionId);
        JsonNode p = open(v, proposalId);
        return RuleReviews.accept(scheme.store(), versionId, List.of(new RuleReviews.Acceptance(p, corrections)), by, reason,
                this::defaultRules);
    }

    /** Rejects one proposal of a draft (audited). */
    void reject(long versionId, String proposalId, String by, String reason) {
        SchemeVersion v = RuleReviews.requireDraft(scheme.store(), versionId);
        JsonNode p = open(v, proposalId);
        RuleReviews.reject(scheme.store(), versionId, List.of(p), by, reason);
    }

    /** The proposal when it is still open; 404 / 409 otherwise. */
    private JsonNode open(SchemeVersion v, String proposalId) {
        JsonNode found = null;
        for (JsonNode p : proposals(v).path("proposals")) {
            if (p.path("proposalId").asText().equals(proposalId)) found = p;
        }
        if (found == null) {
            throw ProblemException.notFound("版本 #" + v.id() + " 没有提议 " + proposalId, "version #" + v.id() + " has no proposal " + proposalId);
        }
        if (rulesById(scheme.store(), v.id()).containsKey(found.path("ruleId").asText())) {
            throw new ProblemException(409, "conflict", "冲突 / Conflict", "提议 " + proposalId + " 已采纳，不能再次审核 / proposal "
                    + proposalId + " was already accepted");
        }
        if (RuleReviews.rejections(scheme.store(), v.id()).containsKey(proposalId)) {
            throw new ProblemException(409, "conflict", "冲突 / Conflict", "提议 " + proposalId + " 已驳回，不能再次审核 / proposal "
                    + proposalId + " was already rejected");
        }
        return found;
    }

    private SchemeVersion version(long id) {
        return scheme.store().version(id).orElseThrow(() -> ProblemException.notFound("没有版本 " + id, "no version " + id));
    }

    private synchronized ObjectNode proposals(SchemeVersion v) {
        Key k = new Key(v.id(), v.revision());
        ObjectNode doc = cache.get(k);
        if (doc == null) {
            cache.keySet().removeIf(x -> x.versionId() == v.id());
            if (cache.size() > 8) cache.clear();
            Scheme s = scheme.loader().load(scheme.store(), v.id()).scheme();
            doc = RuleReviews.proposals(v, s);
            ObjectNode texts = doc.putObject("clauseTexts");
            for (Clause c : s.clauses()) texts.put(c.id(), c.text());
            cache.put(k, doc);
        }
        return doc;
    }

    private static Map<String, String> clauseTexts(ObjectNode doc) {
        Map<String, String> m = new HashMap<>();
        doc.path("clauseTexts").fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
        return m;
    }

    private static Map<String, JsonNode> rulesById(SchemeStore store, long versionId) {
        Map<String, JsonNode> m = new HashMap<>();
        String doc = store.rules(versionId).orElse(null);
        if (doc == null) return m;
        try {
            for (JsonNode r : JSON.readTree(doc).path("rules")) m.put(r.path("ruleId").asText(), r);
        } catch (IOException e) {
            throw new UserFacingException("版本规则文档无法解析 / the version's rules document cannot be read: " + e.getMessage());
        }
        return m;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        return a.path("verdict").equals(b.path("verdict")) && a.path("industries").equals(b.path("industries"))
                && a.path("natures").equals(b.path("natures")) && a.path("conditions").equals(b.path("conditions"))
                && a.path("scope").equals(b.path("scope"));
    }

    private static ObjectNode review(AuditEntry a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("by", a.actor());
        o.put("at", a.at().toString());
        o.put("why", a.why());
        o.put("what", a.what());
        return o;
    }

    private String defaultRules() {
        try {
            return java.nio.file.Files.readString(org.ecozoning.server.scheme.SchemeLoader.defaultRulesFile(scheme.loader().workspace()));
        } catch (IOException e) {
            throw new UserFacingException("无法读取规则文件 / cannot read the rules file: " + e.getMessage());
        }
    }
}
