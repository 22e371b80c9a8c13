package org.ecozoning.ogc.features;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.ServiceMetadata;

/**
 * The OpenAPI 3.0 definition served at {@code /api}: the real paths of this deployment (one set
 * per collection, with its queryables as query parameters), every parameter the handler accepts
 * (so unknown ones can be refused), and schemas of the responses (Part 1 oas30 conformance).
 */
final class OpenApiDocument {
    private static final String REF_PARAM = "#/components/parameters/";
    private static final String REF_SCHEMA = "#/components/schemas/";
    private static final String REF_RESPONSE = "#/components/responses/";

    private final FeaturesConfig config;
    private final CrsUris crs;
    private final String base;

    OpenApiDocument(FeaturesConfig config, CrsUris crs, String base) {
        this.config = config;
        this.crs = crs;
        this.base = base;
    }

    ObjectNode build(LayerCatalog catalog) {
        ServiceMetadata m = config.metadata();
        ObjectNode root = Documents.MAPPER.createObjectNode();
        root.put("openapi", "3.0.3");
        ObjectNode info = root.putObject("info");
        info.put("title", m.title());
        info.put("description", m.abstractText());
        info.put("version", "1.0.0");
        ObjectNode contact = info.putObject("contact");
        contact.put("name", m.contact().organisation());
        if (!m.contact().siteUrl().isEmpty()) contact.put("url", m.contact().siteUrl());
        if (!m.contact().email().isEmpty()) contact.put("email", m.contact().email());
        root.putArray("servers").addObject().put("url", base).put("description", "本服务 / this server");
        ArrayNode tags = root.putArray("tags");
        tags.addObject().put("name", "Capabilities").put("description", "服务能力 / essential characteristics of the API");
        tags.addObject().put("name", "Data").put("description", "要素数据 / access to the features");

        ObjectNode paths = root.putObject("paths");
        paths.set("/", get("Capabilities", "服务首页 / landing page", "getLandingPage", List.of(ref("f")),
                ok("服务首页 / the landing page", Map.of(Rels.JSON, REF_SCHEMA + "landingPage")), false));
        paths.set("/conformance", get("Capabilities", "符合性声明 / conformance classes implemented", "getConformance", List.of(ref("f")),
                ok("符合性类别 / the conformance classes", Map.of(Rels.JSON, REF_SCHEMA + "confClasses")), false));
        paths.set("/api", get("Capabilities", "API 定义 / this API definition", "getApi", List.of(ref("f")),
                ok("OpenAPI 3.0 文档 / the OpenAPI document", Map.of(Rels.OPENAPI, "")), false));
        paths.set("/collections", get("Capabilities", "要素集合列表 / the feature collections", "getCollections", List.of(ref("f")),
                ok("要素集合 / the collections", Map.of(Rels.JSON, REF_SCHEMA + "collections")), false));
        for (LayerInfo l : catalog.layers()) collectionPaths(paths, l);

        ObjectNode components = root.putObject("components");
        parameters(components.putObject("parameters"));
        OpenApiSchemas.add(components.putObject("schemas"));
        responses(components.putObject("responses"));
        ObjectNode contentCrs = components.putObject("headers").putObject("Content-Crs");
        contentCrs.put("description", "响应中坐标的坐标参照系，形如 <http://www.opengis.net/def/crs/OGC/1.3/CRS84> / the CRS of the coordinates");
        contentCrs.putObject("schema").put("type", "string");
        return root;
    }

