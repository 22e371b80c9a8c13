package org.ecozoning.ogc.features;

import static org.ecozoning.ogc.common.Html.bilingual;
import static org.ecozoning.ogc.common.Html.esc;
import static org.ecozoning.ogc.common.Html.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.ogc.common.Html;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.ogc.common.ServiceMetadata;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The HTML encoding of every resource: small server-rendered pages in Simplified Chinese with
 * the English alongside, no JavaScript, every value escaped, a layout that reads on a phone.
 */
final class HtmlPages {
    private final FeaturesConfig config;
    private final Documents docs;

    HtmlPages(FeaturesConfig config, Documents docs) {
        this.config = config;
        this.docs = docs;
    }

    private String page(String titleZh, String titleEn, String crumbs, String body, String jsonPath, String jsonLabel) {
        ServiceMetadata m = config.metadata();
        String footer = (jsonPath == null ? "" : link(jsonPath, jsonLabel) + " · ")
                + "OGC API – Features · " + esc(m.contact().organisation());
        String title = titleZh.equals(m.titleZh()) ? m.title() : titleZh + " / " + titleEn + " – " + m.titleZh();
        return Html.page(title, m.titleZh(), docs.href("/", Format.HTML), crumbs,
                "<h1>" + bilingual(titleZh, titleEn) + "</h1>" + body, footer);
    }

