package org.ecozoning.feature.filter.xml;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ecozoning.feature.filter.Expression;
import org.ecozoning.feature.filter.Filter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Parses OGC Filter Encoding 1.0 and 1.1 ({@code ogc:Filter}, as carried by SLD rules and WFS 1.x
 * requests) into the shared {@link Filter} model. Elements are matched by local name, so the FES 2.0
 * spellings ({@code fes:ValueReference}, {@code fes:ResourceId}) are accepted as well. Geometry
 * literals are converted to the storage CRS by a {@link GmlGeometryParser}.
 *
 * <p>Supported: PropertyIsEqualTo, …NotEqualTo, …LessThan, …LessThanOrEqualTo, …GreaterThan,
 * …GreaterThanOrEqualTo (with {@code matchCase}), PropertyIsLike (wildCard, singleChar,
 * escape/escapeChar), PropertyIsNull, PropertyIsBetween, And, Or, Not, BBOX, Equals, Disjoint,
 * Touches, Within, Overlaps, Crosses, Intersects, Contains, DWithin, Beyond, FeatureId,
 * GmlObjectId and ResourceId. Expressions are PropertyName/ValueReference and Literal; arithmetic
 * and functions are refused with a clear message.
 */
public final class OgcFilterParser {
    /**
     * The geometry property name used when a spatial operator names none (allowed for BBOX in FES
     * 1.1). Callers that know the feature type pass its geometry name to the constructor instead;
     * the renderer binds this placeholder per layer.
     */
    public static final String DEFAULT_GEOMETRY = "@geometry";

    private final GmlGeometryParser gml;
    private final String defaultGeometry;

    public OgcFilterParser(GmlGeometryParser gml, String defaultGeometry) {
        this.gml = gml;
        this.defaultGeometry = defaultGeometry;
    }

    /** A parser with standard GML handling and the {@link #DEFAULT_GEOMETRY} placeholder. */
    public OgcFilterParser() {
        this(GmlGeometryParser.standard(), DEFAULT_GEOMETRY);
    }

    /** Parses an {@code ogc:Filter} element. An empty filter matches everything. */
    public Filter parseFilter(XmlElement filter) {
        if (!filter.is("Filter")) return parse(filter);
        List<XmlElement> children = filter.children();
        if (children.isEmpty()) return Filter.INCLUDE;
        if (children.stream().allMatch(OgcFilterParser::isId)) return ids(children);
        if (children.size() > 1) {
            throw bad(filter, "<Filter> 只能包含一个运算符（可用 <And>/<Or> 组合）",
                    "<Filter> must hold a single operator (combine with <And>/<Or>)");
        }
        return parse(children.get(0));
    }

    /** Parses one operator element (comparison, logical, spatial or identifier). */
    public Filter parse(XmlElement op) {
        String name = op.localName();
        return switch (name) {
            case "And" -> new Filter.And(operands(op, 2));
            case "Or" -> new Filter.Or(operands(op, 2));
            case "Not" -> new Filter.Not(operands(op, 1).get(0));
            case "PropertyIsEqualTo" -> compare(op, Filter.CompareOp.EQ);
            case "PropertyIsNotEqualTo" -> compare(op, Filter.CompareOp.NE);
            case "PropertyIsLessThan" -> compare(op, Filter.CompareOp.LT);
            case "PropertyIsLessThanOrEqualTo" -> compare(op, Filter.CompareOp.LE);
            case "PropertyIsGreaterThan" -> compare(op, Filter.CompareOp.GT);
            case "PropertyIsGreaterThanOrEqualTo" -> compare(op, Filter.CompareOp.GE);
            case "PropertyIsLike" -> like(op);
            case "PropertyIsNull" -> new Filter.IsNull(single(op));
            case "PropertyIsBetween" -> between(op);
            case "BBOX" -> bbox(op);
            case "Equals" -> spatial(op, Filter.SpatialOp.EQUALS);
            case "Disjoint" -> spatial(op, Filter.SpatialOp.DISJOINT);
            case "Touches" -> spatial(op, Filter.SpatialOp.TOUCHES);
            case "Within" -> spatial(op, Filter.SpatialOp.WITHIN);
            case "Overlaps" -> spatial(op, Filter.SpatialOp.OVERLAPS);
            case "Crosses" -> spatial(op, Filter.SpatialOp.CROSSES);
            case "Intersects" -> spatial(op, Filter.SpatialOp.INTERSECTS);
            case "Contains" -> spatial(op, Filter.SpatialOp.CONTAINS);
            case "DWithin" -> spatial(op, Filter.SpatialOp.DWITHIN);
            case "Beyond" -> spatial(op, Filter.SpatialOp.BEYOND);
            case "FeatureId", "GmlObjectId", "ResourceId" -> ids(List.of(op));
            default -> throw bad(op, "不支持的过滤运算符 <" + name + ">", "unsupported filter operator <" + name + ">");
        };
    }

