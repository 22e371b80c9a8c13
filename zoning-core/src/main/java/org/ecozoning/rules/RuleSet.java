package org.ecozoning.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecozoning.model.ZoneType;

/**
 * A versioned set of rules as loaded from one rule file, with the attribute declarations the
 * rules' conditions refer to. Immutable.
 */
public final class RuleSet {
    private final String schema;
    private final String version;
    private final String titleZh;
    private final Map<String, AttributeSpec> attributes;
    private final List<Rule> rules;
    private final Map<String, Rule> byId;

    public RuleSet(String schema, String version, String titleZh, Map<String, AttributeSpec> attributes, List<Rule> rules) {
        this.schema = schema;
        this.version = version;
        this.titleZh = titleZh == null ? "" : titleZh;
        this.attributes = Map.copyOf(attributes);
        this.rules = List.copyOf(rules);
        Map<String, Rule> m = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (m.put(r.id(), r) != null) throw new IllegalArgumentException("duplicate rule id " + r.id());
        }
        this.byId = java.util.Collections.unmodifiableMap(m);
    }

    public String schema() { return schema; }

    public String version() { return version; }

    public String titleZh() { return titleZh; }

    /** The rules in file order. */
    public List<Rule> rules() { return rules; }

    public Optional<Rule> rule(String id) { return Optional.ofNullable(byId.get(id)); }

    /** Declared attributes by name. */
    public Map<String, AttributeSpec> attributes() { return attributes; }

    /** The largest {@code withinMeters} any rule uses for a zone type (0 when none). */
    public double maxWithinMeters(ZoneType type) {
        double max = 0;
        for (Rule r : rules) {
            for (ZoneScope z : r.scope().zones()) if (z.type() == type) max = Math.max(max, z.withinMeters());
        }
        return max;
    }
}
