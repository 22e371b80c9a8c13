package org.ecozoning.io.qa;

import java.util.Objects;

/**
 * One finding of the import QA: what is wrong (code, bilingual message), how bad (severity) and
 * where — the file, the feature (0-based index and/or its id or unit code), the field, and for
 * spatial findings a representative point (longitude, latitude in EPSG:4490) and the area in m².
 * Any of the location parts may be null when it does not apply.
 */
public record QaIssue(
        Severity severity,
        IssueCode code,
        String file,
        Integer featureIndex,
        String featureId,
        String field,
        String messageZh,
        String messageEn,
        Double lon,
        Double lat,
        Double areaM2) {

    public QaIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** Starts an issue; add location parts with the {@code with…} methods. */
    public static QaIssue of(Severity severity, IssueCode code, String messageZh, String messageEn) {
        return new QaIssue(severity, code, null, null, null, null, messageZh, messageEn, null, null, null);
    }

    public static QaIssue error(IssueCode code, String messageZh, String messageEn) {
        return of(Severity.ERROR, code, messageZh, messageEn);
    }

    public static QaIssue warning(IssueCode code, String messageZh, String messageEn) {
        return of(Severity.WARNING, code, messageZh, messageEn);
    }

    public QaIssue withFile(String f) {
        return new QaIssue(severity, code, f, featureIndex, featureId, field, messageZh, messageEn, lon, lat, areaM2);
    }

    public QaIssue withFeature(Integer index, String id) {
        return new QaIssue(severity, code, file, index, id, field, messageZh, messageEn, lon, lat, areaM2);
    }

    public QaIssue withField(String f) {
        return new QaIssue(severity, code, file, featureIndex, featureId, f, messageZh, messageEn, lon, lat, areaM2);
    }

    public QaIssue withLocation(double x, double y) {
        return new QaIssue(severity, code, file, featureIndex, featureId, field, messageZh, messageEn, x, y, areaM2);
    }

    public QaIssue withArea(double m2) {
        return new QaIssue(severity, code, file, featureIndex, featureId, field, messageZh, messageEn, lon, lat, m2);
    }

    /** "file, feature 3 (ZH…), field X" — the where, for messages and text reports. */
    public String where() {
        StringBuilder sb = new StringBuilder();
        if (file != null) sb.append(file);
        if (featureIndex != null || featureId != null) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append("要素/feature ");
            if (featureIndex != null) sb.append('#').append(featureIndex + 1);
            if (featureId != null) sb.append(featureIndex != null ? " (" + featureId + ")" : featureId);
        }
        if (field != null) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append("字段/field ").append(field);
        }
        if (lon != null && lat != null) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append(String.format(java.util.Locale.ROOT, "@ %.6f,%.6f", lon, lat));
        }
        return sb.toString();
    }

    /** One line: severity, code, where, Chinese / English message. */
    public String toLine() {
        String w = where();
        String area = areaM2 == null ? "" : String.format(java.util.Locale.ROOT, " [%.0f m²]", areaM2);
        return "[" + severity.labelZh() + "/" + severity + "] " + code + (w.isEmpty() ? "" : " " + w) + area + ": "
                + messageZh + " / " + messageEn;
    }
}