    /** Parses an expression element: PropertyName, ValueReference or Literal. */
    public Expression expression(XmlElement e) {
        return switch (e.localName()) {
            case "PropertyName", "ValueReference" -> Expression.property(propertyName(e));
            case "Literal" -> literal(e);
            case "Add", "Sub", "Mul", "Div", "Function" -> throw bad(e, "暂不支持过滤表达式 <" + e.localName() + ">（仅支持属性名和字面量）",
                    "filter expression <" + e.localName() + "> is not supported (only property names and literals)");
            default -> throw bad(e, "无效的过滤表达式 <" + e.localName() + ">", "invalid filter expression <" + e.localName() + ">");
        };
    }

    /**
     * The attribute name of a PropertyName: namespace prefixes and XPath steps are dropped
     * ({@code eco:control_units/eco:name} becomes {@code name}).
     */
    public static String propertyName(XmlElement e) {
        String t = e.text();
        if (t.isEmpty()) throw bad(e, "<" + e.localName() + "> 为空", "empty <" + e.localName() + ">");
        int slash = t.lastIndexOf('/');
        if (slash >= 0) t = t.substring(slash + 1);
        int colon = t.lastIndexOf(':');
        if (colon >= 0) t = t.substring(colon + 1);
        if (t.startsWith("@")) t = t.substring(1);
        return t;
    }

    private Expression literal(XmlElement e) {
        for (XmlElement c : e.children()) {
            if (GmlGeometryParser.isGeometry(c)) return Expression.literal(gml.parse(c));
        }
        StringBuilder sb = new StringBuilder();
        for (Object o : e.content()) if (o instanceof String s) sb.append(s);
        String s = sb.toString();
        return Expression.literal(s.isBlank() ? s : s.trim());
    }

    private List<Filter> operands(XmlElement op, int min) {
        List<Filter> out = new ArrayList<>();
        List<XmlElement> children = op.children();
        if (!children.isEmpty() && children.stream().allMatch(OgcFilterParser::isId)) return List.of(ids(children));
        for (XmlElement c : children) out.add(parse(c));
        if (out.size() < min || (op.is("Not") && out.size() != 1)) {
            throw bad(op, "<" + op.localName() + "> 的操作数个数不对：" + out.size(),
                    "<" + op.localName() + "> has the wrong number of operands: " + out.size());
        }
        return out;
    }

    private Filter compare(XmlElement op, Filter.CompareOp cmp) {
        List<XmlElement> c = op.children();
        if (c.size() != 2) throw bad(op, "<" + op.localName() + "> 需要两个表达式", "<" + op.localName() + "> needs two expressions");
        return new Filter.Compare(cmp, expression(c.get(0)), expression(c.get(1)), matchCase(op));
    }