    private void collectionPaths(ObjectNode paths, LayerInfo l) {
        String id = l.name();
        String p = "/collections/" + id;
        String op = id.replaceAll("[^A-Za-z0-9_]", "_");
        FeatureType type = l.source().type();
        paths.set(p, get("Capabilities", "集合 " + l.titleZh() + " 的说明 / metadata of " + l.titleEn(), "describeCollection_" + op,
                List.of(ref("f")), ok("集合说明 / the collection", Map.of(Rels.JSON, REF_SCHEMA + "collection")), true));
        paths.set(p + "/queryables", get("Capabilities", "集合 " + l.titleZh() + " 的可查询属性 / queryables of " + l.titleEn(),
                "getQueryables_" + op, List.of(ref("f")), ok("JSON Schema", Map.of(Rels.SCHEMA, REF_SCHEMA + "queryables")), true));

        ArrayNode params = Documents.MAPPER.createArrayNode();
        for (String name : List.of("f", "limit", "offset", "bbox", "bbox-crs", "crs", "datetime")) params.add(ref(name));
        params.add(propertiesParameter(type));
        for (String name : List.of("filter", "filter-lang", "filter-crs")) params.add(ref(name));
        for (AttributeDescriptor a : type.attributes()) params.add(queryableParameter(a));
        ObjectNode items = get("Data", "集合 " + l.titleZh() + " 的要素 / features of " + l.titleEn(), "getFeatures_" + op, List.of(),
                ok("要素集合（GeoJSON） / the features", Map.of(Rels.GEOJSON, REF_SCHEMA + "featureCollectionGeoJSON")), true);
        ((ObjectNode) items.get("get")).set("parameters", params);
        contentCrsHeader(items);
        paths.set(p + "/items", items);

        ObjectNode feature = get("Data", "集合 " + l.titleZh() + " 中的单个要素 / one feature of " + l.titleEn(), "getFeature_" + op,
                List.of(ref("featureId"), ref("f"), ref("crs")),
                ok("要素（GeoJSON） / the feature", Map.of(Rels.GEOJSON, REF_SCHEMA + "featureGeoJSON")), true);
        ((ArrayNode) feature.get("get").get("parameters")).add(propertiesParameter(type));
        contentCrsHeader(feature);
        paths.set(p + "/items/{featureId}", feature);
    }

    private static void contentCrsHeader(ObjectNode pathItem) {
        ObjectNode ok = (ObjectNode) pathItem.get("get").get("responses").get("200");
        ok.putObject("headers").putObject("Content-Crs").put("$ref", "#/components/headers/Content-Crs");
    }

    private static ObjectNode ref(String name) {
        ObjectNode o = Documents.MAPPER.createObjectNode();
        o.put("$ref", REF_PARAM + name);
        return o;
    }

    /** A GET operation answering JSON (the given schemas) or HTML, with the problem responses. */
    private static ObjectNode get(String tag, String summary, String operationId, List<ObjectNode> params, ObjectNode ok, boolean notFound) {
        ObjectNode item = Documents.MAPPER.createObjectNode();
        ObjectNode get = item.putObject("get");
        get.putArray("tags").add(tag);
        get.put("summary", summary);
        get.put("operationId", operationId);
        ArrayNode ps = get.putArray("parameters");
        params.forEach(ps::add);
        ObjectNode responses = get.putObject("responses");
        responses.set("200", ok);
        responses.putObject("400").put("$ref", REF_RESPONSE + "BadRequest");
        if (notFound) responses.putObject("404").put("$ref", REF_RESPONSE + "NotFound");
        responses.putObject("500").put("$ref", REF_RESPONSE + "ServerError");
        return item;
    }

    /** A 200 response: each JSON media type with its schema reference (empty: any object), plus HTML. */
    private static ObjectNode ok(String description, Map<String, String> json) {
        ObjectNode r = Documents.MAPPER.createObjectNode();
        r.put("description", description);
        ObjectNode content = r.putObject("content");
        json.forEach((type, schema) -> {
            ObjectNode s = content.putObject(type).putObject("schema");
            if (schema.isEmpty()) s.put("type", "object");
            else s.put("$ref", schema);
        });
        content.putObject(Rels.HTML).putObject("schema").put("type", "string");
        return r;
    }

    private ObjectNode propertiesParameter(FeatureType type) {
        ObjectNode p = Documents.MAPPER.createObjectNode();
        p.put("name", "properties");
        p.put("in", "query");
        p.put("description", "只返回这些属性（逗号分隔；几何总是返回） / return only these properties (comma-separated; the geometry is always returned)");
        p.put("required", false);
        p.put("style", "form");
        p.put("explode", false);
        ObjectNode s = p.putObject("schema");
        s.put("type", "array");
        ArrayNode e = s.putObject("items").put("type", "string").putArray("enum");
        for (AttributeDescriptor a : type.attributes()) e.add(a.name());
        e.add(type.geometryName());
        return p;
    }

