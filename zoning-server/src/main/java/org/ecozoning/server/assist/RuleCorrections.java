package org.ecozoning.server.assist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecozoning.assist.text.AssistAttributes;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.rules.Verdict;
import org.ecozoning.server.UserFacingException;

/**
 * A reviewer's corrections to a proposed rule ("accept with corrections"): a new verdict, industry
 * codes, project natures, thresholds ({@code capacityMW<=300}) and/or a patch of rule-file fields.
 * Applied to the proposal's rule entry (rule-file format) before it is written into a draft; the
 * rule id (the link to the clause) cannot change. Shared by {@code zoning rules accept} and the
 * staff API so that both record the same corrections.
 *
 * @param verdict    new verdict name (PROHIBITED, RESTRICTED, CONDITIONAL, COMPLIANT) or null
 * @param industries GB/T 4754 codes the rule includes ({@code ANY} for any), or null
 * @param natures    project natures (NEW, EXPANSION, …; {@code ANY}), or null
 * @param thresholds conditions {@code attribute op value} replacing the proposed ones, or null
 * @param patch      rule-file fields replacing the proposal's (applied last), or null
 */
public record RuleCorrections(String verdict, List<String> industries, List<String> natures, List<String> thresholds, JsonNode patch) {

    /** Fields a patch may set. */
    static final Set<String> PATCHABLE = Set.of("verdict", "industries", "natures", "conditions", "scope", "flags", "title",
            "requirement", "note", "dimension", "section");
    private static final Pattern THRESHOLD = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_]*)\\s*(<=|>=|==|!=|<|>)\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*");

    /** No corrections. */
    public static final RuleCorrections NONE = new RuleCorrections(null, null, null, null, null);

    public RuleCorrections {
        industries = industries == null ? null : List.copyOf(industries);
        natures = natures == null ? null : List.copyOf(natures);
        thresholds = thresholds == null ? null : List.copyOf(thresholds);
        if (patch != null && !patch.isNull() && !patch.isObject()) {
            throw new UserFacingException("修正补丁应为 JSON 对象 / the patch must be a JSON object");
        }
        if (patch != null && patch.isNull()) patch = null;
    }

    /** Whether nothing is corrected. */
    public boolean isEmpty() {
        return verdict == null && industries == null && natures == null && thresholds == null && (patch == null || patch.isEmpty());
    }

    /**
     * The corrected rule.
     *
     * @param rule       the rule-file entry
     * @param corrected  the corrected rule entry (a copy)
     * @param fields     the corrected fields, in order
     * @param attributes declarations of attributes the new thresholds test
     */
    public record Applied(ObjectNode rule, List<String> fields, Map<String, JsonNode> attributes) { }

    /**
     * @param rule the proposed rule entry (not modified)
     * @return the corrected copy
     * @throws UserFacingException (bilingual) for a value that is not allowed
     */
    public Applied apply(JsonNode rule) {
        ObjectNode r = ((ObjectNode) rule).deepCopy();
        List<String> fields = new ArrayList<>();
        Map<String, JsonNode> attrs = new LinkedHashMap<>();
        if (verdict != null) {
            r.put("verdict", verdict(verdict));
            fields.add("verdict");
        }
        if (industries != null) {
            List<String> codes = industries.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (codes.isEmpty()) throw new UserFacingException("行业不能为空（任意行业写 ANY）/ industries cannot be empty (use ANY for any)");
            if (codes.size() == 1 && codes.get(0).equalsIgnoreCase("ANY")) {
                r.put("industries", "ANY");
            } else {
                ArrayNode inc = r.putObject("industries").putArray("include");
                for (String c : codes) {
                    if (!c.matches("[A-T]|[0-9]{2,4}")) {
                        throw new UserFacingException("行业代码无效：" + c + "（应为门类字母或 2–4 位数字）/ invalid industry code " + c);
                    }
                    inc.add(c);
                }
            }
            fields.add("industries");
        }
        if (natures != null) {
            List<String> ns = natures.stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
            if (ns.isEmpty() || ns.contains("ANY")) {
                r.put("natures", "ANY");
            } else {
                ArrayNode a = r.putArray("natures");
                for (String n : ns) {
                    try {
                        a.add(ProjectNature.valueOf(n).name());
                    } catch (IllegalArgumentException e) {
                        throw new UserFacingException("未知的建设性质：" + n + "（可用 " + List.of(ProjectNature.values()) + " 或 ANY）/ unknown nature " + n);
                    }
                }
            }
            fields.add("natures");
        }
        if (thresholds != null) {
            ArrayNode cs = RuleJson.JSON.createArrayNode();
            for (String t : thresholds) {
                if (t.isBlank()) continue;
                Matcher m = THRESHOLD.matcher(t);
                if (!m.matches()) {
                    throw new UserFacingException("阈值应写成「属性 比较符 数值」，如 capacityMW<=300，而不是「" + t + "」/ a threshold is "
                            + "\"attribute op value\", e.g. capacityMW<=300, not \"" + t + "\"");
                }
                ObjectNode c = cs.addObject();
                c.put("attribute", m.group(1));
                c.put("op", m.group(2));
                c.put("value", Double.parseDouble(m.group(3)));
                AssistAttributes.spec(m.group(1)).ifPresent(s -> attrs.put(s.name(), RuleJson.write(s)));
            }
            if (cs.isEmpty()) r.remove("conditions");
            else r.set("conditions", cs);
            fields.add("conditions");
        }
        if (patch != null) {
            var it = patch.fields();
            while (it.hasNext()) {
                var e = it.next();
                String k = e.getKey();
                if (k.equals("ruleId")) {
                    if (!e.getValue().asText().equals(r.path("ruleId").asText())) {
                        throw new UserFacingException("规则编号不可修改（它关联条款）/ the rule id links the rule to its clause and cannot change: "
                                + r.path("ruleId").asText());
                    }
                    continue;
                }
                if (!PATCHABLE.contains(k)) {
                    throw new UserFacingException("补丁不能修改字段 " + k + "（可改：" + PATCHABLE + "）/ the patch cannot set " + k);
                }
                if (k.equals("verdict")) r.put("verdict", verdict(e.getValue().asText()));
                else r.set(k, e.getValue().deepCopy());
                if (!fields.contains(k)) fields.add(k);
            }
            JsonNode pc = patch.path("conditions");
            if (pc.isArray()) {
                for (JsonNode c : pc) AssistAttributes.spec(c.path("attribute").asText()).ifPresent(s -> attrs.put(s.name(), RuleJson.write(s)));
            }
        }
        return new Applied(r, List.copyOf(fields), attrs);
    }

    private static String verdict(String v) {
        try {
            return Verdict.valueOf(v.strip().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("未知的结论：" + v + "（可用 " + List.of(Verdict.values()) + "）/ unknown verdict " + v);
        }
    }
}