    private Filter like(XmlElement op) {
        XmlElement prop = firstOf(op, "PropertyName", "ValueReference");
        XmlElement lit = op.child("Literal");
        if (prop == null || lit == null) throw bad(op, "<PropertyIsLike> 需要属性名和字面量", "<PropertyIsLike> needs a property name and a literal");
        char wild = oneChar(op, "wildCard", '*');
        char single = oneChar(op, "singleChar", '?');
        String esc = op.attribute("escapeChar") != null ? "escapeChar" : "escape";
        char escape = oneChar(op, esc, '\\');
        return new Filter.Like(expression(prop), lit.text(), wild, single, escape, matchCase(op));
    }

    private Filter between(XmlElement op) {
        XmlElement lower = op.child("LowerBoundary"), upper = op.child("UpperBoundary");
        if (lower == null || upper == null) {
            throw bad(op, "<PropertyIsBetween> 需要 <LowerBoundary> 和 <UpperBoundary>", "<PropertyIsBetween> needs <LowerBoundary> and <UpperBoundary>");
        }
        XmlElement value = null;
        for (XmlElement c : op.children()) if (!c.is("LowerBoundary") && !c.is("UpperBoundary")) { value = c; break; }
        if (value == null) throw bad(op, "<PropertyIsBetween> 缺少被比较的表达式", "<PropertyIsBetween> lacks the tested expression");
        return new Filter.Between(expression(value), boundary(lower), boundary(upper));
    }

    private Expression boundary(XmlElement b) {
        List<XmlElement> c = b.children();
        if (c.size() != 1) {
            String t = b.text();
            if (c.isEmpty() && !t.isEmpty()) return Expression.literal(t);
            throw bad(b, "<" + b.localName() + "> 需要一个表达式", "<" + b.localName() + "> needs one expression");
        }
        return expression(c.get(0));
    }

    private Expression single(XmlElement op) {
        List<XmlElement> c = op.children();
        if (c.size() != 1) throw bad(op, "<" + op.localName() + "> 需要一个表达式", "<" + op.localName() + "> needs one expression");
        return expression(c.get(0));
    }

    private Filter bbox(XmlElement op) {
        Expression prop = Expression.property(defaultGeometry);
        Envelope env = null;
        for (XmlElement c : op.children()) {
            if (c.is("PropertyName") || c.is("ValueReference")) prop = expression(c);
            else if (c.is("Envelope") || c.is("Box")) env = gml.parseEnvelope(c, null);
            else if (c.is("Literal") && c.child("Envelope") != null) env = gml.parseEnvelope(c.child("Envelope"), null);
        }
        if (env == null) throw bad(op, "<BBOX> 缺少 <gml:Envelope> 或 <gml:Box>", "<BBOX> lacks <gml:Envelope> or <gml:Box>");
        return new Filter.Spatial(Filter.SpatialOp.BBOX, prop, gml.factory().toGeometry(env), 0);
    }

    private Filter spatial(XmlElement op, Filter.SpatialOp sop) {
        Expression prop = Expression.property(defaultGeometry);
        Geometry geom = null;
        double distance = 0;
        boolean hasDistance = false;
        for (XmlElement c : op.children()) {
            if (c.is("PropertyName") || c.is("ValueReference")) {
                prop = expression(c);
            } else if (c.is("Distance")) {
                distance = metres(c);
                hasDistance = true;
            } else if (c.is("Literal")) {
                Expression l = literal(c);
                if (!(((Expression.Literal) l).value() instanceof Geometry g)) {
                    throw bad(c, "空间运算的字面量必须是 GML 几何", "the literal of a spatial operator must be a GML geometry");
                }
                geom = g;
            } else if (GmlGeometryParser.isGeometry(c)) {
                geom = gml.parse(c);
            } else {
                throw bad(c, "<" + op.localName() + "> 中出现意外的元素 <" + c.localName() + ">",
                        "unexpected element <" + c.localName() + "> in <" + op.localName() + ">");
            }
        }
        if (geom == null) throw bad(op, "<" + op.localName() + "> 缺少 GML 几何", "<" + op.localName() + "> lacks a GML geometry");
        if ((sop == Filter.SpatialOp.DWITHIN || sop == Filter.SpatialOp.BEYOND) && !hasDistance) {
            throw bad(op, "<" + op.localName() + "> 缺少 <Distance>", "<" + op.localName() + "> lacks <Distance>");
        }
        return new Filter.Spatial(sop, prop, geom, distance);
    }