    private static ObjectNode queryableParameter(AttributeDescriptor a) {
        ObjectNode p = Documents.MAPPER.createObjectNode();
        p.put("name", a.name());
        p.put("in", "query");
        p.put("description", a.titleZh() + "（等值匹配） / equal to this value");
        p.put("required", false);
        p.put("style", "form");
        p.put("explode", false);
        ObjectNode s = p.putObject("schema");
        switch (a.type()) {
            case INTEGER -> s.put("type", "integer");
            case DOUBLE -> s.put("type", "number");
            case BOOLEAN -> s.put("type", "boolean");
            case DATE -> s.put("type", "string").put("format", "date");
            case DATETIME -> s.put("type", "string").put("format", "date-time");
            default -> s.put("type", "string");
        }
        return p;
    }

    private void parameters(ObjectNode ps) {
        ObjectNode f = param(ps, "f", "query", "输出格式（也可用 Accept 头） / the encoding (or use the Accept header)");
        f.putObject("schema").put("type", "string").put("default", "json").putArray("enum").add("json").add("html");

        ObjectNode limit = param(ps, "limit", "query", "每页要素数（默认 " + config.defaultLimit() + "，超过 " + config.maxLimit()
                + " 时按 " + config.maxLimit() + " 返回） / the page size; larger values are capped at the maximum");
        limit.putObject("schema").put("type", "integer").put("minimum", 1).put("maximum", config.maxLimit())
                .put("default", config.defaultLimit());

        ObjectNode offset = param(ps, "offset", "query", "跳过的要素数（分页；也可跟随 next 链接） / features to skip (paging; or follow the next link)");
        offset.putObject("schema").put("type", "integer").put("minimum", 0).put("default", 0);

        ObjectNode bbox = param(ps, "bbox", "query", "外包框：minx,miny,maxx,maxy（或 6 个数），坐标系见 bbox-crs，默认 CRS84 经度在前"
                + " / bounding box in bbox-crs (default CRS84, longitude first)");
        bbox.put("style", "form").put("explode", false);
        ObjectNode bs = bbox.putObject("schema");
        bs.put("type", "array").put("minItems", 4).put("maxItems", 6).putObject("items").put("type", "number");

        crsParam(ps, "bbox-crs", "bbox 参数的坐标参照系 / the CRS of bbox");
        crsParam(ps, "crs", "输出几何的坐标参照系（EPSG 的 URI 按 EPSG 轴序） / the CRS of the returned geometries (EPSG axis order)");
        crsParam(ps, "filter-crs", "filter 中几何字面值的坐标参照系 / the CRS of geometry literals in filter");

        ObjectNode dt = param(ps, "datetime", "query", "时刻或区间（RFC 3339，如 2024-01-01T00:00:00Z 或 2024-01-01/..），用于选择方案版本"
                + " / an instant or interval selecting the scheme version");
        dt.put("style", "form").put("explode", false);
        dt.putObject("schema").put("type", "string");

        ObjectNode filter = param(ps, "filter", "query", "CQL2 文本过滤表达式，如 name LIKE '%太原%' AND S_INTERSECTS(geometry, POINT(112.5 37.8))"
                + " / a CQL2 text filter");
        filter.putObject("schema").put("type", "string");
        ObjectNode lang = param(ps, "filter-lang", "query", "过滤语言 / the filter language");
        lang.putObject("schema").put("type", "string").put("default", "cql2-text").putArray("enum").add("cql2-text");

        ObjectNode id = param(ps, "featureId", "path", "要素标识 / the feature identifier");
        id.put("required", true);
        id.putObject("schema").put("type", "string");
    }

    private void crsParam(ObjectNode ps, String name, String description) {
        ObjectNode p = param(ps, name, "query", description);
        ObjectNode s = p.putObject("schema");
        s.put("type", "string").put("format", "uri").put("default", CrsUris.CRS84);
        ArrayNode e = s.putArray("enum");
        crs.offered().forEach(e::add);
    }

    private static ObjectNode param(ObjectNode ps, String name, String in, String description) {
        ObjectNode p = ps.putObject(name);
        p.put("name", name);
        p.put("in", in);
        p.put("description", description);
        p.put("required", false);
        return p;
    }

    private static void responses(ObjectNode rs) {
        for (String[] r : new String[][] {{"BadRequest", "请求参数错误 / bad request"}, {"NotFound", "资源不存在 / not found"},
                {"ServerError", "服务器内部错误 / server error"}}) {
            ObjectNode o = rs.putObject(r[0]);
            o.put("description", r[1]);
            o.putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", REF_SCHEMA + "exception");
        }
    }
}
