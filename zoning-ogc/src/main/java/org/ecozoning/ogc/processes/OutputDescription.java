package org.ecozoning.ogc.processes;

import java.util.List;

/** One output of a process: identifier, bilingual title and the formats it can be delivered in (first = default). */
public record OutputDescription(String id, String titleZh, String titleEn, List<Format> formats) {
    public OutputDescription {
        formats = List.copyOf(formats);
    }

    public String title() { return titleZh + " / " + titleEn; }

    /** The format with this MIME type (null: the default), or null when not offered. */
    public Format format(String mimeType) {
        if (mimeType == null || mimeType.isBlank()) return formats.get(0);
        for (Format f : formats) if (Format.same(f.mimeType(), mimeType)) return f;
        for (Format f : formats) if (Format.base(f.mimeType()).equals(Format.base(mimeType)) && !mimeType.contains(";")) return f;
        return null;
    }
}
