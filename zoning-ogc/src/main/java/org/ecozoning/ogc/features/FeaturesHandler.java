package org.ecozoning.ogc.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureCursor;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.Query;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.ogc.common.ProblemResponse;

/**
 * The OGC API – Features endpoint (Part 1 core, GeoJSON, HTML, OpenAPI 3.0; Part 2 CRS by
 * reference; Part 3 queryables and CQL2 text filtering). Paths are relative to the mount point
 * ({@code /}, {@code /conformance}, {@code /api}, {@code /collections},
 * {@code /collections/{id}}, {@code /collections/{id}/items},
 * {@code /collections/{id}/items/{featureId}}, {@code /collections/{id}/queryables}); the
 * request path is expected percent-decoded. Every resource answers JSON or HTML by {@code f} or
 * the Accept header. It never throws for bad input: errors are RFC 9457 problem documents
 * (HTML pages for HTML clients).
 *
 * <pre>{@code
 * LayerCatalog catalog = SchemeLayers.build(units, zones, Path.of("workspace/data/shanxi-counties.geojson"));
 * FeaturesConfig config = FeaturesConfig.of(catalog)              // or .withVersions(shellSelector)
 *         .withMetadata(ServiceMetadata.load(Path.of("workspace/services.json"), "ogcapi"))
 *         .withEndpointPath("/ogcapi");
 * OgcHandler features = new FeaturesHandler(config);               // mount at /ogcapi
 * }</pre>
 */
public final class FeaturesHandler implements OgcHandler {
    private static final String JSON_UTF8 = Rels.JSON;
    private static final String HTML_UTF8 = "text/html; charset=UTF-8";

    private final FeaturesConfig config;
    private final CrsUris crs;
    private final ItemsWriter writer;

    public FeaturesHandler(FeaturesConfig config) {
        this.config = config;
        this.crs = new CrsUris(config.crs());
        this.writer = new ItemsWriter(config.crs());
    }

    public FeaturesConfig config() { return config; }

    /** The resources of the API, from the path segments. */
    private enum Resource {
        LANDING(Rels.JSON), CONFORMANCE(Rels.JSON), API(Rels.OPENAPI), COLLECTIONS(Rels.JSON), COLLECTION(Rels.JSON),
        ITEMS(Rels.GEOJSON), FEATURE(Rels.GEOJSON), QUERYABLES(Rels.SCHEMA), UNKNOWN(Rels.JSON);

        final String jsonType;

        Resource(String jsonType) { this.jsonType = jsonType; }

        static Resource of(List<String> s) {
            if (s.isEmpty()) return LANDING;
            boolean collections = s.get(0).equals("collections");
            return switch (s.size()) {
                case 1 -> s.get(0).equals("conformance") ? CONFORMANCE : s.get(0).equals("api") ? API : collections ? COLLECTIONS : UNKNOWN;
                case 2 -> collections ? COLLECTION : UNKNOWN;
                case 3 -> !collections ? UNKNOWN : s.get(2).equals("items") ? ITEMS : s.get(2).equals("queryables") ? QUERYABLES : UNKNOWN;
                case 4 -> collections && s.get(2).equals("items") ? FEATURE : UNKNOWN;
                default -> UNKNOWN;
            };
        }
    }

