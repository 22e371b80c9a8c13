package org.ecozoning.ogc.wfs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.SortBy;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.ogc.common.Crs;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.OwsException;
import org.ecozoning.ogc.wfs.WfsRequest.QueryPlan;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.w3c.dom.Element;

/**
 * Turns the parts of one query, as either encoding delivers them, into a {@link QueryPlan}:
 * resolves the output CRS, parses the filter (FES element, KVP BBOX or resource ids), checks
 * sort keys and property names against the type.
 */
final class QueryPlanner {
    /** The CRS URN advertised as every type's default. */
    static final String DEFAULT_CRS = Crs.urn(4490);

    private final WfsConfig config;
    private final WfsVersion version;

    QueryPlanner(WfsConfig config, WfsVersion version) {
        this.config = config;
        this.version = version;
    }

    /** The CRS of the SRSNAME parameter, or the default CRS (null name). */
    Crs crs(String srsName) {
        if (srsName == null || srsName.isBlank()) return config.crs().parse(DEFAULT_CRS);
        try {
            return config.crs().parse(srsName);
        } catch (IllegalArgumentException e) {
            throw OwsException.invalid("srsName", "不支持的坐标参照系 " + srsName, "unsupported srsName " + srsName);
        }
    }

    /** A filter from a FES Filter element. */
    Filter filter(Element filter, LayerInfo layer, Crs queryCrs, Names.Namespaces ns) {
        FesFilterParser.Dialect d = version == WfsVersion.V2_0_0 ? FesFilterParser.Dialect.FES_2_0 : FesFilterParser.Dialect.FES_1_1;
        return new FesFilterParser(d, config.crs(), config.catalog()).parse(filter, new FesFilterParser.Context(layer, queryCrs, ns));
    }

    /**
     * A filter from the BBOX parameter {@code minx,miny,maxx,maxy[,crs]}; the coordinates follow the
     * axis order of the given CRS, else of the query's CRS (latitude first for the default URN).
     */
    Filter bbox(String bbox, LayerInfo layer, Crs queryCrs) {
        String[] parts = bbox.split(",");
        if (parts.length != 4 && parts.length != 5) {
            throw OwsException.invalid("bbox", "BBOX 应为 minx,miny,maxx,maxy[,crs]", "BBOX must be minx,miny,maxx,maxy[,crs]");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw OwsException.invalid("bbox", "BBOX 坐标不是数字：" + parts[i], "BBOX coordinate is not a number: " + parts[i]);
            }
            if (!Double.isFinite(v[i])) throw OwsException.invalid("bbox", "BBOX 坐标无效", "BBOX coordinate is not finite");
        }
        Crs c = queryCrs;
        if (parts.length == 5) {
            try {
                c = config.crs().parse(parts[4].trim());
            } catch (IllegalArgumentException e) {
                throw OwsException.invalid("bbox", "BBOX 的坐标参照系不受支持：" + parts[4], "unsupported BBOX CRS " + parts[4]);
            }
        }
        if (v[0] > v[2] || v[1] > v[3]) {
            throw OwsException.invalid("bbox", "BBOX 最小值大于最大值", "BBOX minimum is greater than its maximum");
        }
        double minx = c.northingFirst() ? v[1] : v[0], miny = c.northingFirst() ? v[0] : v[1];
        double maxx = c.northingFirst() ? v[3] : v[2], maxy = c.northingFirst() ? v[2] : v[3];
        if (c.geographic() && (Math.abs(miny) > 90 || Math.abs(maxy) > 90)) {
            throw OwsException.invalid("bbox", "BBOX 纬度超出 ±90°：" + c.id() + " 的轴序为纬度在前；经度在前请写 " + bbox + ",EPSG:4490",
                    "BBOX latitude beyond ±90°: " + c.id() + " is latitude-first; for longitude-first append ,EPSG:4490");
        }
        Geometry box = new GeometryFactory().toGeometry(new Envelope(minx, maxx, miny, maxy));
        if (!c.sameCrsAs(Crs.STORAGE)) {
            box = Densifier.densify(box, Math.max(maxx - minx, maxy - miny) / 16.0);
        }
        Geometry storage = config.crs().toStorage(box, c);
        return new Filter.Spatial(Filter.SpatialOp.BBOX,
                new org.ecozoning.feature.filter.Expression.Property(layer.source().type().geometryName()), storage, 0);
    }

    /** Sort keys from SORTBY ("a ASC,b DESC"; WFS 1.1 also "a A,b D"). */
    List<SortBy> sortBy(String kvp, FeatureType type, Names.Namespaces ns) {
        List<SortBy> out = new ArrayList<>();
        if (kvp == null || kvp.isBlank()) return out;
        for (String key : kvp.split(",")) {
            String[] p = key.trim().split("\\s+");
            if (p.length == 0 || p[0].isEmpty() || p.length > 2) {
                throw OwsException.invalid("sortBy", "SORTBY 格式错误：" + key, "malformed SORTBY key: " + key);
            }
            out.add(new SortBy(sortProperty(p[0], type, ns), ascending(p.length == 2 ? p[1] : "ASC")));
        }
        return out;
    }

    String sortProperty(String name, FeatureType type, Names.Namespaces ns) {
        String prop = Names.property(type, name, ns, "sortBy");
        if (prop.equals(type.geometryName())) {
            throw OwsException.invalid("sortBy", "不能按几何属性排序", "cannot sort by the geometry property");
        }
        return prop;
    }

    static boolean ascending(String order) {
        return switch (order.trim().toUpperCase(Locale.ROOT)) {
            case "ASC", "A" -> true;
            case "DESC", "D" -> false;
            default -> throw OwsException.invalid("sortBy", "排序方向应为 ASC 或 DESC：" + order, "sort order must be ASC or DESC: " + order);
        };
    }

    /** Property names to return (null = all), in the type's order. */
    List<String> properties(List<String> names, FeatureType type, Names.Namespaces ns) {
        if (names == null || names.isEmpty()) return null;
        Set<String> wanted = new LinkedHashSet<>();
        for (String n : names) {
            if (n.isBlank() || n.trim().equals("*")) return null;
            wanted.add(Names.property(type, n, ns, "propertyName"));
        }
        List<String> ordered = new ArrayList<>();
        for (var a : type.attributes()) if (wanted.contains(a.name())) ordered.add(a.name());
        if (wanted.contains(type.geometryName())) ordered.add(type.geometryName());
        return ordered;
    }

    QueryPlan plan(LayerInfo layer, Filter filter, List<SortBy> sort, List<String> props, Crs crs) {
        return new QueryPlan(layer, filter == null ? Filter.INCLUDE : filter, sort, props, crs);
    }
}
