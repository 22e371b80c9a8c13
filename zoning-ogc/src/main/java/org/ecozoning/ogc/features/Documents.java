package org.ecozoning.ogc.features;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.ogc.common.DateTimeInterval;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.ServiceMetadata;
import org.locationtech.jts.geom.Envelope;

/**
 * The JSON documents of the small OGC API – Features resources: landing page, conformance
 * declaration, collections, one collection (with extent, CRS list and storage CRS) and the
 * queryables of a collection (a JSON Schema). Links point at {@code base}, the handler's public URL.
 */
final class Documents {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private final FeaturesConfig config;
    private final CrsUris crs;
    private final String base;

    Documents(FeaturesConfig config, CrsUris crs, String base) {
        this.config = config;
        this.crs = crs;
        this.base = base;
    }

    String base() { return base; }

    String href(String path, Format f) { return Link.url(base, path, Map.of("f", f.param())); }

    /** self (this format) and alternate (the other format) links of a resource. */
    void selfLinks(ArrayNode links, String path, String jsonType, Format current, String titleZh) {
        String json = href(path, Format.JSON), html = href(path, Format.HTML);
        if (current == Format.JSON) {
            new Link(json, "self", jsonType, "本文档（JSON） / this document").addTo(links);
            new Link(html, "alternate", Rels.HTML, titleZh + "（HTML） / as HTML").addTo(links);
        } else {
            new Link(html, "self", Rels.HTML, "本文档（HTML） / this document").addTo(links);
            new Link(json, "alternate", jsonType, titleZh + "（JSON） / as JSON").addTo(links);
        }
    }

    ObjectNode landing(Format current) {
        ServiceMetadata m = config.metadata();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("title", m.title());
        o.put("description", m.abstractText());
        ArrayNode links = o.putArray("links");
        selfLinks(links, "/", Rels.JSON, current, "服务首页");
        new Link(href("/api", Format.JSON), "service-desc", Rels.OPENAPI, "API 定义（OpenAPI 3.0） / API definition").addTo(links);
        new Link(href("/api", Format.HTML), "service-doc", Rels.HTML, "API 说明（HTML） / API documentation").addTo(links);
        for (String rel : List.of("conformance", Rels.OGC_CONFORMANCE)) {
            new Link(href("/conformance", Format.JSON), rel, Rels.JSON, "符合性声明 / conformance declaration").addTo(links);
        }
        for (String rel : List.of("data", Rels.OGC_DATA)) {
            new Link(href("/collections", Format.JSON), rel, Rels.JSON, "要素集合 / feature collections").addTo(links);
        }
        return o;
    }

    ObjectNode conformance() {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode a = o.putArray("conformsTo");
        Conformance.CLASSES.forEach(a::add);
        return o;
    }

