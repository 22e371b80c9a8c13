package org.ecozoning.ogc.processes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of one execution, read completely from the request before any work starts (a worker
 * thread never touches the HTTP request), with typed accessors that raise bilingual
 * {@link ProcessException}s. {@link #check} validates against the process description:
 * unknown inputs, occurrences, literal allowed values, references (refused).
 */
public final class ProcessInputs {
    private final Map<String, List<InputValue>> values;

    public ProcessInputs(List<InputValue> list) {
        Map<String, List<InputValue>> m = new LinkedHashMap<>();
        for (InputValue v : list) m.computeIfAbsent(v.identifier(), k -> new ArrayList<>()).add(v);
        this.values = Collections.unmodifiableMap(m);
    }

    public Map<String, List<InputValue>> all() { return values; }

    /** Deletes every spooled value (request bodies parked in temporary files); called when the job ends. */
    public void discard() {
        values.values().forEach(l -> l.forEach(InputValue::discard));
    }

    /** The value of an input, or null. */
    public InputValue value(String id) {
        List<InputValue> l = values.get(id);
        return l == null || l.isEmpty() ? null : l.get(0);
    }

    /** A literal's text (trimmed), or null when absent or blank. */
    public String text(String id) {
        InputValue v = value(id);
        if (v == null || v.text() == null || v.text().isBlank()) return null;
        return v.text().trim();
    }

    public String require(String id) {
        String t = text(id);
        if (t == null) throw ProcessException.missing(id);
        return t;
    }

    /** A literal number, or null. */
    public Double number(String id) {
        String t = text(id);
        if (t == null) return null;
        try {
            double d = Double.parseDouble(t);
            if (!Double.isFinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw ProcessException.invalid(id, "应为有限数值，实为「" + t + "」", "expected a finite number, got \"" + t + "\"");
        }
    }

    /**
     * Checks the inputs against the description and the reference policy.
     *
     * @throws ProcessException for unknown inputs, too few or too many values, values not allowed,
     *         or references that the policy refuses
     */
    public void check(ProcessDescription d, ReferencePolicy refs) {
        for (Map.Entry<String, List<InputValue>> e : values.entrySet()) {
            InputDescription in = d.input(e.getKey());
            if (in == null) {
                throw ProcessException.invalid(e.getKey(), "过程 " + d.wpsId() + " 没有此输入（可用：" + ids(d) + "）",
                        "process " + d.wpsId() + " has no such input (inputs: " + ids(d) + ")");
            }
            if (e.getValue().size() > in.maxOccurs()) {
                throw ProcessException.invalid(in.id(), "最多允许 " + in.maxOccurs() + " 个值", "at most " + in.maxOccurs() + " value(s) allowed");
            }
            for (InputValue v : e.getValue()) {
                if (v.isReference()) refs.check(v);
                if (!in.complex() && !in.allowedValues().isEmpty() && v.text() != null && !v.text().isBlank()) {
                    String t = v.text().trim();
                    boolean ok = in.allowedValues().stream().anyMatch(a -> a.equalsIgnoreCase(t));
                    if (!ok) {
                        throw ProcessException.invalid(in.id(), "取值「" + t + "」不在允许值 " + in.allowedValues() + " 中",
                                "value \"" + t + "\" is not one of " + in.allowedValues());
                    }
                }
            }
        }
        for (InputDescription in : d.inputs()) {
            if (in.minOccurs() > 0 && !values.containsKey(in.id())) throw ProcessException.missing(in.id());
        }
    }

    private static String ids(ProcessDescription d) {
        return String.join(", ", d.inputs().stream().map(InputDescription::id).toList());
    }
}