    private String crumbs(String... pairs) {
        StringBuilder sb = new StringBuilder(link(docs.href("/", Format.HTML), "首页 Home"));
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            sb.append(" › ");
            sb.append(pairs[i + 1] == null ? esc(pairs[i]) : link(pairs[i + 1], pairs[i]));
        }
        return sb.toString();
    }

    String landing() {
        ServiceMetadata m = config.metadata();
        String body = "<p>" + bilingual(m.abstractZh(), m.abstractEn()) + "</p><ul>"
                + "<li>" + link(docs.href("/collections", Format.HTML), "要素集合 Collections") + "</li>"
                + "<li>" + link(docs.href("/api", Format.HTML), "API 说明 API documentation") + "（"
                + link(docs.href("/api", Format.JSON), "OpenAPI 3.0 JSON") + "）</li>"
                + "<li>" + link(docs.href("/conformance", Format.HTML), "符合性声明 Conformance") + "</li></ul>";
        return page(m.titleZh(), m.titleEn(), "", body, docs.href("/", Format.JSON), "JSON");
    }

    String conformance() {
        StringBuilder sb = new StringBuilder("<p>本服务实现的标准符合性类别 <span class=\"en\">Conformance classes implemented</span></p><ul>");
        for (String c : Conformance.CLASSES) sb.append("<li><code>").append(esc(c)).append("</code></li>");
        sb.append("</ul>");
        return page("符合性声明", "Conformance", crumbs("符合性声明 Conformance", null), sb.toString(),
                docs.href("/conformance", Format.JSON), "JSON");
    }

    String collections(LayerCatalog catalog) {
        StringBuilder sb = new StringBuilder();
        for (LayerInfo l : catalog.layers()) {
            String path = "/collections/" + Link.encode(l.name());
            sb.append("<section><h2>").append(link(docs.href(path, Format.HTML), l.titleZh())).append(" <span class=\"en\">")
                    .append(esc(l.titleEn())).append("</span></h2><p>").append(bilingual(l.abstractZh(), l.abstractEn()))
                    .append("</p><p><code>").append(esc(l.name())).append("</code> · ")
                    .append(link(docs.href(path + "/items", Format.HTML), "浏览要素 Browse")).append(" · ")
                    .append(link(docs.href(path + "/items", Format.JSON), "GeoJSON")).append("</p></section>");
        }
        return page("要素集合", "Collections", crumbs("要素集合 Collections", null), sb.toString(), docs.href("/collections", Format.JSON), "JSON");
    }

    String collection(LayerInfo l, CrsUris crs) {
        String path = "/collections/" + Link.encode(l.name());
        StringBuilder sb = new StringBuilder("<p>").append(bilingual(l.abstractZh(), l.abstractEn())).append("</p><ul>")
                .append("<li>").append(link(docs.href(path + "/items", Format.HTML), "浏览要素 Browse features")).append("</li>")
                .append("<li>").append(link(docs.href(path + "/items", Format.JSON), "要素 GeoJSON")).append("</li>")
                .append("<li>").append(link(docs.href(path + "/queryables", Format.HTML), "可查询属性 Queryables")).append("</li></ul>")
                .append("<table><tr><th>标识 Id</th><td><code>").append(esc(l.name())).append("</code></td></tr>");
        Envelope e = l.bbox();
        if (e != null && !e.isNull()) {
            sb.append("<tr><th>范围 Extent (CRS84)</th><td>").append(esc(String.format(Locale.ROOT, "%.5f, %.5f, %.5f, %.5f",
                    e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()))).append("</td></tr>");
        }
        var time = config.versions().temporalExtent();
        if (time != null) sb.append("<tr><th>时间范围 Temporal extent</th><td>").append(esc(time.toString())).append("</td></tr>");
        sb.append("<tr><th>几何类型 Geometry</th><td>").append(esc(l.source().type().geometryType())).append("</td></tr>")
                .append("<tr><th>存储坐标系 Storage CRS</th><td><code>").append(esc(CrsUris.STORAGE)).append("</code></td></tr>")
                .append("<tr><th>可用坐标系 CRS</th><td>");
        for (String c : crs.offered()) sb.append("<code>").append(esc(c)).append("</code><br>");
        sb.append("</td></tr>");
        if (!l.keywords().isEmpty()) sb.append("<tr><th>关键词 Keywords</th><td>").append(esc(String.join("，", l.keywords()))).append("</td></tr>");
        sb.append("</table>");
        return page(l.titleZh(), l.titleEn(), crumbs("要素集合 Collections", docs.href("/collections", Format.HTML), l.titleZh(), null),
                sb.toString(), docs.href(path, Format.JSON), "JSON");
    }

    /** A page of features as a table (id, attributes, geometry type), with paging links. */
    String items(LayerInfo l, FeatureType type, List<Feature> features, long matched, long offset, String prev, String next,
            String jsonHref, ItemsQuery q) {
        String path = "/collections/" + Link.encode(l.name());
        StringBuilder sb = new StringBuilder("<p>共匹配 ").append(matched).append(" 个要素，本页第 ")
                .append(features.isEmpty() ? 0 : offset + 1).append("–").append(offset + features.size())
                .append(" 个 <span class=\"en\">").append(matched).append(" features matched, showing ")
                .append(features.isEmpty() ? 0 : offset + 1).append("–").append(offset + features.size()).append("</span></p>");
        sb.append(pager(prev, next));
        sb.append("<div class=\"scroll\"><table class=\"wide\"><tr><th>标识 Id</th>");
        List<AttributeDescriptor> shown = type.attributes().stream().filter(a -> q.wants(type, a.name())).toList();
        for (AttributeDescriptor a : shown) sb.append("<th>").append(esc(a.titleZh())).append("<br><span class=\"en\">").append(esc(a.name())).append("</span></th>");
        sb.append("<th>几何 Geometry</th></tr>");
        for (Feature f : features) {
            sb.append("<tr><td>").append(link(docs.href(path + "/items/" + Link.encode(f.id()), Format.HTML), f.id())).append("</td>");
            for (AttributeDescriptor a : shown) sb.append("<td>").append(esc(text(f.get(a.name())))).append("</td>");
            sb.append("<td>").append(esc(geometrySummary(f.geometry()))).append("</td></tr>");
        }
        sb.append("</table></div>").append(pager(prev, next));
        return page(l.titleZh() + " 要素", "Features of " + l.titleEn(), crumbs("要素集合 Collections", docs.href("/collections", Format.HTML),
                l.titleZh(), docs.href(path, Format.HTML), "要素 Items", null), sb.toString(), jsonHref, "GeoJSON");
    }

    private static String pager(String prev, String next) {
        if (prev == null && next == null) return "";
        return "<p class=\"pager\">" + (prev == null ? "" : link(prev, "‹ 上一页 Previous")) + (next == null ? "" : link(next, "下一页 Next ›"))
                + "</p>";
    }

    String feature(LayerInfo l, Feature f, ItemsQuery q, String jsonHref) {
        String path = "/collections/" + Link.encode(l.name());
        FeatureType type = f.type();
        StringBuilder sb = new StringBuilder("<table><tr><th>标识 Id</th><td><code>").append(esc(f.id())).append("</code></td></tr>");
        for (AttributeDescriptor a : type.attributes()) {
            if (!q.wants(type, a.name())) continue;
            sb.append("<tr><th>").append(esc(a.titleZh())).append(" <span class=\"en\">").append(esc(a.name())).append("</span></th><td>")
                    .append(esc(text(f.value(type.indexOf(a.name()))))).append("</td></tr>");
        }
        sb.append("<tr><th>几何 Geometry</th><td>").append(esc(geometrySummary(f.geometry()))).append("</td></tr>");
        Geometry g = f.geometry();
        if (g != null && !g.isEmpty()) {
            Envelope e = g.getEnvelopeInternal();
            sb.append("<tr><th>外包框 BBox (CRS84)</th><td>").append(esc(String.format(Locale.ROOT, "%.6f, %.6f, %.6f, %.6f",
                    e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()))).append("</td></tr>");
        }
        sb.append("</table>");
        return page(String.valueOf(f.id()), l.titleZh(), crumbs("要素集合 Collections", docs.href("/collections", Format.HTML), l.titleZh(),
                docs.href(path, Format.HTML), "要素 Items", docs.href(path + "/items", Format.HTML), f.id(), null), sb.toString(), jsonHref, "GeoJSON");
    }

    String queryables(LayerInfo l) {
        String path = "/collections/" + Link.encode(l.name());
        StringBuilder sb = new StringBuilder("<p>可在 <code>filter</code>（CQL2 文本）中使用，非几何属性也可作为同名查询参数（等值匹配）。"
                + " <span class=\"en\">Usable in <code>filter</code> (CQL2 text); non-geometry properties also as query parameters (equality).</span></p>"
                + "<div class=\"scroll\"><table><tr><th>名称 Name</th><th>说明 Title</th><th>类型 Type</th></tr>");
        for (Map.Entry<String, com.fasterxml.jackson.databind.node.ObjectNode> e : Documents.propertySchemas(l.source().type()).entrySet()) {
            JsonNode s = e.getValue();
            String t = s.has("type") ? s.get("type").asText() + (s.has("format") ? " (" + s.get("format").asText() + ")" : "") : s.path("format").asText();
            sb.append("<tr><td><code>").append(esc(e.getKey())).append("</code></td><td>").append(esc(s.path("title").asText()))
                    .append("</td><td>").append(esc(t)).append("</td></tr>");
        }
        sb.append("</table></div><h2>示例 Examples</h2><ul>");
        sb.append("<li><code>").append(esc(example(l))).append("</code></li>");
        sb.append("<li><code>S_INTERSECTS(").append(esc(l.source().type().geometryName())).append(", POINT(112.55 37.75))</code></li></ul>");
        return page(l.titleZh() + " 可查询属性", "Queryables of " + l.titleEn(), crumbs("要素集合 Collections",
                docs.href("/collections", Format.HTML), l.titleZh(), docs.href(path, Format.HTML), "可查询属性 Queryables", null), sb.toString(),
                docs.href(path + "/queryables", Format.JSON), "JSON Schema");
    }

    private static String example(LayerInfo l) {
        for (AttributeDescriptor a : l.source().type().attributes()) {
            if (a.type() == org.ecozoning.feature.AttributeType.STRING) return a.name() + " LIKE '%1401%'";
        }
        return "TRUE";
    }

    /** The API description as a readable list of its paths. */
    String api(JsonNode openapi) {
        StringBuilder sb = new StringBuilder("<p>").append(link(docs.href("/api", Format.JSON), "OpenAPI 3.0 JSON"))
                .append(" <span class=\"en\">machine-readable definition</span></p><div class=\"scroll\"><table><tr><th>路径 Path</th><th>说明 Summary</th><th>参数 Parameters</th></tr>");
        openapi.path("paths").properties().forEach(e -> {
            JsonNode get = e.getValue().path("get");
            StringBuilder params = new StringBuilder();
            for (JsonNode p : get.path("parameters")) {
                String name = p.has("$ref") ? p.get("$ref").asText().replaceAll(".*/", "") : p.path("name").asText();
                if (!params.isEmpty()) params.append(", ");
                params.append(name);
            }
            sb.append("<tr><td><code>").append(esc(e.getKey())).append("</code></td><td>").append(esc(get.path("summary").asText()))
                    .append("</td><td>").append(esc(params.toString())).append("</td></tr>");
        });
        sb.append("</table></div>");
        return page("API 说明", "API documentation", crumbs("API", null), sb.toString(), docs.href("/api", Format.JSON), "OpenAPI JSON");
    }

    String error(ProblemException e) {
        String body = "<p>" + esc(e.detail()) + "</p><p>" + link(docs.href("/", Format.HTML), "返回首页 Back to the home page") + "</p>";
        String[] title = e.title().split(" / ", 2);
        return page("错误 " + e.status() + "：" + title[0], "Error " + e.status() + (title.length > 1 ? ": " + title[1] : ""), "", body, null, null);
    }

    private static String text(Object v) { return v == null ? "" : v.toString(); }

    private static String geometrySummary(Geometry g) {
        if (g == null || g.isEmpty()) return "—";
        return g.getGeometryType() + "（" + g.getNumPoints() + " 点 points）";
    }
}
