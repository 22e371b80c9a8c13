package org.ecozoning.server.assist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.rules.AttributeCondition;
import org.ecozoning.rules.AttributeSpec;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.rules.Rule;
import org.ecozoning.rules.RuleFlag;
import org.ecozoning.rules.RuleSetLoader;
import org.ecozoning.rules.ZoneScope;

/**
 * Writes engine {@link Rule}s in the rule-file format ({@code ecozoning-rules/1}, docs/RULES-FILE.md)
 * and adds accepted rules to a rules document: the way proposals become part of a draft's rules,
 * checked by loading the result with {@link RuleSetLoader} before anything is stored.
 */
public final class RuleJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private RuleJson() { }

    /** One rule as a rule-file entry. */
    public static ObjectNode write(Rule r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("ruleId", r.id());
        bilingual(n.putObject("title"), r.titleZh(), r.titleEn());
        if (!r.section().isEmpty()) n.put("section", r.section());
        n.put("dimension", r.dimension().name());
        n.put("verdict", r.verdict().name());
        if (!r.flags().isEmpty()) {
            ArrayNode f = n.putArray("flags");
            for (RuleFlag x : EnumSet.copyOf(r.flags())) f.add(x.name());
        }
        ObjectNode s = n.putObject("scope");
        if (r.scope().provinceWide()) s.put("provinceWide", true);
        if (!r.scope().unitClasses().isEmpty()) names(s.putArray("unitClasses"), r.scope().unitClasses());
        if (!r.scope().unitSubtypes().isEmpty()) names(s.putArray("unitSubtypes"), r.scope().unitSubtypes());
        if (!r.scope().zones().isEmpty()) {
            ArrayNode zs = s.putArray("zones");
            for (ZoneScope z : r.scope().zones()) {
                ObjectNode zn = zs.addObject();
                zn.put("type", z.type().name());
                if (z.withinMeters() > 0) zn.put("withinMeters", z.withinMeters());
                if (!z.nameContains().isEmpty()) z.nameContains().forEach(zn.putArray("nameContains")::add);
            }
        }
        if (r.industries().any() && r.industries().exclude().isEmpty()) {
            n.put("industries", "ANY");
        } else {
            ObjectNode i = n.putObject("industries");
            if (!r.industries().any()) r.industries().include().forEach(i.putArray("include")::add);
            if (!r.industries().exclude().isEmpty()) r.industries().exclude().forEach(i.putArray("exclude")::add);
        }
        if (r.natures().size() == ProjectNature.values().length) {
            n.put("natures", "ANY");
        } else {
            names(n.putArray("natures"), EnumSet.copyOf(r.natures()));
        }
        if (!r.conditions().isEmpty()) {
            ArrayNode cs = n.putArray("conditions");
            for (AttributeCondition c : r.conditions()) {
                ObjectNode cn = cs.addObject();
                cn.put("attribute", c.attribute());
                cn.put("op", c.op().symbol());
                cn.put("value", c.value());
                if (c.ifMissing() != null) cn.put("ifMissing", c.ifMissing().name());
            }
        }
        bilingual(n.putObject("requirement"), r.requirementZh(), r.requirementEn());
        if (!r.note().isEmpty()) n.put("note", r.note());
        return n;
    }

    /** An attribute declaration ({@code {"zh":…, "en":…, "unit":…}}). */
    public static ObjectNode write(AttributeSpec a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("zh", a.labelZh());
        if (a.labelEn() != null && !a.labelEn().isEmpty()) n.put("en", a.labelEn());
        if (a.unit() != null && !a.unit().isEmpty()) n.put("unit", a.unit());
        return n;
    }

    /**
     * Adds (or replaces, by rule id) {@code rule} in {@code document} and declares the attributes
     * it needs that the document lacks; validates the result.
     *
     * @param document   a rules document ({@code ecozoning-rules/1})
     * @param rule       the rule entry (rule-file format)
     * @param attributes declarations by attribute name (rule-file format)
     * @param catalog    the industry catalog for validation
     * @return the new document, pretty-printed
     */
    public static String withRule(String document, JsonNode rule, Map<String, JsonNode> attributes, IndustryCatalog catalog) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(document);
            ObjectNode attrs = root.has("attributes") ? (ObjectNode) root.get("attributes") : root.putObject("attributes");
            attributes.forEach((k, v) -> {
                if (!attrs.has(k)) attrs.set(k, v);
            });
            ArrayNode rules = (ArrayNode) root.get("rules");
            String id = rule.path("ruleId").asText();
            boolean replaced = false;
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i).path("ruleId").asText().equals(id)) {
                    rules.set(i, rule);
                    replaced = true;
                }
            }
            if (!replaced) rules.add(rule);
            String out = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
            new RuleSetLoader(catalog).load(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void bilingual(ObjectNode n, String zh, String en) {
        n.put("zh", zh);
        if (en != null && !en.isEmpty()) n.put("en", en);
    }

    private static void names(ArrayNode a, Collection<? extends Enum<?>> values) {
        values.stream().map(Enum::name).sorted().forEach(a::add);
    }
}
