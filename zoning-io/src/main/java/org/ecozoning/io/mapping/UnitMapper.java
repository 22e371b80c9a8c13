package org.ecozoning.io.mapping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecozoning.io.ProgressListener;
import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.io.qa.QaIssue;
import org.ecozoning.io.source.SourceFeature;
import org.ecozoning.io.source.SourceLayer;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitCode;
import org.ecozoning.model.UnitSubtype;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

/**
 * Turns the features of a unit layer into {@link ControlUnit}s and UNIT-level {@link Clause}s with
 * a {@link FieldMapping}, checking the attribute rules on the way: codes present, well-formed and
 * unique; class one of the three and agreeing with the code's class digit; names present;
 * divisions known; access lists present. Features that cannot become a unit (no usable code or
 * class, no polygon) are left out, with an error saying why. Clause ids are stable: unit code,
 * national field name of the dimension, item number (e.g. {@code ZH14010520003-KJBJYS-2}).
 */
public final class UnitMapper {
    private final FieldMapping mapping;
    private final AdminDivisions admin;

    /** The result of mapping one layer. */
    public record Result(List<ControlUnit> units, List<Clause> clauses, List<QaIssue> issues,
                         Map<String, Integer> featureIndexByCode) { }

    public UnitMapper(FieldMapping mapping, AdminDivisions admin) {
        this.mapping = mapping;
        this.admin = admin;
    }

    /** The stable id of the {@code n}-th (1-based) clause of a unit's dimension. */
    public static String clauseId(String unitCode, Dimension d, int n) {
        return unitCode + "-" + d.nationalField() + "-" + n;
    }

    public Result map(SourceLayer layer, ProgressListener progress) {
        String file = layer.file();
        FieldResolver r = new FieldResolver(mapping, layer.fieldNames());
        List<QaIssue> issues = new ArrayList<>();
        List<ControlUnit> units = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        String codeField = r.field(FieldMapping.Key.CODE);
        if (codeField == null) {
            issues.add(QaIssue.error(IssueCode.MISSING_FIELD,
                    "按字段映射“" + mapping.titleZh() + "”找不到单元编码字段（应为 " + mapping.fields(FieldMapping.Key.CODE)
                            + " 之一）；数据中的字段：" + layer.fieldNames(),
                    "field mapping '" + mapping.name() + "' finds no unit code field (one of " + mapping.fields(FieldMapping.Key.CODE)
                            + "); the data has: " + layer.fieldNames()).withFile(file));
            return new Result(units, clauses, issues, firstIndex);
        }
        if (r.field(FieldMapping.Key.NAME) == null) {
            issues.add(QaIssue.warning(IssueCode.MISSING_FIELD, "找不到单元名称字段（" + mapping.fields(FieldMapping.Key.NAME) + "），以单元编码作名称",
                    "no unit name field (" + mapping.fields(FieldMapping.Key.NAME) + "); the code is used as name").withFile(file));
        }
        if (r.field(FieldMapping.Key.CLASS) == null) {
            issues.add(QaIssue.warning(IssueCode.MISSING_FIELD, "找不到管控类别字段（" + mapping.fields(FieldMapping.Key.CLASS) + "），类别取自单元编码的类别位",
                    "no unit class field (" + mapping.fields(FieldMapping.Key.CLASS) + "); the class is taken from the code's class digit").withFile(file));
        }
        boolean anyDimension = r.hasAnyDimension();
        int total = layer.features().size();
        int done = 0;
        for (SourceFeature f : layer.features()) {
            ControlUnit u = unit(f, r, file, issues, firstIndex);
            if (u != null) {
                units.add(u);
                if (anyDimension) clauses.addAll(clauses(f, u, r, file, issues));
            }
            if (progress != null && (++done % 500 == 0 || done == total)) progress.progress("map", done, total);
        }
        if (!anyDimension && !units.isEmpty()) {
            issues.add(QaIssue.warning(IssueCode.MISSING_ACCESS_LIST,
                    "数据没有准入清单字段（" + Dimension.SPATIAL_LAYOUT.labelZh() + "等），" + units.size() + " 个单元都没有单元级准入要求",
                    "the data has no access-list fields (spatial layout etc.); none of the " + units.size() + " units has unit-level requirements")
                    .withFile(file));
        }
        return new Result(units, clauses, issues, firstIndex);
    }

