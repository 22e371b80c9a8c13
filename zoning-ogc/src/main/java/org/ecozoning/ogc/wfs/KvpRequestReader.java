package org.ecozoning.ogc.wfs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.SortBy;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.ogc.common.Crs;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OwsException;
import org.ecozoning.ogc.common.SecureXml;
import org.ecozoning.ogc.wfs.WfsRequest.QueryPlan;
import org.w3c.dom.Element;

/**
 * Reads the KVP (GET) encoding of WFS 2.0 and 1.1 requests into {@link WfsRequest}s. Lists of
 * per-query values use the WFS 2.0 parenthesis form ({@code (a,b)(c)}); a plain comma list of
 * TYPENAMES is one query per type.
 */
final class KvpRequestReader {
    private static final Set<String> PAGING = Set.of("startindex", "count", "maxfeatures", "resulttype");

    private final WfsConfig config;

    KvpRequestReader(WfsConfig config) { this.config = config; }

    WfsRequest read(String operation, WfsVersion version, OgcRequest r) {
        return switch (operation) {
            case "GetCapabilities" -> new WfsRequest.GetCapabilities(version, split(r.param("sections")));
            case "DescribeFeatureType" -> describe(version, r);
            case "GetFeature" -> getFeature(version, r, false);
            case "GetPropertyValue" -> getFeature(version, r, true);
            case "ListStoredQueries" -> new WfsRequest.ListStoredQueries(version);
            case "DescribeStoredQueries" -> new WfsRequest.DescribeStoredQueries(version,
                    storedQueryIds(split(r.param("storedQuery_id")), config.storedQueries()));
            case "DropStoredQuery" -> new WfsRequest.DropStoredQuery(version, r.param("storedQuery_id", r.param("id")));
            default -> throw OwsException.notSupported(operation);
        };
    }

    /**
     * A created stored query invoked through KVP: its parameters are the other KVP parameters; the expanded
     * wfs:Query goes through the XML reader inside a GetFeature that carries the presentation parameters.
     */
    private WfsRequest createdQuery(WfsVersion version, OgcRequest r, boolean propertyValue, StoredQueryRegistry.Definition d) {
        Map<String, String> values = new LinkedHashMap<>();
        r.params().forEach((k, v) -> { if (!v.isEmpty()) values.put(k, v.get(0)); });
        Element query = StoredQueryRegistry.expand(d, values, namespaceParam(r.param("namespaces")));
        Element root = query.getOwnerDocument().createElementNS(WfsVersion.V2_0_0.namespace(), "wfs:" + (propertyValue ? "GetPropertyValue" : "GetFeature"));
        for (String a : List.of("count", "startIndex", "resultType", "outputFormat", "valueReference", "resolve")) {
            String v = r.param(a);
            if (v != null) root.setAttribute(a, v);
        }
        query.getOwnerDocument().replaceChild(root, query);
        root.appendChild(query);
        return new XmlRequestReader(config).read(root, version);
    }

    /** NAMESPACES=xmlns(p,uri),… as a prefix lookup. */
    private static java.util.function.UnaryOperator<String> namespaceParam(String namespaces) {
        Map<String, String> m = new LinkedHashMap<>();
        if (namespaces != null) {
            var matcher = java.util.regex.Pattern.compile("xmlns\\(([^,()]*),([^()]*)\\)").matcher(namespaces);
            while (matcher.find()) m.put(matcher.group(1).trim(), matcher.group(2).trim());
        }
        return m::get;
    }

    static List<String> storedQueryIds(List<String> ids, StoredQueryRegistry registry) {
        for (String id : ids) {
            if (!StoredQueries.isGetFeatureById(id) && registry.get(id) == null) {
                throw OwsException.invalid("storedQuery_Id", "未知的存储查询 " + id, "unknown stored query " + id);
            }
        }
        return ids;
    }

    private WfsRequest describe(WfsVersion version, OgcRequest r) {
        String names = r.param("typeName", r.param("typeNames"));
        Names.Namespaces ns = Names.parseNamespaces(r.param("namespaces"));
        List<LayerInfo> layers = new ArrayList<>();
        for (String n : split(names)) layers.add(Names.layer(config.catalog(), n, ns, "typeName"));
        return new WfsRequest.DescribeFeatureType(version, layers, schemaFormat(r.param("outputFormat"), version));
    }

    static OutputFormat schemaFormat(String name, WfsVersion version) {
        OutputFormat f = OutputFormat.resolve(name, version);
        if (f == OutputFormat.GEOJSON) {
            throw OwsException.invalid("outputFormat", "DescribeFeatureType 仅提供 GML 应用模式", "DescribeFeatureType offers GML application schemas only");
        }
        return f;
    }

