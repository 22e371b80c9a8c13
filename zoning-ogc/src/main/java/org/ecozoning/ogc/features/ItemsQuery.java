package org.ecozoning.ogc.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.AttributeType;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.filter.Expression;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.ogc.common.Crs;
import org.ecozoning.ogc.common.CrsSupport;
import org.ecozoning.ogc.common.DateTimeInterval;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.ProblemException;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The query parameters of {@code /collections/{id}/items} after validation: page
 * ({@code limit}, {@code offset}), one filter in the storage CRS combining {@code bbox},
 * queryable parameters ({@code name=value}) and the CQL2 {@code filter}, the output CRS, the
 * properties to return and the {@code datetime} for the scheme-version hook. Any parameter the
 * API does not define is refused (Part 1, /req/core/query-param-unknown).
 *
 * @param properties the attributes to return, or null for all
 * @param datetime the time asked for, or null when absent
 * @param linkParams the request's parameters (first values, as sent) without {@code offset} and
 *     {@code f}: the base of self, alternate, next and prev links
 */
record ItemsQuery(int limit, long offset, Filter filter, Crs outputCrs, String outputCrsUri, List<String> properties,
        DateTimeInterval datetime, Map<String, String> linkParams) {

    /** Parameters of the items resource besides the queryables. */
    static final List<String> PARAMETERS = List.of("f", "limit", "offset", "bbox", "bbox-crs", "crs", "datetime", "properties", "filter",
            "filter-lang", "filter-crs");

    /** Parameters of a single feature. */
    static final List<String> FEATURE_PARAMETERS = List.of("f", "crs", "properties");

    private static final GeometryFactory GF = new GeometryFactory();

    /** Whether the feature property is wanted in the output (the geometry always is). */
    boolean wants(FeatureType type, String name) {
        return properties == null || name.equals(type.geometryName()) || properties.contains(name);
    }

    static ItemsQuery parse(OgcRequest r, FeatureType type, FeaturesConfig config, CrsUris crs) {
        Set<String> allowed = new LinkedHashSet<>(PARAMETERS);
        for (AttributeDescriptor a : type.attributes()) allowed.add(a.name());
        checkParameters(r, allowed);

        int limit = config.defaultLimit();
        String l = r.param("limit");
        if (l != null) {
            long v = integer("limit", l);
            if (v < 1) throw ProblemException.invalidParameter("limit", "应为不小于 1 的整数：" + l, "must be an integer of at least 1: " + l);
            limit = (int) Math.min(v, config.maxLimit());
        }
        long offset = 0;
        String o = r.param("offset");
        if (o != null) {
            offset = integer("offset", o);
            if (offset < 0) throw ProblemException.invalidParameter("offset", "应为非负整数：" + o, "must be a non-negative integer: " + o);
        }

        List<Filter> parts = new ArrayList<>();
        String bbox = r.param("bbox");
        if (bbox != null) parts.add(bbox(bbox, crs.resolve(r.param("bbox-crs"), "bbox-crs"), type, config.crs()));
        for (AttributeDescriptor a : type.attributes()) {
            String v = r.param(a.name());
            if (v != null) parts.add(equalTo(a, v));
        }
        String filter = r.param("filter");
        if (filter != null) {
            String lang = r.param("filter-lang");
            if (lang != null && !lang.trim().equalsIgnoreCase("cql2-text")) {
                throw ProblemException.invalidParameter("filter-lang", "不支持的过滤语言 " + lang + "（仅支持 cql2-text）",
                        "unsupported filter language " + lang + " (only cql2-text)");
            }
            Crs filterCrs = crs.resolve(r.param("filter-crs"), "filter-crs");
            try {
                parts.add(new Cql2TextParser(type, config.crs(), filterCrs).parse(filter));
            } catch (Cql2Exception e) {
                throw new ProblemException(400, "invalid-filter", "过滤表达式无效 / Invalid filter",
                        "filter 参数（CQL2）第 " + e.column() + " 个字符处：" + e.zh() + " / filter (CQL2) at character " + e.column() + ": "
                                + e.en()).with("parameter", "filter").with("position", e.column())
                        .with("filter", filter);
            }
        }
        Filter combined = parts.isEmpty() ? Filter.INCLUDE : parts.size() == 1 ? parts.get(0) : new Filter.And(parts);

        Crs out = crs.resolve(r.param("crs"), "crs");
        List<String> props = properties(r.param("properties"), type);
        DateTimeInterval datetime = null;
        String dt = r.param("datetime");
        if (dt != null) {
            try {
                datetime = DateTimeInterval.parse(dt);
            } catch (IllegalArgumentException e) {
                throw new ProblemException(400, "invalid-parameter", "参数无效 / Invalid parameter", "参数 datetime 无效：" + e.getMessage())
                        .with("parameter", "datetime");
            }
        }
        return new ItemsQuery(limit, offset, combined, out, crs.uri(out), props, datetime, linkParams(r));
    }

    /** Refuses parameters outside {@code allowed} and repeated parameters. */
    static void checkParameters(OgcRequest r, Set<String> allowed) {
        Set<String> lower = new LinkedHashSet<>();
        for (String a : allowed) lower.add(a.toLowerCase(Locale.ROOT));
        for (Map.Entry<String, List<String>> p : r.params().entrySet()) {
            if (!lower.contains(p.getKey().toLowerCase(Locale.ROOT))) throw ProblemException.unknownParameter(p.getKey());
            if (p.getValue().size() > 1) {
                throw ProblemException.invalidParameter(p.getKey(), "参数重复出现", "the parameter is given more than once");
            }
        }
    }

    /** The output CRS and properties of a single-feature request. */
    static ItemsQuery forFeature(OgcRequest r, FeatureType type, CrsUris crs) {
        checkParameters(r, new LinkedHashSet<>(FEATURE_PARAMETERS));
        Crs out = crs.resolve(r.param("crs"), "crs");
        return new ItemsQuery(1, 0, Filter.INCLUDE, out, crs.uri(out), properties(r.param("properties"), type), null, linkParams(r));
    }

    private static Map<String, String> linkParams(OgcRequest r) {
        Map<String, String> m = new LinkedHashMap<>();
        r.params().forEach((k, v) -> {
            if (!k.equalsIgnoreCase("offset") && !k.equalsIgnoreCase("f") && !v.isEmpty()) m.put(k, v.get(0));
        });
        return m;
    }

    private static long integer(String name, String v) {
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, "不是整数：" + v, "not an integer: " + v);
        }
    }

    private static List<String> properties(String value, FeatureType type) {
        if (value == null) return null;
        List<String> out = new ArrayList<>();
        for (String p : value.split(",")) {
            String n = p.trim();
            if (n.isEmpty()) continue;
            if (type.attribute(n) == null && !n.equals(type.geometryName())) {
                throw ProblemException.invalidParameter("properties", "集合没有属性 " + n, "the collection has no property " + n);
            }
            if (!out.contains(n)) out.add(n);
        }
        return out;
    }

    /** {@code name=value}: equality on a queryable, the value typed by the attribute. */
    private static Filter equalTo(AttributeDescriptor a, String value) {
        Object literal = value;
        if (a.type() == AttributeType.INTEGER || a.type() == AttributeType.DOUBLE) {
            try {
                literal = new java.math.BigDecimal(value.trim());
            } catch (NumberFormatException e) {
                throw ProblemException.invalidParameter(a.name(), "属性 " + a.name() + " 是数值，" + value + " 不是数字",
                        "property " + a.name() + " is numeric; " + value + " is not a number");
            }
        } else if (a.type() == AttributeType.BOOLEAN) {
            String b = value.trim().toLowerCase(Locale.ROOT);
            if (!b.equals("true") && !b.equals("false")) {
                throw ProblemException.invalidParameter(a.name(), "应为 true 或 false", "must be true or false");
            }
            literal = Boolean.valueOf(b);
        }
        return new Filter.Compare(Filter.CompareOp.EQ, Expression.property(a.name()), Expression.literal(literal), true);
    }

    /**
     * The {@code bbox} parameter (4 or 6 numbers, axes in the order of {@code bboxCrs}) as a BBOX
     * filter in the storage CRS. A CRS84 box whose west edge lies east of its east edge crosses
     * the antimeridian.
     */
    static Filter bbox(String value, Crs bboxCrs, FeatureType type, CrsSupport support) {
        String[] parts = value.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw ProblemException.invalidParameter("bbox", "应为 4 个或 6 个以逗号分隔的数：" + value,
                    "must be 4 or 6 comma-separated numbers: " + value);
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw ProblemException.invalidParameter("bbox", "不是数字：" + parts[i], "not a number: " + parts[i]);
            }
            if (!Double.isFinite(v[i])) throw ProblemException.invalidParameter("bbox", "数值无效：" + parts[i], "not a finite number: " + parts[i]);
        }
        int d = parts.length / 2;
        double a1 = v[0], b1 = v[1], a2 = v[d], b2 = v[d + 1];
        boolean swap = bboxCrs.northingFirst();
        double x1 = swap ? b1 : a1, y1 = swap ? a1 : b1, x2 = swap ? b2 : a2, y2 = swap ? a2 : b2;
        if (bboxCrs.geographic() && (Math.abs(y1) > 90 || Math.abs(y2) > 90)) {
            throw ProblemException.invalidParameter("bbox", "纬度超出 ±90°（注意 " + bboxCrs.id() + " 的轴序）",
                    "latitude beyond ±90° (mind the axis order of " + bboxCrs.id() + ")");
        }
        if (y1 > y2) {
            throw ProblemException.invalidParameter("bbox", "南边界大于北边界", "the lower bound of the second axis exceeds its upper bound");
        }
        Geometry box;
        if (x1 > x2) {
            if (!bboxCrs.geographic()) {
                throw ProblemException.invalidParameter("bbox", "第一轴最小值大于最大值", "the lower bound of the first axis exceeds its upper bound");
            }
            box = GF.buildGeometry(List.of(GF.toGeometry(new Envelope(x1, 180, y1, y2)), GF.toGeometry(new Envelope(-180, x2, y1, y2))));
        } else {
            box = GF.toGeometry(new Envelope(x1, x2, y1, y2));
        }
        if (!bboxCrs.sameCrsAs(Crs.STORAGE) && bboxCrs.epsg() != 4326) {
            double size = Math.max(x2 - x1, y2 - y1);
            if (size > 0) box = Densifier.densify(box, size / 16.0);
            box = support.toStorage(box, bboxCrs);
        }
        return new Filter.Spatial(Filter.SpatialOp.BBOX, Expression.property(type.geometryName()), box, 0);
    }
}