    @Override
    public OgcResponse handle(OgcRequest r) {
        String base = r.baseUrl() + config.endpointPath();
        Documents docs = new Documents(config, crs, base);
        HtmlPages html = new HtmlPages(config, docs);
        Format format = Format.JSON;
        try {
            List<String> seg = segments(r.path());
            Resource res = Resource.of(seg);
            format = Format.of(r, res.jsonType);
            if (!r.method().equals("GET") && !r.method().equals("HEAD")) throw ProblemException.methodNotAllowed(r.method(), "GET, HEAD");
            OgcResponse out = switch (res) {
                case LANDING -> simple(r, format, docs.landing(format), Rels.JSON, html::landing);
                case CONFORMANCE -> simple(r, format, docs.conformance(), Rels.JSON, html::conformance);
                case API -> api(r, format, docs, html);
                case COLLECTIONS -> {
                    LayerCatalog c = config.versions().current();
                    yield simple(r, format, docs.collections(c, format), Rels.JSON, () -> html.collections(c));
                }
                case COLLECTION -> {
                    LayerInfo l = collection(seg.get(1));
                    yield simple(r, format, docs.collection(l, format), Rels.JSON, () -> html.collection(l, crs));
                }
                case QUERYABLES -> {
                    LayerInfo l = collection(seg.get(1));
                    yield simple(r, format, docs.queryables(l), Rels.SCHEMA, () -> html.queryables(l));
                }
                case ITEMS -> items(r, format, seg.get(1), docs, html);
                case FEATURE -> feature(r, format, seg.get(1), seg.get(3), docs, html);
                case UNKNOWN -> throw ProblemException.notFound("没有资源 " + r.path(), "no resource at " + r.path());
            };
            return out.header("Vary", "Accept");
        } catch (ProblemException e) {
            return error(e, format, html, base + r.path());
        } catch (RuntimeException e) {
            ProblemException x = new ProblemException(500, "internal-error", "服务器内部错误 / Internal server error",
                    "服务器处理请求时出错 / the server could not process the request: " + e.getClass().getSimpleName());
            return error(x, format, html, base + r.path());
        }
    }

    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) if (!s.isEmpty()) out.add(s);
        return out;
    }

    private LayerInfo collection(String id) {
        LayerInfo l = config.versions().current().byQName(null, id);
        if (l == null) throw ProblemException.notFound("没有集合 " + id, "no collection " + id);
        return l;
    }

    /** A resource whose only parameter is {@code f}: the JSON document or its HTML page. */
    private static OgcResponse simple(OgcRequest r, Format format, ObjectNode json, String jsonType, java.util.function.Supplier<String> html) {
        ItemsQuery.checkParameters(r, Set.of("f"));
        if (format == Format.HTML) return OgcResponse.ok(HTML_UTF8, html.get());
        return OgcResponse.ok(jsonType.equals(Rels.JSON) ? JSON_UTF8 : jsonType, json(json));
    }

    private OgcResponse api(OgcRequest r, Format format, Documents docs, HtmlPages html) {
        ObjectNode doc = new OpenApiDocument(config, crs, docs.base()).build(config.versions().current());
        return simple(r, format, doc, Rels.OPENAPI, () -> html.api(doc));
    }

    private static byte[] json(JsonNode node) {
        try {
            return Documents.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OgcResponse items(OgcRequest r, Format format, String id, Documents docs, HtmlPages html) {
        LayerInfo layer = collection(id);
        ItemsQuery q = ItemsQuery.parse(r, layer.source().type(), config, crs);
        LayerInfo src = layer;
        if (q.datetime() != null) {
            LayerCatalog version = config.versions().select(q.datetime());
            src = version == null ? null : version.byQName(null, id);
        }
        long matched = src == null ? 0 : src.source().count(Query.filter(q.filter()));
        Query query = new Query(q.filter(), List.of(), q.offset(), q.limit(), null);
        String path = "/collections/" + Link.encode(id) + "/items";
        String timeStamp = config.clock().instant().truncatedTo(ChronoUnit.SECONDS).toString();

        String next = q.offset() + q.limit() < matched ? pageUrl(docs, path, q, q.offset() + q.limit(), format) : null;
        String prev = q.offset() > 0 ? pageUrl(docs, path, q, Math.max(0, q.offset() - q.limit()), format) : null;
        FeatureType type = (src == null ? layer : src).source().type();
        LayerInfo from = src;
        if (format == Format.HTML) {
            List<Feature> page = new ArrayList<>();
            if (from != null) {
                try (FeatureCursor c = from.source().features(query)) {
                    c.forEachRemaining(page::add);
                }
            }
            String json = pageUrl(docs, path, q, q.offset(), Format.JSON);
            return OgcResponse.ok(HTML_UTF8, html.items(layer, type, page, matched, q.offset(), prev, next, json, q));
        }
        List<Link> links = new ArrayList<>();
        links.add(new Link(pageUrl(docs, path, q, q.offset(), Format.JSON), "self", Rels.GEOJSON, "本页（GeoJSON） / this page"));
        links.add(new Link(pageUrl(docs, path, q, q.offset(), Format.HTML), "alternate", Rels.HTML, "本页（HTML） / this page as HTML"));
        if (next != null) links.add(new Link(next, "next", Rels.GEOJSON, "下一页 / next page"));
        if (prev != null) links.add(new Link(prev, "prev", Rels.GEOJSON, "上一页 / previous page"));
        links.add(new Link(docs.href("/collections/" + Link.encode(id), Format.JSON), "collection", Rels.JSON, layer.title()));
        return OgcResponse.stream(Rels.GEOJSON, out -> {
            if (from == null) {
                writer.collection(out, Collections.emptyIterator(), type, q, 0, timeStamp, links);
                return;
            }
            try (FeatureCursor c = from.source().features(query)) {
                writer.collection(out, c, type, q, matched, timeStamp, links);
            }
        }).header("Content-Crs", "<" + q.outputCrsUri() + ">");
    }

    /** The URL of a page: the request's parameters, the page's offset (when not 0) and limit, and the format. */
    private static String pageUrl(Documents docs, String path, ItemsQuery q, long offset, Format f) {
        Map<String, String> p = new LinkedHashMap<>(q.linkParams());
        p.keySet().removeIf(k -> k.equalsIgnoreCase("limit"));
        p.put("limit", Integer.toString(q.limit()));
        if (offset > 0) p.put("offset", Long.toString(offset));
        p.put("f", f.param());
        return Link.url(docs.base(), path, p);
    }

    private OgcResponse feature(OgcRequest r, Format format, String id, String featureId, Documents docs, HtmlPages html) {
        LayerInfo layer = collection(id);
        ItemsQuery q = ItemsQuery.forFeature(r, layer.source().type(), crs);
        Feature f;
        try (FeatureCursor c = layer.source().features(new Query(new Filter.Ids(Set.of(featureId)), List.of(), 0, 1, null))) {
            f = c.hasNext() ? c.next() : null;
        }
        if (f == null) {
            throw ProblemException.notFound("集合 " + id + " 中没有要素 " + featureId, "collection " + id + " has no feature " + featureId);
        }
        String path = "/collections/" + Link.encode(id) + "/items/" + Link.encode(featureId);
        Map<String, String> params = new LinkedHashMap<>(q.linkParams());
        params.put("f", "json");
        String json = Link.url(docs.base(), path, params);
        params.put("f", "html");
        String htmlHref = Link.url(docs.base(), path, params);
        if (format == Format.HTML) return OgcResponse.ok(HTML_UTF8, html.feature(layer, f, q, json));
        List<Link> links = List.of(new Link(json, "self", Rels.GEOJSON, "本要素（GeoJSON） / this feature"),
                new Link(htmlHref, "alternate", Rels.HTML, "本要素（HTML） / this feature as HTML"),
                new Link(docs.href("/collections/" + Link.encode(id), Format.JSON), "collection", Rels.JSON, layer.title()));
        Feature feature = f;
        return OgcResponse.stream(Rels.GEOJSON, out -> writer.feature(out, feature, q, links))
                .header("Content-Crs", "<" + q.outputCrsUri() + ">");
    }

    private static OgcResponse error(ProblemException e, Format format, HtmlPages html, String instance) {
        if (format == Format.HTML) {
            OgcResponse r = new OgcResponse(e.status(), HTML_UTF8, null, out -> out.write(html.error(e).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            if (e.members().get("allow") instanceof String allow) r.header("Allow", allow);
            return r;
        }
        return ProblemResponse.of(e, instance);
    }
}