    private ControlUnit unit(SourceFeature f, FieldResolver r, String file, List<QaIssue> issues, Map<String, Integer> firstIndex) {
        String codeField = r.field(FieldMapping.Key.CODE);
        String raw = f.text(codeField);
        int idx = f.index();
        if (raw == null) {
            issues.add(QaIssue.error(IssueCode.MALFORMED_CODE, "单元编码为空", "unit code is empty").withFile(file).withFeature(idx, f.id()).withField(codeField));
            return null;
        }
        String code = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!UnitCode.isValid(code)) {
            issues.add(QaIssue.error(IssueCode.MALFORMED_CODE,
                    "单元编码格式错误：" + raw + "（应为 ZH + 6 位行政区划代码 + 类别位 1/2/3 + 4 位序号，如 ZH14010520003）",
                    "malformed unit code: " + raw + " (expected ZH + 6-digit admin code + class digit 1/2/3 + 4-digit sequence, e.g. ZH14010520003)")
                    .withFile(file).withFeature(idx, raw).withField(codeField));
            return null;
        }
        boolean duplicate = firstIndex.containsKey(code);
        if (duplicate) {
            issues.add(QaIssue.error(IssueCode.DUPLICATE_CODE, "单元编码重复：" + code + "，与第 " + (firstIndex.get(code) + 1) + " 个要素相同",
                    "duplicate unit code " + code + ", same as feature #" + (firstIndex.get(code) + 1))
                    .withFile(file).withFeature(idx, code).withField(codeField));
        } else {
            firstIndex.put(code, idx);
        }
        UnitCode unitCode = new UnitCode(code);
        // Class
        String classField = r.field(FieldMapping.Key.CLASS);
        String classRaw = classField == null ? null : f.text(classField);
        UnitClass cls;
        if (classRaw == null) {
            cls = unitCode.unitClass();
            if (classField != null) {
                issues.add(QaIssue.warning(IssueCode.INVALID_VALUE, "管控类别为空，取编码类别位 " + cls.digit(), "unit class is empty; using the code's class digit " + cls.digit())
                        .withFile(file).withFeature(idx, code).withField(classField));
            }
        } else {
            cls = mapping.parseClass(classRaw);
            if (cls == null) {
                issues.add(QaIssue.error(IssueCode.CLASS_OUT_OF_RANGE,
                        "管控类别“" + classRaw + "”不在三类之内（1 优先保护、2 重点管控、3 一般管控）",
                        "unit class '" + classRaw + "' is not one of the three classes (1 priority protection, 2 key control, 3 general control)")
                        .withFile(file).withFeature(idx, code).withField(classField));
                return null;
            }
            if (cls != unitCode.unitClass()) {
                issues.add(QaIssue.error(IssueCode.CLASS_CODE_MISMATCH,
                        "管控类别为" + cls.labelZh() + "（" + cls.digit() + "），但单元编码的类别位是 " + unitCode.unitClass().digit(),
                        "unit class is " + cls.labelEn() + " (" + cls.digit() + ") but the code's class digit is " + unitCode.unitClass().digit())
                        .withFile(file).withFeature(idx, code).withField(classField));
                return null;
            }
        }
        if (duplicate) return null; // its class was still checked above
        // Name
        String nameField = r.field(FieldMapping.Key.NAME);
        String name = nameField == null ? null : f.text(nameField);
        if (name == null) {
            if (nameField != null) {
                issues.add(QaIssue.warning(IssueCode.MISSING_NAME, "单元名称为空，以编码作名称", "unit name is empty; the code is used")
                        .withFile(file).withFeature(idx, code).withField(nameField));
            }
            name = code;
        }
        UnitSubtype subtype = subtype(f, r, cls, name, code, file, issues);
        // Geometry
        Geometry g = polygonal(f.geometry());
        if (f.geometry() == null || f.geometry().isEmpty()) {
            issues.add(QaIssue.error(IssueCode.MISSING_GEOMETRY, "管控单元没有几何", "control unit has no geometry").withFile(file).withFeature(idx, code));
            return null;
        }
        if (g == null) {
            issues.add(QaIssue.error(IssueCode.UNSUPPORTED_GEOMETRY, "管控单元必须是面，实际是 " + f.geometry().getGeometryType(),
                    "a control unit must be a polygon, got " + f.geometry().getGeometryType()).withFile(file).withFeature(idx, code));
            return null;
        }
        String[] a = admin(f, r, unitCode, file, issues);
        return new ControlUnit(unitCode, name, cls, subtype, a[0], a[1], a[2], a[3], g);
    }

    private UnitSubtype subtype(SourceFeature f, FieldResolver r, UnitClass cls, String name, String code, String file, List<QaIssue> issues) {
        String field = r.field(FieldMapping.Key.SUBTYPE);
        String raw = field == null ? null : f.text(field);
        if (raw != null) {
            UnitSubtype s = mapping.parseSubtype(raw);
            if (s != null && s.unitClass() == cls) return s;
            issues.add(QaIssue.warning(IssueCode.SUBTYPE_UNKNOWN,
                    s == null ? "单元子类“" + raw + "”无法识别，按名称推断" : "单元子类“" + raw + "”不属于" + cls.labelZh() + "，按名称推断",
                    s == null ? "unit subtype '" + raw + "' not recognised; inferring from the name"
                            : "unit subtype '" + raw + "' is not of class " + cls.labelEn() + "; inferring from the name")
                    .withFile(file).withFeature(f.index(), code).withField(field));
        }
        UnitSubtype s = SubtypeInference.fromName(name, cls);
        if (s != null) return s;
        UnitSubtype d = mapping.defaultSubtype(cls);
        issues.add(QaIssue.warning(IssueCode.SUBTYPE_UNKNOWN,
                "无法从名称“" + name + "”判断单元子类，按类别默认为" + d.labelZh(),
                "cannot tell the subtype from the name '" + name + "'; defaulting to " + d.labelEn() + " for the class")
                .withFile(file).withFeature(f.index(), code));
        return d;
    }

    /** {cityCode, cityName, countyCode, countyName}. */
    private String[] admin(SourceFeature f, FieldResolver r, UnitCode code, String file, List<QaIssue> issues) {
        String cityName = text(f, r, FieldMapping.Key.CITY_NAME);
        String cityCode = digits6(text(f, r, FieldMapping.Key.CITY_CODE));
        String countyName = text(f, r, FieldMapping.Key.COUNTY_NAME);
        String countyCode = digits6(text(f, r, FieldMapping.Key.COUNTY_CODE));
        String codeAdmin = code.adminCode();
        if (countyCode == null && countyName != null && admin != null) {
            AdminDivisions.County c = admin.countyByName(cityName, countyName);
            if (c != null) {
                countyCode = c.code();
            } else {
                issues.add(QaIssue.warning(IssueCode.ADMIN_UNKNOWN,
                        "区县名称“" + countyName + "”" + (cityName == null ? "" : "（" + cityName + "）") + "无法识别，区县代码取自单元编码",
                        "county name '" + countyName + "'" + (cityName == null ? "" : " (" + cityName + ")")
                                + " not recognised; the county code is taken from the unit code")
                        .withFile(file).withFeature(f.index(), code.value()).withField(r.field(FieldMapping.Key.COUNTY_NAME)));
            }
        }
        boolean codeIsCounty = !codeAdmin.endsWith("00");
        if (countyCode == null && codeIsCounty) {
            countyCode = codeAdmin;
        } else if (countyCode != null && codeIsCounty && !countyCode.equals(codeAdmin)) {
            issues.add(QaIssue.warning(IssueCode.ADMIN_MISMATCH,
                    "区县（" + countyCode + (countyName == null ? "" : " " + countyName) + "）与单元编码中的行政区划代码 " + codeAdmin + " 不一致",
                    "county (" + countyCode + (countyName == null ? "" : " " + countyName) + ") disagrees with the admin code " + codeAdmin + " in the unit code")
                    .withFile(file).withFeature(f.index(), code.value()));
        }
        if (cityCode == null && cityName != null && admin != null) cityCode = admin.cityCode(cityName);
        if (cityCode == null && countyCode != null) cityCode = countyCode.substring(0, 4) + "00";
        if (cityCode == null && codeAdmin.endsWith("00") && !codeAdmin.endsWith("0000")) cityCode = codeAdmin;
        if (admin != null) {
            AdminDivisions.County c = admin.county(countyCode);
            if (countyName == null && c != null) countyName = c.name();
            if (cityName == null) cityName = admin.cityName(cityCode);
        }
        return new String[] {cityCode, cityName, countyCode, countyName};
    }

    private static String text(SourceFeature f, FieldResolver r, FieldMapping.Key k) {
        String field = r.field(k);
        return field == null ? null : f.text(field);
    }

    private static String digits6(String s) {
        if (s == null) return null;
        String t = s.strip();
        if (t.endsWith(".0")) t = t.substring(0, t.length() - 2);
        return t.matches("\\d{6}") ? t : t.matches("\\d{9}|\\d{12}") ? t.substring(0, 6) : null;
    }

    /** The polygonal part of a geometry (polygons of a collection), or null when it has none. */
    public static Geometry polygonal(Geometry g) {
        if (g == null || g.isEmpty()) return null;
        if (g instanceof Polygonal) return g;
        if (g instanceof GeometryCollection gc) {
            List<Polygon> ps = new ArrayList<>();
            for (int i = 0; i < gc.getNumGeometries(); i++) {
                Geometry p = polygonal(gc.getGeometryN(i));
                if (p == null) continue;
                for (int k = 0; k < p.getNumGeometries(); k++) ps.add((Polygon) p.getGeometryN(k));
            }
            if (ps.isEmpty()) return null; // points or lines only; label points beside polygons (KML) are dropped
            return ps.size() == 1 ? ps.get(0) : g.getFactory().createMultiPolygon(ps.toArray(Polygon[]::new));
        }
        return null;
    }

    private List<Clause> clauses(SourceFeature f, ControlUnit u, FieldResolver r, String file, List<QaIssue> issues) {
        List<Clause> out = new ArrayList<>();
        Map<Dimension, Integer> counts = new EnumMap<>(Dimension.class);
        List<String> missing = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            String field = r.dimensionField(d);
            List<String> items = field == null ? List.of() : ClauseSplitter.split(f.text(field));
            if (items.isEmpty()) missing.add(d.labelZh());
            int n = 0;
            for (String item : items) {
                out.add(new Clause(clauseId(u.code().value(), d, ++n), ListLevel.UNIT, u.code().value(), d, item, List.of()));
            }
            counts.put(d, n);
        }
        if (!missing.isEmpty()) {
            boolean all = missing.size() == Dimension.values().length;
            issues.add(QaIssue.warning(IssueCode.MISSING_ACCESS_LIST,
                    all ? "单元没有任何准入要求" : "单元缺少准入要求：" + String.join("、", missing),
                    all ? "the unit has no access-list requirement" : "the unit lacks requirements for: " + englishOf(missing))
                    .withFile(file).withFeature(f.index(), u.code().value()));
        }
        return out;
    }

    private static String englishOf(List<String> zh) {
        List<String> en = new ArrayList<>();
        for (Dimension d : Dimension.values()) if (zh.contains(d.labelZh())) en.add(d.labelEn());
        return String.join(", ", en);
    }
}
