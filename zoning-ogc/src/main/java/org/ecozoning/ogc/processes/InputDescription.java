package org.ecozoning.ogc.processes;

import java.util.List;

/**
 * One input of a process as DescribeProcess and OGC API – Processes publish it: a literal (with a
 * data type and optional allowed values) or complex data (with formats, the first the default).
 */
public record InputDescription(String id, String titleZh, String titleEn, String abstractZh, boolean complex, String dataType,
                               List<String> allowedValues, List<Format> formats, int minOccurs, int maxOccurs) {
    public InputDescription {
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        formats = formats == null ? List.of() : List.copyOf(formats);
    }

    public static InputDescription literal(String id, String zh, String en, String abstractZh, String dataType, int min, List<String> allowed) {
        return new InputDescription(id, zh, en, abstractZh, false, dataType, allowed, List.of(), min, 1);
    }

    public static InputDescription complex(String id, String zh, String en, String abstractZh, int min, List<Format> formats) {
        return new InputDescription(id, zh, en, abstractZh, true, null, List.of(), formats, min, 1);
    }

    public String title() { return titleZh + " / " + titleEn; }
}
