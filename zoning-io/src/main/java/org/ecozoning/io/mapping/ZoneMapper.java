package org.ecozoning.io.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.io.qa.QaIssue;
import org.ecozoning.io.source.SourceFeature;
import org.ecozoning.io.source.SourceLayer;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.ZoneType;

/**
 * Turns an element-zone layer (as our exports write it: fields id, type, name — any case, or
 * 编号/类型/名称) into {@link ElementZone}s. The type is the {@link ZoneType} name or its Chinese
 * label; unknown types and missing geometries are errors naming the feature.
 */
public final class ZoneMapper {
    private ZoneMapper() { }

    /** The zones and the issues found. */
    public record Result(List<ElementZone> zones, List<QaIssue> issues) { }

    public static Result map(SourceLayer layer) {
        List<ElementZone> zones = new ArrayList<>();
        List<QaIssue> issues = new ArrayList<>();
        String idF = field(layer, "id", "编号", "zone_id");
        String typeF = field(layer, "type", "类型", "zone_type");
        String nameF = field(layer, "name", "名称", "zone_name");
        if (typeF == null) {
            issues.add(QaIssue.error(IssueCode.MISSING_FIELD, "要素管控分区图层缺少类型字段（type/类型）",
                    "the element-zone layer has no type field (type/类型)").withFile(layer.file()));
            return new Result(zones, issues);
        }
        for (SourceFeature f : layer.features()) {
            String id = idF == null ? null : f.text(idF);
            if (id == null) id = f.id() != null ? f.id() : "zone-" + (f.index() + 1);
            String t = f.text(typeF);
            ZoneType type = parseType(t);
            if (type == null) {
                issues.add(QaIssue.error(IssueCode.INVALID_VALUE, "要素管控分区类型“" + t + "”无法识别", "element-zone type '" + t + "' not recognised")
                        .withFile(layer.file()).withFeature(f.index(), id).withField(typeF));
                continue;
            }
            if (f.geometry() == null || f.geometry().isEmpty()) {
                issues.add(QaIssue.error(IssueCode.MISSING_GEOMETRY, "要素管控分区没有几何", "element zone has no geometry")
                        .withFile(layer.file()).withFeature(f.index(), id));
                continue;
            }
            String name = nameF == null ? null : f.text(nameF);
            zones.add(new ElementZone(id, type, name == null ? type.labelZh() : name, f.geometry()));
        }
        return new Result(zones, issues);
    }

    /** A zone type from its enum name or Chinese label, or null. */
    public static ZoneType parseType(String s) {
        if (s == null) return null;
        String v = s.strip();
        for (ZoneType t : ZoneType.values()) {
            if (t.name().equals(v.toUpperCase(Locale.ROOT)) || t.labelZh().equals(v)) return t;
        }
        return null;
    }

    private static String field(SourceLayer layer, String... names) {
        for (String n : names) for (String f : layer.fieldNames()) if (f.equalsIgnoreCase(n)) return f;
        return null;
    }
}