    private WfsRequest getFeature(WfsVersion version, OgcRequest r, boolean propertyValue) {
        QueryPlanner planner = new QueryPlanner(config, version);
        Names.Namespaces ns = Names.parseNamespaces(r.param("namespaces"));
        OutputFormat format = featureFormat(r.param("outputFormat"), version, propertyValue);
        long count = count(r.param("count") != null ? r.param("count") : r.param("maxFeatures"),
                r.param("count") != null ? "count" : "maxFeatures");
        long start = nonNegative(r.param("startIndex"), "startIndex", 0);
        boolean hits = resultType(r.param("resultType"));
        resolve(r.param("resolve"));
        String valueReference = null;
        if (propertyValue) {
            valueReference = r.param("valueReference");
            if (valueReference == null) throw OwsException.missing("valueReference");
            if (valueReference.isBlank()) {
                throw OwsException.invalid("valueReference", "valueReference 为空", "empty valueReference");
            }
        }
        Map<String, String> link = new LinkedHashMap<>();
        r.params().forEach((k, v) -> {
            if (!PAGING.contains(k.toLowerCase(Locale.ROOT)) && !v.isEmpty()) link.put(k, v.get(0));
        });

        String storedQuery = r.param("storedQuery_id");
        if (storedQuery != null && config.storedQueries().get(storedQuery) != null) {
            return createdQuery(version, r, propertyValue, config.storedQueries().get(storedQuery));
        }
        if (storedQuery != null) {
            if (!StoredQueries.isGetFeatureById(storedQuery)) {
                throw OwsException.invalid("storedQuery_Id", "未知的存储查询 " + storedQuery, "unknown stored query " + storedQuery);
            }
            String id = r.param("id");
            if (id == null || id.isBlank()) throw OwsException.missing("id");
            Crs crs = planner.crs(r.param("srsName"));
            List<QueryPlan> plans = byIdPlans(id, crs, planner);
            return new WfsRequest.GetFeature(version, plans, count, start, hits, format, valueReference, !propertyValue, link);
        }

        String typeNames = r.param("typeNames", r.param("typeName"));
        String filters = r.param("filter");
        String bbox = r.param("bbox");
        String resourceIds = r.param("resourceId", r.param("featureId"));
        int selections = (filters != null ? 1 : 0) + (bbox != null ? 1 : 0) + (resourceIds != null ? 1 : 0);
        if (selections > 1) {
            throw OwsException.invalid(resourceIds != null ? "resourceId" : "bbox", "FILTER、BBOX 与 RESOURCEID 只能三选一",
                    "FILTER, BBOX and RESOURCEID are mutually exclusive");
        }
        Crs crs = planner.crs(r.param("srsName"));
        List<QueryPlan> plans = new ArrayList<>();
        if (typeNames == null || typeNames.isBlank()) {
            if (resourceIds == null) throw OwsException.missing("typeNames");
            plans.addAll(resourceIdPlans(split(resourceIds), crs, planner));
        } else {
            List<List<String>> groups = groups(typeNames, true);
            List<String> filterList = filters == null ? null : filterList(filters);
            if (filterList != null && filterList.size() != groups.size()) {
                throw OwsException.invalid("filter", "FILTER 个数与 TYPENAMES 个数不一致", "the number of FILTERs differs from the number of TYPENAMES");
            }
            List<List<String>> props = groups(r.param("propertyName"), false);
            if (!props.isEmpty() && props.size() != 1 && props.size() != groups.size()) {
                throw OwsException.invalid("propertyName", "PROPERTYNAME 个数与 TYPENAMES 个数不一致", "the number of PROPERTYNAME lists differs from the number of TYPENAMES");
            }
            for (int i = 0; i < groups.size(); i++) {
                List<String> g = groups.get(i);
                if (g.size() != 1) {
                    throw OwsException.invalid("typeNames", "不支持连接查询（一个查询多个类型）", "joins (several types in one query) are not supported");
                }
                LayerInfo layer = Names.layer(config.catalog(), g.get(0), ns, "typeNames");
                FeatureType type = layer.source().type();
                Filter f = null;
                if (filterList != null) {
                    Element root = SecureXml.parse(filterList.get(i), "filter").getDocumentElement();
                    f = planner.filter(root, layer, crs, ns);
                } else if (bbox != null) {
                    f = planner.bbox(bbox, layer, crs);
                } else if (resourceIds != null) {
                    f = FesFilterParser.idFilter(new LinkedHashSet<>(split(resourceIds)), layer, config.catalog(), "resourceId");
                }
                List<SortBy> sort = planner.sortBy(r.param("sortBy"), type, ns);
                List<String> p = props.isEmpty() ? null : planner.properties(props.size() == 1 ? props.get(0) : props.get(i), type, ns);
                plans.add(planner.plan(layer, f, sort, p, crs));
            }
        }
        return new WfsRequest.GetFeature(version, plans, count, start, hits, format, valueReference, false, link);
    }

    /** Plans for RESOURCEID without TYPENAMES: one query per layer named by the ids' layer parts. */
    private List<QueryPlan> resourceIdPlans(List<String> ids, Crs crs, QueryPlanner planner) {
        Map<LayerInfo, Set<String>> byLayer = new LinkedHashMap<>();
        for (String id : ids) {
            String l = FeatureIds.layerOf(id);
            LayerInfo layer = l == null ? null : config.catalog().get(l);
            if (layer != null) byLayer.computeIfAbsent(layer, k -> new LinkedHashSet<>()).add(id);
        }
        List<QueryPlan> plans = new ArrayList<>();
        byLayer.forEach((layer, set) -> plans.add(planner.plan(layer,
                FesFilterParser.idFilter(set, layer, config.catalog(), "resourceId"), List.of(), null, crs)));
        return plans;
    }

