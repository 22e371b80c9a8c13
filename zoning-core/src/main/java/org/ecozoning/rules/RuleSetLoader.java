package org.ecozoning.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.industry.UnknownIndustryException;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.model.ZoneType;

/**
 * Reads and validates a rule file ({@code "schema": "ecozoning-rules/1"}). Everything is checked
 * before a rule exists: unknown fields, unknown enum values (the message lists the allowed ones),
 * industry codes absent from GB/T 4754-2017, undeclared attributes, duplicate ids. A file that
 * loads is a file the engine can run.
 */
public final class RuleSetLoader {
    /** The only schema this loader reads. */
    public static final String SCHEMA = "ecozoning-rules/1";
    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final IndustryCatalog catalog;

    public RuleSetLoader(IndustryCatalog catalog) { this.catalog = catalog; }

    /** Loads a rule file from disk. */
    public RuleSet load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        } catch (IOException e) {
            throw new RuleFileException(file.toString(), "无法读取：" + e.getMessage(), "cannot read: " + e.getMessage(), e);
        }
    }

    /** Loads a rule file from a stream (UTF-8 JSON). */
    public RuleSet load(InputStream in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : "第 " + e.getLocation().getLineNr() + " 行";
            throw new RuleFileException("JSON " + at, "JSON 格式错误：" + e.getOriginalMessage(), "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RuleFileException("JSON", "无法读取：" + e.getMessage(), "cannot read: " + e.getMessage(), e);
        }
        return parse(root);
    }

    /** Validates an already parsed rule document. */
    public RuleSet parse(JsonNode root) {
        if (root == null || !root.isObject()) throw err("根对象", "必须是 JSON 对象", "the document must be a JSON object");
        allowOnly(root, "根对象", "schema", "version", "title", "source", "attributes", "rules");
        String schema = text(root, "schema", "根对象", true);
        if (!SCHEMA.equals(schema)) {
            throw err("schema", "不支持的 schema「" + schema + "」，应为 " + SCHEMA, "unsupported schema \"" + schema + "\", expected " + SCHEMA);
        }
        String version = text(root, "version", "根对象", true);
        String titleZh = root.has("title") ? bilingual(root.get("title"), "title", false)[0] : "";

        Map<String, AttributeSpec> attributes = new LinkedHashMap<>();
        JsonNode attrs = root.get("attributes");
        if (attrs != null) {
            if (!attrs.isObject()) throw err("attributes", "必须是对象", "must be an object");
            for (Map.Entry<String, JsonNode> e : attrs.properties()) {
                String where = "attributes." + e.getKey();
                JsonNode a = e.getValue();
                if (!a.isObject()) throw err(where, "必须是对象", "must be an object");
                allowOnly(a, where, "zh", "en", "unit");
                attributes.put(e.getKey(), new AttributeSpec(e.getKey(), text(a, "zh", where, true), text(a, "en", where, false),
                        text(a, "unit", where, false)));
            }
        }

        JsonNode rulesNode = root.get("rules");
        if (rulesNode == null || !rulesNode.isArray() || rulesNode.isEmpty()) {
            throw err("rules", "缺少规则数组或为空", "\"rules\" must be a non-empty array");
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < rulesNode.size(); i++) {
            JsonNode r = rulesNode.get(i);
            String where = "rules[" + i + "]";
            if (!r.isObject()) throw err(where, "必须是对象", "must be an object");
            String id = text(r, "ruleId", where, true);
            where = where + " " + id;
            if (!RULE_ID.matcher(id).matches()) {
                throw err(where, "ruleId 只能由大写字母、数字和连字符组成（如 YR-CHEM）", "ruleId must be upper-case letters, digits and hyphens (e.g. YR-CHEM)");
            }
            if (!ids.add(id)) throw err(where, "ruleId 重复：" + id, "duplicate ruleId " + id);
            rules.add(rule(r, id, where, attributes));
        }
        return new RuleSet(schema, version, titleZh, attributes, rules);
    }

    private Rule rule(JsonNode r, String id, String where, Map<String, AttributeSpec> attributes) {
        allowOnly(r, where, "ruleId", "title", "section", "dimension", "verdict", "flags", "scope", "industries", "natures",
                "conditions", "requirement", "note");
        String[] title = bilingual(required(r, "title", where), where + ".title", true);
        String section = text(r, "section", where, false);
        Dimension dimension = enumValue(Dimension.class, text(r, "dimension", where, true), where + ".dimension");
        Verdict verdict = enumValue(Verdict.class, text(r, "verdict", where, true), where + ".verdict");
        if (!verdict.isRuleVerdict()) {
            throw err(where + ".verdict", "规则不能使用 OUTSIDE", "a rule cannot carry OUTSIDE (it is only an overall verdict)");
        }
        Set<RuleFlag> flags = EnumSet.noneOf(RuleFlag.class);
        JsonNode fl = r.get("flags");
        if (fl != null) {
            if (!fl.isArray()) throw err(where + ".flags", "必须是数组", "must be an array");
            for (JsonNode f : fl) flags.add(enumValue(RuleFlag.class, f.asText(), where + ".flags"));
        }
        SpatialScope scope = scope(required(r, "scope", where), where + ".scope");
        IndustryMatcher industries = industries(required(r, "industries", where), where + ".industries");
        Set<ProjectNature> natures = natures(r.get("natures"), where + ".natures");
        List<AttributeCondition> conditions = new ArrayList<>();
        JsonNode cs = r.get("conditions");
        if (cs != null) {
            if (!cs.isArray()) throw err(where + ".conditions", "必须是数组", "must be an array");
            for (int i = 0; i < cs.size(); i++) conditions.add(condition(cs.get(i), where + ".conditions[" + i + "]", attributes));
        }
        String[] requirement = bilingual(required(r, "requirement", where), where + ".requirement", true);
        String note = text(r, "note", where, false);
        return new Rule(id, title[0], title[1], section, dimension, verdict, flags, scope, industries, natures, conditions,
                requirement[0], requirement[1], note);
    }

    private SpatialScope scope(JsonNode s, String where) {
        if (!s.isObject()) throw err(where, "必须是对象", "must be an object");
        allowOnly(s, where, "provinceWide", "unitClasses", "unitSubtypes", "zones");
        boolean provinceWide = false;
        if (s.has("provinceWide")) {
            if (!s.get("provinceWide").isBoolean()) throw err(where + ".provinceWide", "必须是 true 或 false", "must be true or false");
            provinceWide = s.get("provinceWide").asBoolean();
        }
        Set<UnitClass> classes = EnumSet.noneOf(UnitClass.class);
        for (String v : strings(s.get("unitClasses"), where + ".unitClasses")) classes.add(enumValue(UnitClass.class, v, where + ".unitClasses"));
        Set<UnitSubtype> subtypes = EnumSet.noneOf(UnitSubtype.class);
        for (String v : strings(s.get("unitSubtypes"), where + ".unitSubtypes")) subtypes.add(enumValue(UnitSubtype.class, v, where + ".unitSubtypes"));
        List<ZoneScope> zones = new ArrayList<>();
        JsonNode zs = s.get("zones");
        if (zs != null) {
            if (!zs.isArray()) throw err(where + ".zones", "必须是数组", "must be an array");
            for (int i = 0; i < zs.size(); i++) {
                JsonNode z = zs.get(i);
                String w = where + ".zones[" + i + "]";
                if (!z.isObject()) throw err(w, "必须是对象", "must be an object");
                allowOnly(z, w, "type", "withinMeters", "nameContains");
                ZoneType type = enumValue(ZoneType.class, text(z, "type", w, true), w + ".type");
                double within = 0;
                if (z.has("withinMeters")) {
                    JsonNode n = z.get("withinMeters");
                    if (!n.isNumber() || !(n.asDouble() >= 0) || Double.isInfinite(n.asDouble())) {
                        throw err(w + ".withinMeters", "必须是不小于 0 的数", "must be a number >= 0");
                    }
                    within = n.asDouble();
                }
                zones.add(new ZoneScope(type, within, strings(z.get("nameContains"), w + ".nameContains")));
            }
        }
        if (!provinceWide && classes.isEmpty() && subtypes.isEmpty() && zones.isEmpty()) {
            throw err(where, "空间范围为空：需要 provinceWide、unitClasses、unitSubtypes 或 zones 之一",
                    "empty scope: give provinceWide, unitClasses, unitSubtypes or zones");
        }
        return new SpatialScope(provinceWide, classes, subtypes, zones);
    }

    private IndustryMatcher industries(JsonNode n, String where) {
        if (n.isTextual()) {
            if ("ANY".equalsIgnoreCase(n.asText())) return IndustryMatcher.ANY;
            throw err(where, "应为 \"ANY\" 或 {include, exclude} 对象", "must be \"ANY\" or an object {include, exclude}");
        }
        if (!n.isObject()) throw err(where, "应为 \"ANY\" 或 {include, exclude} 对象", "must be \"ANY\" or an object {include, exclude}");
        allowOnly(n, where, "include", "exclude");
        List<String> include = codes(n.get("include"), where + ".include");
        List<String> exclude = codes(n.get("exclude"), where + ".exclude");
        if (include.isEmpty()) return new IndustryMatcher(true, List.of(), exclude);
        return new IndustryMatcher(false, include, exclude);
    }

    private List<String> codes(JsonNode n, String where) {
        List<String> out = new ArrayList<>();
        for (String c : strings(n, where)) {
            try {
                out.add(catalog.require(c).code());
            } catch (UnknownIndustryException e) {
                throw new RuleFileException(where, e.messageZh(), e.messageEn(), e);
            }
        }
        return out;
    }

    private Set<ProjectNature> natures(JsonNode n, String where) {
        if (n == null || (n.isTextual() && "ANY".equalsIgnoreCase(n.asText()))) return EnumSet.allOf(ProjectNature.class);
        if (!n.isArray() || n.isEmpty()) throw err(where, "应为 \"ANY\" 或非空数组", "must be \"ANY\" or a non-empty array");
        Set<ProjectNature> out = EnumSet.noneOf(ProjectNature.class);
        for (JsonNode v : n) out.add(enumValue(ProjectNature.class, v.asText(), where));
        return out;
    }

    private AttributeCondition condition(JsonNode c, String where, Map<String, AttributeSpec> attributes) {
        if (!c.isObject()) throw err(where, "必须是对象", "must be an object");
        allowOnly(c, where, "attribute", "op", "value", "ifMissing");
        String attribute = text(c, "attribute", where, true);
        if (!attributes.containsKey(attribute)) {
            throw err(where + ".attribute", "属性「" + attribute + "」未在 attributes 中声明（已声明：" + attributes.keySet() + "）",
                    "attribute \"" + attribute + "\" is not declared in \"attributes\" (declared: " + attributes.keySet() + ")");
        }
        String opText = text(c, "op", where, true);
        Operator op = Operator.ofSymbol(opText);
        if (op == null) throw err(where + ".op", "未知运算符「" + opText + "」，可用 < <= > >= == !=", "unknown operator \"" + opText + "\"; use < <= > >= == !=");
        JsonNode v = c.get("value");
        if (v == null || !v.isNumber()) throw err(where + ".value", "必须是数字", "must be a number");
        MissingPolicy ifMissing = c.has("ifMissing") ? enumValue(MissingPolicy.class, c.get("ifMissing").asText(), where + ".ifMissing")
                : MissingPolicy.NO_MATCH;
        return new AttributeCondition(attribute, op, v.asDouble(), ifMissing);
    }

    // --- small helpers ------------------------------------------------------------------------

    private static JsonNode required(JsonNode o, String field, String where) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) throw err(where, "缺少字段「" + field + "」", "missing field \"" + field + "\"");
        return n;
    }

    private static String text(JsonNode o, String field, String where, boolean required) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            if (required) throw err(where, "缺少字段「" + field + "」", "missing field \"" + field + "\"");
            return null;
        }
        if (!n.isTextual()) throw err(where + "." + field, "必须是字符串", "must be a string");
        String s = n.asText().trim();
        if (required && s.isEmpty()) throw err(where + "." + field, "不能为空", "must not be empty");
        return s;
    }

    /** {"zh": …, "en": …} (or a plain Chinese string) → [zh, en]. */
    private static String[] bilingual(JsonNode n, String where, boolean required) {
        if (n.isTextual()) return new String[] {n.asText(), ""};
        if (!n.isObject()) throw err(where, "应为 {\"zh\": …, \"en\": …}", "must be {\"zh\": …, \"en\": …}");
        allowOnly(n, where, "zh", "en");
        String zh = text(n, "zh", where, required);
        String en = text(n, "en", where, false);
        return new String[] {zh == null ? "" : zh, en == null ? "" : en};
    }

    private static List<String> strings(JsonNode n, String where) {
        if (n == null || n.isNull()) return List.of();
        if (!n.isArray()) throw err(where, "必须是字符串数组", "must be an array of strings");
        List<String> out = new ArrayList<>();
        for (JsonNode v : n) {
            if (!v.isTextual()) throw err(where, "必须是字符串数组", "must be an array of strings");
            out.add(v.asText().trim());
        }
        return out;
    }

    private static void allowOnly(JsonNode o, String where, String... allowed) {
        List<String> ok = Arrays.asList(allowed);
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!ok.contains(f)) {
                throw err(where, "未知字段「" + f + "」（允许：" + String.join(", ", allowed) + "）",
                        "unknown field \"" + f + "\" (allowed: " + String.join(", ", allowed) + ")");
            }
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String where) {
        for (E e : type.getEnumConstants()) if (e.name().equals(value)) return e;
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        throw err(where, "未知取值「" + value + "」，可用：" + names, "unknown value \"" + value + "\"; allowed: " + names);
    }

    private static RuleFileException err(String where, String zh, String en) {
        return new RuleFileException(where, zh, en);
    }
}