    /** A Distance element in metres; the unit comes from {@code units} (FES 1.x) or {@code uom} (FES 2.0). */
    private static double metres(XmlElement d) {
        double v;
        try {
            v = Double.parseDouble(d.text());
        } catch (NumberFormatException e) {
            throw bad(d, "无效的距离：" + d.text(), "invalid distance: " + d.text());
        }
        String u = d.attribute("units");
        if (u == null) u = d.attribute("uom");
        if (u == null || u.isBlank()) return v;
        String unit = u.trim().toLowerCase(Locale.ROOT);
        int hash = Math.max(unit.lastIndexOf('#'), unit.lastIndexOf(':'));
        if (unit.startsWith("urn:") || unit.startsWith("http")) {
            if (unit.endsWith("9001")) return v;
            if (unit.endsWith("9036")) return v * 1000;
            if (unit.endsWith("9102")) return v * 111_319.490793;
            unit = unit.substring(hash + 1);
        }
        return switch (unit) {
            case "m", "meter", "meters", "metre", "metres" -> v;
            case "km", "kilometer", "kilometers", "kilometre", "kilometres" -> v * 1000;
            case "ft", "foot", "feet" -> v * 0.3048;
            case "mi", "mile", "miles" -> v * 1609.344;
            case "nm", "nauticalmile" -> v * 1852;
            case "deg", "degree", "degrees" -> v * 111_319.490793;
            default -> throw bad(d, "不支持的距离单位：" + u, "unsupported distance unit: " + u);
        };
    }

    private static boolean isId(XmlElement e) {
        return e.is("FeatureId") || e.is("GmlObjectId") || e.is("ResourceId");
    }

    /**
     * Identifier filters. Identifiers are kept as written and also without a {@code layer.} prefix,
     * since WFS writes {@code gml:id="layer.id"} while sources key features by their own id.
     */
    private static Filter ids(List<XmlElement> elements) {
        Set<String> ids = new LinkedHashSet<>();
        for (XmlElement e : elements) {
            String id = e.attribute("fid");
            if (id == null) id = e.attribute("http://www.opengis.net/gml", "id");
            if (id == null) id = e.attribute("http://www.opengis.net/gml/3.2", "id");
            if (id == null) id = e.attribute("rid");
            if (id == null) id = e.attribute("id");
            if (id == null || id.isBlank()) throw bad(e, "<" + e.localName() + "> 缺少标识符属性", "<" + e.localName() + "> lacks its identifier attribute");
            id = id.trim();
            ids.add(id);
            int dot = id.indexOf('.');
            if (dot > 0 && dot < id.length() - 1) ids.add(id.substring(dot + 1));
        }
        return new Filter.Ids(ids);
    }

    private static boolean matchCase(XmlElement op) {
        String m = op.attribute("matchCase");
        return m == null || !m.trim().equalsIgnoreCase("false");
    }

    private static char oneChar(XmlElement op, String attr, char fallback) {
        String v = op.attribute(attr);
        if (v == null) return fallback;
        if (v.length() != 1) throw bad(op, "属性 " + attr + " 必须是单个字符", "attribute " + attr + " must be a single character");
        return v.charAt(0);
    }

    private static XmlElement firstOf(XmlElement e, String a, String b) {
        XmlElement c = e.child(a);
        return c != null ? c : e.child(b);
    }

    private static XmlParseException bad(XmlElement e, String zh, String en) {
        return new XmlParseException(e.line(), zh, en);
    }
}