    /** The plan of GetFeatureById: empty when the id names no layer (the operation answers NotFound). */
    List<QueryPlan> byIdPlans(String id, Crs crs, QueryPlanner planner) {
        String l = FeatureIds.layerOf(id.trim());
        LayerInfo layer = l == null ? null : config.catalog().get(l);
        if (layer == null) return List.of();
        return List.of(planner.plan(layer, new Filter.Ids(Set.of(FeatureIds.featureOf(id.trim()))), List.of(), null, crs));
    }

    static OutputFormat featureFormat(String name, WfsVersion version, boolean propertyValue) {
        OutputFormat f = OutputFormat.resolve(name, version);
        if (version == WfsVersion.V1_1_0 && f == OutputFormat.GML32) {
            throw OwsException.invalid("outputFormat", "WFS 1.1.0 不提供 GML 3.2，请用 WFS 2.0.0", "WFS 1.1.0 does not offer GML 3.2; use WFS 2.0.0");
        }
        if (propertyValue && f == OutputFormat.GEOJSON) {
            throw OwsException.invalid("outputFormat", "GetPropertyValue 仅提供 GML 输出", "GetPropertyValue answers in GML only");
        }
        return f;
    }

    /** COUNT/MAXFEATURES: absent → -1; negative or not a number → InvalidParameterValue. */
    static long count(String v, String locator) {
        if (v == null || v.isBlank()) return -1;
        try {
            long n = Long.parseLong(v.trim());
            if (n < 0) throw OwsException.invalid(locator, locator + " 不能为负数", locator + " must not be negative");
            return n;
        } catch (NumberFormatException e) {
            if (v.trim().matches("\\d+")) return Long.MAX_VALUE; // beyond long: capped like any large count
            throw OwsException.invalid(locator, locator + " 不是整数：" + v, locator + " is not an integer: " + v);
        }
    }

    static long nonNegative(String v, String locator, long fallback) {
        long n = count(v, locator);
        return n < 0 ? fallback : n;
    }

    static boolean resultType(String v) {
        if (v == null || v.isBlank() || v.equalsIgnoreCase("results")) return false;
        if (v.equalsIgnoreCase("hits")) return true;
        throw OwsException.invalid("resultType", "resultType 应为 results 或 hits", "resultType must be results or hits");
    }

    /** RESOLVE: every value is accepted (no feature holds references), but it must be one of the four. */
    static void resolve(String v) {
        if (v == null || v.isBlank()) return;
        switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "none", "local", "remote", "all" -> { }
            default -> throw OwsException.invalid("resolve", "resolve 应为 none、local、remote 或 all", "resolve must be none, local, remote or all");
        }
    }

    /** "a,b" → [a, b]; null → []. */
    static List<String> split(String v) {
        List<String> out = new ArrayList<>();
        if (v == null) return out;
        for (String s : v.split(",")) if (!s.isBlank()) out.add(s.trim());
        return out;
    }

    /**
     * Per-query lists: "(a,b)(c)" → [[a,b],[c]]; without parentheses, "a,b" → [[a],[b]] when
     * {@code onePerItem} (TYPENAMES) or [[a,b]] otherwise (PROPERTYNAME).
     */
    static List<List<String>> groups(String v, boolean onePerItem) {
        List<List<String>> out = new ArrayList<>();
        if (v == null || v.isBlank()) return out;
        String t = v.trim();
        if (t.startsWith("(")) {
            int i = 0;
            while (i < t.length()) {
                int open = t.indexOf('(', i), close = t.indexOf(')', open + 1);
                if (open < 0) break;
                if (close < 0) throw OwsException.invalid("typeNames", "括号不配对：" + v, "unbalanced parentheses: " + v);
                out.add(split(t.substring(open + 1, close)));
                i = close + 1;
            }
            return out;
        }
        if (onePerItem) {
            for (String s : split(t)) out.add(List.of(s));
        } else {
            out.add(split(t));
        }
        return out;
    }

    /** FILTER values: one Filter, or several in parentheses "(<Filter…/>)(<Filter…/>)". */
    static List<String> filterList(String v) {
        String t = v.trim();
        List<String> out = new ArrayList<>();
        if (!t.startsWith("(")) {
            out.add(t);
            return out;
        }
        int depth = 0, start = -1;
        boolean inTag = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '<') inTag = true;
            else if (c == '>') inTag = false;
            if (inTag) continue;
            if (c == '(' && depth++ == 0) start = i + 1;
            else if (c == ')' && --depth == 0) {
                String part = t.substring(start, i).trim();
                if (part.startsWith("<")) {
                    out.add(part);
                } else {
                    depth = 1; // a parenthesis inside text: keep scanning
                }
            }
        }
        if (out.isEmpty()) out.add(t);
        return out;
    }
}
