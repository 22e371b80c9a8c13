package org.ecozoning.feature;

import java.util.Objects;

/** One non-spatial attribute of a feature type: its name, value type and Chinese title. */
public record AttributeDescriptor(String name, AttributeType type, String titleZh) {
    public AttributeDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (titleZh == null) titleZh = name;
    }
}
