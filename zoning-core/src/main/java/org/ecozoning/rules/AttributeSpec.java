package org.ecozoning.rules;

import java.util.Objects;

/**
 * A numeric project attribute that rules may test, declared in the rule file with its labels and
 * unit (e.g. {@code capacityMW}: 装机容量, MW). Declaring it is all a new attribute needs.
 */
public record AttributeSpec(String name, String labelZh, String labelEn, String unit) {
    public AttributeSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(labelZh, "labelZh");
        labelEn = labelEn == null ? name : labelEn;
        unit = unit == null ? "" : unit;
    }
}