    ObjectNode collections(LayerCatalog catalog, Format current) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode links = o.putArray("links");
        selfLinks(links, "/collections", Rels.JSON, current, "要素集合");
        ArrayNode cs = o.putArray("collections");
        for (LayerInfo l : catalog.layers()) cs.add(collection(l, null));
        ArrayNode list = o.putArray("crs");
        crs.offered().forEach(list::add);
        return o;
    }

    /** One collection; {@code current} null inside the collections list (links to both formats, no self). */
    ObjectNode collection(LayerInfo l, Format current) {
        ObjectNode o = MAPPER.createObjectNode();
        String path = "/collections/" + Link.encode(l.name());
        o.put("id", l.name());
        o.put("title", l.title());
        o.put("description", description(l));
        if (!l.keywords().isEmpty()) {
            ArrayNode k = o.putArray("keywords");
            l.keywords().forEach(k::add);
        }
        ArrayNode links = o.putArray("links");
        if (current != null) {
            selfLinks(links, path, Rels.JSON, current, l.titleZh());
        } else {
            new Link(href(path, Format.JSON), "self", Rels.JSON, l.title()).addTo(links);
            new Link(href(path, Format.HTML), "alternate", Rels.HTML, l.titleZh() + "（HTML） / as HTML").addTo(links);
        }
        new Link(href(path + "/items", Format.JSON), "items", Rels.GEOJSON, "要素（GeoJSON） / features as GeoJSON").addTo(links);
        new Link(href(path + "/items", Format.HTML), "items", Rels.HTML, "要素（HTML） / features as HTML").addTo(links);
        new Link(href(path + "/queryables", Format.JSON), Rels.OGC_QUERYABLES, Rels.SCHEMA, "可查询属性 / queryables").addTo(links);
        ObjectNode extent = extent(l);
        if (extent != null) o.set("extent", extent);
        o.put("itemType", "feature");
        ArrayNode list = o.putArray("crs");
        crs.offered().forEach(list::add);
        o.put("storageCrs", CrsUris.STORAGE);
        return o;
    }

    static String description(LayerInfo l) {
        if (l.abstractEn().isEmpty()) return l.abstractZh();
        if (l.abstractZh().isEmpty()) return l.abstractEn();
        return l.abstractZh() + " / " + l.abstractEn();
    }

    /** Spatial extent in CRS84 (absent for an empty layer) and the temporal extent of the scheme versions, if known. */
    ObjectNode extent(LayerInfo l) {
        Envelope e = l.bbox();
        DateTimeInterval time = config.versions().temporalExtent();
        if ((e == null || e.isNull()) && time == null) return null;
        ObjectNode o = MAPPER.createObjectNode();
        if (e != null && !e.isNull()) {
            Envelope w = config.crs().fromStorage(e, crs.crs84());
            ObjectNode spatial = o.putObject("spatial");
            ArrayNode box = spatial.putArray("bbox").addArray();
            box.add(round(w.getMinX())).add(round(w.getMinY())).add(round(w.getMaxX())).add(round(w.getMaxY()));
            spatial.put("crs", CrsUris.CRS84);
        }
        if (time != null) {
            ObjectNode temporal = o.putObject("temporal");
            ArrayNode iv = temporal.putArray("interval").addArray();
            if (time.start() == null) iv.addNull(); else iv.add(time.start().toString());
            if (time.end() == null) iv.addNull(); else iv.add(time.end().toString());
            temporal.put("trs", "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian");
        }
        return o;
    }

    private static double round(double v) { return Math.round(v * 1e7) / 1e7; }

    /** The queryables of a collection as a JSON Schema (draft 2020-12), OGC API – Features Part 3. */
    ObjectNode queryables(LayerInfo l) {
        FeatureType type = l.source().type();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        o.put("$id", base + "/collections/" + Link.encode(l.name()) + "/queryables");
        o.put("type", "object");
        o.put("title", l.title());
        o.put("description", "可在 filter（CQL2）和同名查询参数中使用的属性 / properties usable in filter (CQL2) and as query parameters");
        ObjectNode props = o.putObject("properties");
        for (Map.Entry<String, ObjectNode> e : propertySchemas(type).entrySet()) props.set(e.getKey(), e.getValue());
        o.put("additionalProperties", false);
        return o;
    }

    /** JSON Schema of each queryable: attributes in order, then the geometry. */
    static Map<String, ObjectNode> propertySchemas(FeatureType type) {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        for (AttributeDescriptor a : type.attributes()) {
            ObjectNode p = MAPPER.createObjectNode();
            p.put("title", a.titleZh());
            switch (a.type()) {
                case STRING -> p.put("type", "string");
                case INTEGER -> p.put("type", "integer");
                case DOUBLE -> p.put("type", "number");
                case BOOLEAN -> p.put("type", "boolean");
                case DATE -> p.put("type", "string").put("format", "date");
                case DATETIME -> p.put("type", "string").put("format", "date-time");
            }
            out.put(a.name(), p);
        }
        ObjectNode g = MAPPER.createObjectNode();
        g.put("title", "几何 / geometry");
        g.put("format", geometryFormat(type.geometryType()));
        g.put("x-ogc-role", "primary-geometry");
        out.put(type.geometryName(), g);
        return out;
    }

    /** The Part 3 format keyword of a geometry type, e.g. "geometry-multipolygon". */
    static String geometryFormat(String geometryType) {
        return switch (geometryType) {
            case "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection" ->
                "geometry-" + geometryType.toLowerCase(java.util.Locale.ROOT);
            default -> "geometry-any";
        };
    }
}
