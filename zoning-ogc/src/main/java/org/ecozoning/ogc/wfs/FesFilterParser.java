package org.ecozoning.ogc.wfs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.filter.Expression;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.feature.filter.Filter.CompareOp;
import org.ecozoning.feature.filter.Filter.SpatialOp;
import org.ecozoning.ogc.common.Crs;
import org.ecozoning.ogc.common.CrsSupport;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.OwsException;
import org.ecozoning.ogc.gml.GmlGeometryReader;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Parses OGC Filter Encoding into the shared {@link Filter} model, for one feature type: FES 2.0
 * ({@code http://www.opengis.net/fes/2.0}, ValueReference, ResourceId) and FES 1.1
 * ({@code http://www.opengis.net/ogc}, PropertyName, FeatureId/GmlObjectId) share the code; the
 * dialect only decides which Filter namespace is expected at the root, and elements of both
 * namespaces are read. Supported: the six binary comparisons (matchCase), PropertyIsLike,
 * PropertyIsNull, PropertyIsNil, PropertyIsBetween, And/Or/Not, resource ids, BBOX and the ten
 * other spatial operators (DWithin/Beyond with m, km or degree units). Functions, arithmetic
 * and temporal operators are refused with InvalidParameterValue.
 *
 * <p>Geometry literals are read with their srsName (or the query's CRS when absent), put
 * longitude first and reprojected to storage, so the returned filter is in EPSG:4490 lon/lat.
 */
public final class FesFilterParser {
    public static final String FES20 = "http://www.opengis.net/fes/2.0";
    public static final String OGC = "http://www.opengis.net/ogc";

    /** Which Filter Encoding the root element must be in. */
    public enum Dialect {
        FES_2_0(FES20), FES_1_1(OGC);

        final String ns;

        Dialect(String ns) { this.ns = ns; }
    }

    private final Dialect dialect;
    private final CrsSupport crs;
    private final LayerCatalog catalog;
    private final GmlGeometryReader gml = new GmlGeometryReader();

    public FesFilterParser(Dialect dialect, CrsSupport crs, LayerCatalog catalog) {
        this.dialect = dialect;
        this.crs = crs;
        this.catalog = catalog;
    }

    /** What a filter is evaluated against: the queried layer and the CRS of geometry literals without srsName. */
    public record Context(LayerInfo layer, Crs defaultCrs, Names.Namespaces namespaces) {
        public Context(LayerInfo layer, Crs defaultCrs) { this(layer, defaultCrs, Names.NONE); }
    }

    /**
     * Parses a Filter element.
     *
     * @throws OwsException InvalidParameterValue (locator "filter", or "resourceId" for ids of another type)
     */
    public Filter parse(Element filter, Context ctx) {
        if (!"Filter".equals(filter.getLocalName()) || !isFilterNs(filter)) {
            throw invalid("根元素应为 Filter（" + dialect.ns + "）", "the root element must be Filter in " + dialect.ns);
        }
        List<Element> kids = children(filter);
        if (kids.isEmpty()) throw invalid("Filter 为空", "empty Filter");
        if (kids.stream().allMatch(FesFilterParser::isId)) return ids(kids, ctx);
        if (kids.size() != 1) throw invalid("Filter 只能包含一个条件", "a Filter holds exactly one predicate");
        return predicate(kids.get(0), ctx);
    }

    private boolean isFilterNs(Element e) {
        return dialect.ns.equals(e.getNamespaceURI()) || FES20.equals(e.getNamespaceURI()) || OGC.equals(e.getNamespaceURI());
    }

    private static boolean isId(Element e) {
        String n = e.getLocalName();
        return n.equals("ResourceId") || n.equals("FeatureId") || n.equals("GmlObjectId");
    }

    private Filter ids(List<Element> kids, Context ctx) {
        Set<String> raw = new LinkedHashSet<>();
        for (Element e : kids) {
            String id = switch (e.getLocalName()) {
                case "ResourceId" -> e.getAttribute("rid");
                case "FeatureId" -> e.getAttribute("fid");
                default -> gmlId(e);
            };
            if (id.isBlank()) throw invalid("资源标识为空", "empty resource identifier");
            raw.add(id.trim());
        }
        return idFilter(raw, ctx.layer(), catalog, "resourceId");
    }

    private static String gmlId(Element e) {
        String v = e.getAttributeNS("http://www.opengis.net/gml", "id");
        if (v.isEmpty()) v = e.getAttributeNS("http://www.opengis.net/gml/3.2", "id");
        return v.isEmpty() ? e.getAttribute("gml:id") : v;
    }

    /**
     * The filter for published ids ({@code layer.id}) on one layer: ids of another published
     * layer are an error (WFS 2.0 7.9.2.4.1), ids without a layer part are taken as raw ids.
     */
    static Filter idFilter(Set<String> publishedIds, LayerInfo layer, LayerCatalog catalog, String locator) {
        Set<String> raw = new LinkedHashSet<>();
        for (String id : publishedIds) {
            String l = FeatureIds.layerOf(id);
            if (l != null && l.equals(layer.name())) {
                raw.add(FeatureIds.featureOf(id));
            } else if (l != null && catalog.get(l) != null) {
                throw OwsException.invalid(locator, "标识 " + id + " 不属于要素类型 " + layer.qualifiedName(),
                        "identifier " + id + " is not of feature type " + layer.qualifiedName());
            } else {
                raw.add(FeatureIds.unescape(id));
            }
        }
        return new Filter.Ids(raw);
    }

    private Filter predicate(Element e, Context ctx) {
        String n = e.getLocalName();
        if (!FES20.equals(e.getNamespaceURI()) && !OGC.equals(e.getNamespaceURI())) {
            throw invalid("未知的过滤条件 " + e.getNodeName(), "unknown filter predicate " + e.getNodeName());
        }
        return switch (n) {
            case "And", "Or" -> {
                List<Filter> parts = new ArrayList<>();
                for (Element c : children(e)) parts.add(predicate(c, ctx));
                if (parts.size() < 2) throw invalid(n + " 至少需要两个条件", n + " needs at least two operands");
                yield n.equals("And") ? new Filter.And(parts) : new Filter.Or(parts);
            }
            case "Not" -> {
                List<Element> c = children(e);
                if (c.size() != 1) throw invalid("Not 需要一个条件", "Not needs exactly one operand");
                yield new Filter.Not(predicate(c.get(0), ctx));
            }
            case "PropertyIsEqualTo" -> compare(CompareOp.EQ, e, ctx);
            case "PropertyIsNotEqualTo" -> compare(CompareOp.NE, e, ctx);
            case "PropertyIsLessThan" -> compare(CompareOp.LT, e, ctx);
            case "PropertyIsLessThanOrEqualTo" -> compare(CompareOp.LE, e, ctx);
            case "PropertyIsGreaterThan" -> compare(CompareOp.GT, e, ctx);
            case "PropertyIsGreaterThanOrEqualTo" -> compare(CompareOp.GE, e, ctx);
            case "PropertyIsLike" -> like(e, ctx);
            case "PropertyIsNull" -> {
                Element operand = single(e, "PropertyIsNull");
                // gml:name, gml:description … are valid on every feature and never written by us: always null
                if (gmlStandard(operand, ctx) != null) yield Filter.INCLUDE;
                yield new Filter.IsNull(expression(operand, ctx));
            }
            case "PropertyIsNil" -> {
                expression(single(e, "PropertyIsNil"), ctx); // validates the property
                yield Filter.EXCLUDE; // properties are omitted when null, never written xsi:nil
            }
            case "PropertyIsBetween" -> between(e, ctx);
            case "BBOX" -> bbox(e, ctx);
            case "Equals" -> spatial(SpatialOp.EQUALS, e, ctx);
            case "Disjoint" -> spatial(SpatialOp.DISJOINT, e, ctx);
            case "Touches" -> spatial(SpatialOp.TOUCHES, e, ctx);
            case "Within" -> spatial(SpatialOp.WITHIN, e, ctx);
            case "Overlaps" -> spatial(SpatialOp.OVERLAPS, e, ctx);
            case "Crosses" -> spatial(SpatialOp.CROSSES, e, ctx);
            case "Intersects" -> spatial(SpatialOp.INTERSECTS, e, ctx);
            case "Contains" -> spatial(SpatialOp.CONTAINS, e, ctx);
            case "DWithin" -> spatial(SpatialOp.DWITHIN, e, ctx);
            case "Beyond" -> spatial(SpatialOp.BEYOND, e, ctx);
            case "ResourceId", "FeatureId", "GmlObjectId" -> ids(List.of(e), ctx);
            default -> throw invalid("不支持的过滤条件 " + n, "unsupported filter operator " + n);
        };
    }

    private Filter compare(CompareOp op, Element e, Context ctx) {
        List<Element> c = children(e);
        if (c.size() != 2) throw invalid(e.getLocalName() + " 需要两个操作数", e.getLocalName() + " needs two operands");
        for (Element operand : c) {
            String gml = gmlStandard(operand, ctx);
            if (gml != null) {
                // ISO 19143 7.7.3.1 / ISO 19142 7.5: a valid property whose type cannot be compared
                throw new OwsException(OwsException.Code.OperationProcessingFailed, "filter",
                        "gml:" + gml + " 不能用于比较运算 / gml:" + gml + " cannot be an operand of " + e.getLocalName());
            }
        }
        boolean matchCase = !"false".equalsIgnoreCase(e.getAttribute("matchCase").trim());
        return new Filter.Compare(op, expression(c.get(0), ctx), expression(c.get(1), ctx), matchCase);
    }

    private Filter like(Element e, Context ctx) {
        List<Element> c = children(e);
        if (c.size() != 2) throw invalid("PropertyIsLike 需要两个操作数", "PropertyIsLike needs two operands");
        Expression value = expression(c.get(0), ctx);
        if (!"Literal".equals(c.get(1).getLocalName())) throw invalid("PropertyIsLike 的模式必须是 Literal", "the PropertyIsLike pattern must be a Literal");
        String escape = e.hasAttribute("escapeChar") ? e.getAttribute("escapeChar") : e.getAttribute("escape");
        char wild = one(e, "wildCard", e.getAttribute("wildCard"));
        char single = one(e, "singleChar", e.getAttribute("singleChar"));
        char esc = one(e, "escapeChar", escape);
        boolean matchCase = !"false".equalsIgnoreCase(e.getAttribute("matchCase").trim());
        return new Filter.Like(value, c.get(1).getTextContent(), wild, single, esc, matchCase);
    }

    private char one(Element e, String attr, String v) {
        if (v == null || v.length() != 1) {
            throw invalid("PropertyIsLike 的 " + attr + " 必须是单个字符", "PropertyIsLike " + attr + " must be one character");
        }
        return v.charAt(0);
    }

    private Filter between(Element e, Context ctx) {
        List<Element> c = children(e);
        Element lower = null, upper = null, value = null;
        for (Element x : c) {
            switch (x.getLocalName()) {
                case "LowerBoundary" -> lower = x;
                case "UpperBoundary" -> upper = x;
                default -> value = x;
            }
        }
        if (value == null || lower == null || upper == null) {
            throw invalid("PropertyIsBetween 需要值、下界和上界", "PropertyIsBetween needs an expression, LowerBoundary and UpperBoundary");
        }
        return new Filter.Between(expression(value, ctx), expression(single(lower, "LowerBoundary"), ctx),
                expression(single(upper, "UpperBoundary"), ctx));
    }

    /** @return the GML standard property a ValueReference names (see {@link Names#gmlStandardProperty}), else null */
    private String gmlStandard(Element e, Context ctx) {
        if (!e.getLocalName().equals("ValueReference") && !e.getLocalName().equals("PropertyName")) return null;
        return Names.gmlStandardProperty(e.getTextContent(), withContext(e, ctx));
    }

    private Expression expression(Element e, Context ctx) {
        return switch (e.getLocalName()) {
            case "ValueReference", "PropertyName" -> new Expression.Property(
                    Names.property(ctx.layer().source().type(), e.getTextContent(), withContext(e, ctx), "filter"));
            case "Literal" -> new Expression.Literal(e.getTextContent());
            case "Function" -> throw invalid("不支持函数 " + e.getAttribute("name"), "functions are not supported: " + e.getAttribute("name"));
            default -> throw invalid("不支持的表达式 " + e.getLocalName(), "unsupported expression " + e.getLocalName());
        };
    }

    /** Prefixes resolve through the XML context first, then the request's NAMESPACES. */
    private static Names.Namespaces withContext(Element e, Context ctx) {
        return p -> {
            String uri = e.lookupNamespaceURI(p.isEmpty() ? null : p);
            return uri != null ? uri : ctx.namespaces().apply(p);
        };
    }

    private Filter bbox(Element e, Context ctx) {
        Expression property = null;
        Geometry box = null;
        for (Element c : children(e)) {
            if (GmlGeometryReader.isGml(c)) box = geometry(c, ctx, true);
            else if ("Literal".equals(c.getLocalName()) && firstGml(c) != null) box = geometry(firstGml(c), ctx, true);
            else property = geometryProperty(c, ctx);
        }
        if (box == null) throw invalid("BBOX 缺少 gml:Envelope", "BBOX needs a gml:Envelope");
        if (property == null) property = new Expression.Property(ctx.layer().source().type().geometryName());
        return new Filter.Spatial(SpatialOp.BBOX, property, box, 0);
    }

    private Filter spatial(SpatialOp op, Element e, Context ctx) {
        Expression property = null;
        Geometry g = null;
        double distance = 0;
        boolean hasDistance = false;
        for (Element c : children(e)) {
            if (GmlGeometryReader.isGml(c)) {
                g = geometry(c, ctx, "Envelope".equals(c.getLocalName()));
            } else if ("Literal".equals(c.getLocalName()) && firstGml(c) != null) {
                g = geometry(firstGml(c), ctx, false);
            } else if ("Distance".equals(c.getLocalName())) {
                distance = metres(c, g);
                hasDistance = true;
            } else {
                property = geometryProperty(c, ctx);
            }
        }
        if (g == null) throw invalid(e.getLocalName() + " 缺少几何对象", e.getLocalName() + " needs a GML geometry");
        if (property == null) property = new Expression.Property(ctx.layer().source().type().geometryName());
        boolean distanceOp = op == SpatialOp.DWITHIN || op == SpatialOp.BEYOND;
        if (distanceOp && !hasDistance) throw invalid(e.getLocalName() + " 缺少 Distance", e.getLocalName() + " needs a Distance");
        return new Filter.Spatial(op, property, g, distance);
    }

    private Expression geometryProperty(Element c, Context ctx) {
        if (!"ValueReference".equals(c.getLocalName()) && !"PropertyName".equals(c.getLocalName())) {
            throw invalid("空间条件中不支持 " + c.getLocalName(), "unsupported operand in a spatial predicate: " + c.getLocalName());
        }
        FeatureType type = ctx.layer().source().type();
        String name = Names.property(type, c.getTextContent(), withContext(c, ctx), "filter");
        if (!name.equals(type.geometryName())) {
            throw invalid("属性 " + name + " 不是几何属性", "property " + name + " is not a geometry property");
        }
        return new Expression.Property(name);
    }

    private Geometry geometry(Element gmlElement, Context ctx, boolean densify) {
        GmlGeometryReader.Result r;
        try {
            r = gml.read(gmlElement);
        } catch (IllegalArgumentException x) {
            throw invalid("GML 几何无效：" + x.getMessage(), "invalid GML geometry: " + x.getMessage());
        }
        Crs c = ctx.defaultCrs();
        if (r.srsName() != null && !r.srsName().isBlank()) {
            try {
                c = crs.parse(r.srsName());
            } catch (IllegalArgumentException x) {
                throw invalid("不支持的坐标参照系 " + r.srsName(), "unsupported CRS " + r.srsName());
            }
        }
        Geometry g = r.geometry();
        if (c.northingFirst()) g = GmlGeometryReader.swapAxes(g);
        if (densify && g instanceof Polygon && !c.sameCrsAs(org.ecozoning.ogc.common.Crs.STORAGE)) {
            var env = g.getEnvelopeInternal();
            g = Densifier.densify(g, Math.max(env.getWidth(), env.getHeight()) / 16.0);
        }
        return crs.toStorage(g, c);
    }

    private static Element firstGml(Element e) {
        for (Element c : children(e)) if (GmlGeometryReader.isGml(c)) return c;
        return null;
    }

    private double metres(Element d, Geometry near) {
        String uom = d.hasAttribute("uom") ? d.getAttribute("uom") : d.getAttribute("units");
        double v;
        try {
            v = Double.parseDouble(d.getTextContent().trim());
        } catch (NumberFormatException x) {
            throw invalid("距离不是数字：" + d.getTextContent(), "Distance is not a number: " + d.getTextContent());
        }
        if (!(v >= 0) || Double.isInfinite(v)) throw invalid("距离必须为非负数", "Distance must be a non-negative number");
        String u = uom.trim().toLowerCase(Locale.ROOT);
        return switch (u) {
            case "m", "metre", "meter", "metres", "meters", "urn:ogc:def:uom:epsg::9001", "http://www.opengis.net/def/uom/epsg/0/9001" -> v;
            case "km", "kilometre", "kilometer", "urn:ogc:def:uom:epsg::9036", "http://www.opengis.net/def/uom/epsg/0/9036" -> v * 1000;
            case "deg", "degree", "degrees", "urn:ogc:def:uom:epsg::9102", "http://www.opengis.net/def/uom/epsg/0/9102" -> v * 110_574.0;
            case "" -> throw invalid("Distance 缺少单位（uom）", "Distance needs a unit of measure (uom)");
            default -> throw invalid("不支持的距离单位 " + uom, "unsupported distance unit " + uom);
        };
    }

    private Element single(Element e, String what) {
        List<Element> c = children(e);
        if (c.size() != 1) throw invalid(what + " 需要一个表达式", what + " needs exactly one expression");
        return c.get(0);
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element c) out.add(c);
        return out;
    }

    private static OwsException invalid(String zh, String en) {
        return OwsException.invalid("filter", "过滤条件错误：" + zh, "invalid filter: " + en);
    }
}
