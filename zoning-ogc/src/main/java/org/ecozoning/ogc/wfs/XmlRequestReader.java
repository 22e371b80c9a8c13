package org.ecozoning.ogc.wfs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.SortBy;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.ogc.common.Crs;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.OwsException;
import org.ecozoning.ogc.common.SecureXml;
import org.ecozoning.ogc.wfs.WfsRequest.QueryPlan;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the XML (POST) encoding of WFS 2.0 and 1.1 requests into {@link WfsRequest}s, and
 * records the equivalent KVP parameters for paging links.
 */
final class XmlRequestReader {
    private final WfsConfig config;

    XmlRequestReader(WfsConfig config) { this.config = config; }

    WfsRequest read(Element root, WfsVersion version) {
        String op = root.getLocalName();
        return switch (op) {
            case "GetCapabilities" -> new WfsRequest.GetCapabilities(version, texts(child(root, "Sections"), "Section"));
            case "DescribeFeatureType" -> describe(root, version);
            case "GetFeature" -> getFeature(root, version, false);
            case "GetPropertyValue" -> getFeature(root, version, true);
            case "ListStoredQueries" -> new WfsRequest.ListStoredQueries(version);
            case "DescribeStoredQueries" -> new WfsRequest.DescribeStoredQueries(version,
                    KvpRequestReader.storedQueryIds(texts(root, "StoredQueryId"), config.storedQueries()));
            case "CreateStoredQuery" -> createStoredQuery(root, version);
            case "DropStoredQuery" -> new WfsRequest.DropStoredQuery(version, attr(root, "id"));
            default -> throw OwsException.notSupported(op);
        };
    }

    /** CreateStoredQuery (ISO 19142 14.5): only the WFS query language, one wfs:Query per definition. */
    private WfsRequest createStoredQuery(Element root, WfsVersion version) {
        List<StoredQueryRegistry.Definition> defs = new ArrayList<>();
        for (Element d : children(root, "StoredQueryDefinition")) {
            String id = attr(d, "id");
            if (id == null || id.isBlank()) throw OwsException.missing("id");
            List<StoredQueryRegistry.Parameter> params = new ArrayList<>();
            for (Element p : children(d, "Parameter")) {
                String name = attr(p, "name");
                if (name == null || name.isBlank()) throw OwsException.missing("Parameter/@name");
                if (params.stream().anyMatch(x -> x.name().equals(name))) {
                    throw new OwsException(OwsException.Code.DuplicateStoredQueryParameterName, name,
                            "参数名重复 " + name + " / duplicate parameter name " + name);
                }
                params.add(new StoredQueryRegistry.Parameter(name, attr(p, "type")));
            }
            List<Element> texts = children(d, "QueryExpressionText");
            if (texts.size() != 1) throw OwsException.invalid("QueryExpressionText", "需要一个查询表达式", "exactly one QueryExpressionText is needed");
            Element text = texts.get(0);
            if (!StoredQueries.LANGUAGE.equals(attr(text, "language"))) {
                throw OwsException.invalid("language", "不支持的查询语言 " + attr(text, "language") + "，仅支持 " + StoredQueries.LANGUAGE,
                        "unsupported query language " + attr(text, "language") + "; supported: " + StoredQueries.LANGUAGE);
            }
            List<Element> queries = children(text, "Query");
            if (queries.size() != 1) {
                throw OwsException.invalid("QueryExpressionText", "查询表达式须恰含一个 wfs:Query", "the query expression must hold exactly one wfs:Query");
            }
            String title = texts(d, "Title").stream().findFirst().orElse(id);
            String abs = texts(d, "Abstract").stream().findFirst().orElse("");
            defs.add(new StoredQueryRegistry.Definition(id, title, abs, List.copyOf(params), StoredQueryRegistry.detach(queries.get(0))));
        }
        if (defs.isEmpty()) throw OwsException.missing("StoredQueryDefinition");
        return new WfsRequest.CreateStoredQuery(version, defs);
    }

    private WfsRequest describe(Element root, WfsVersion version) {
        List<LayerInfo> layers = new ArrayList<>();
        for (Element t : children(root, "TypeName")) {
            layers.add(Names.layer(config.catalog(), t.getTextContent().trim(), namespaces(t), "typeName"));
        }
        return new WfsRequest.DescribeFeatureType(version, layers,
                KvpRequestReader.schemaFormat(attr(root, "outputFormat"), version));
    }

    private WfsRequest getFeature(Element root, WfsVersion version, boolean propertyValue) {
        QueryPlanner planner = new QueryPlanner(config, version);
        Map<String, String> link = new LinkedHashMap<>();
        link.put("service", "WFS");
        link.put("version", version.number());
        link.put("request", root.getLocalName());
        OutputFormat format = KvpRequestReader.featureFormat(attr(root, "outputFormat"), version, propertyValue);
        if (attr(root, "outputFormat") != null) link.put("outputFormat", attr(root, "outputFormat"));
        String countAttr = attr(root, "count") != null ? "count" : "maxFeatures";
        long count = KvpRequestReader.count(attr(root, countAttr), countAttr);
        long start = KvpRequestReader.nonNegative(attr(root, "startIndex"), "startIndex", 0);
        boolean hits = KvpRequestReader.resultType(attr(root, "resultType"));
        KvpRequestReader.resolve(attr(root, "resolve"));
        String valueReference = null;
        if (propertyValue) {
            valueReference = root.hasAttribute("valueReference") ? root.getAttribute("valueReference") : null;
            if (valueReference == null) throw OwsException.missing("valueReference");
            if (valueReference.isBlank()) throw OwsException.invalid("valueReference", "valueReference 为空", "empty valueReference");
            link.put("valueReference", valueReference);
        }
        List<QueryPlan> plans = new ArrayList<>();
        List<String> typeNames = new ArrayList<>(), filters = new ArrayList<>(), props = new ArrayList<>(), sorts = new ArrayList<>();
        String srs = null;
        String filterVersion = FesFilterParser.FES20;
        boolean bare = false;
        for (Element child : children(root, null)) {
            Element q = child;
            StoredQueryRegistry.Definition created = q.getLocalName().equals("StoredQuery")
                    ? config.storedQueries().get(q.getAttribute("id")) : null;
            if (created != null) {
                java.util.Map<String, String> values = new LinkedHashMap<>();
                for (Element p : children(q, "Parameter")) values.put(p.getAttribute("name"), p.getTextContent());
                List<Element> params = children(q, "Parameter");
                q = StoredQueryRegistry.expand(created, values, prefix -> params.stream().map(p -> p.lookupNamespaceURI(prefix))
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null));
            } else if (q.getLocalName().equals("StoredQuery")) {
                String id = q.getAttribute("id");
                if (!StoredQueries.isGetFeatureById(id)) {
                    throw OwsException.invalid("storedQuery_Id", "未知的存储查询 " + id, "unknown stored query " + id);
                }
                String fid = null;
                for (Element p : children(q, "Parameter")) if ("id".equalsIgnoreCase(p.getAttribute("name"))) fid = p.getTextContent().trim();
                if (fid == null || fid.isEmpty()) throw OwsException.missing("id");
                link.put("storedQuery_id", id);
                link.put("id", fid);
                plans.addAll(new KvpRequestReader(config).byIdPlans(fid, planner.crs(null), planner));
                bare = !propertyValue;
                continue;
            }
            if (!q.getLocalName().equals("Query")) {
                throw OwsException.parsing(q.getLocalName(), "不支持的查询元素 " + q.getNodeName(), "unsupported query element " + q.getNodeName());
            }
            String names = attr(q, version == WfsVersion.V2_0_0 ? "typeNames" : "typeName");
            if (names == null) names = attr(q, version == WfsVersion.V2_0_0 ? "typeName" : "typeNames");
            // OWSLib (0.27) writes the 2.0 attribute in lower case; accepting it costs nothing and lets that client filter
            if (names == null) names = attr(q, "typenames");
            if (names == null) throw OwsException.missing("typeNames");
            String[] list = names.trim().split("\\s+|,");
            if (list.length != 1) {
                throw OwsException.invalid("typeNames", "不支持连接查询（一个查询多个类型）", "joins (several types in one query) are not supported");
            }
            Names.Namespaces ns = namespaces(q);
            LayerInfo layer = Names.layer(config.catalog(), list[0], ns, "typeNames");
            FeatureType type = layer.source().type();
            Crs crs = planner.crs(attr(q, "srsName"));
            if (attr(q, "srsName") != null) srs = attr(q, "srsName");
            Filter filter = null;
            List<SortBy> sort = new ArrayList<>();
            List<String> propNames = new ArrayList<>();
            for (Element c : children(q, null)) {
                switch (c.getLocalName()) {
                    case "PropertyName" -> propNames.add(c.getTextContent().trim());
                    case "Filter" -> {
                        filter = planner.filter(c, layer, crs, ns);
                        filters.add(SecureXml.toStandaloneString(c));
                        filterVersion = c.getNamespaceURI();
                    }
                    case "SortBy" -> {
                        List<String> keys = new ArrayList<>();
                        for (Element sp : children(c, "SortProperty")) {
                            Element ref = first(sp, "ValueReference", "PropertyName");
                            if (ref == null) throw OwsException.invalid("sortBy", "SortProperty 缺少属性", "SortProperty needs a property");
                            Element order = child(sp, "SortOrder");
                            String o = order == null ? "ASC" : order.getTextContent().trim();
                            String prop = planner.sortProperty(ref.getTextContent().trim(), type, namespaces(ref));
                            sort.add(new SortBy(prop, QueryPlanner.ascending(o)));
                            keys.add(LayerCatalog.PREFIX + ":" + prop + " " + (QueryPlanner.ascending(o) ? "ASC" : "DESC"));
                        }
                        sorts.add(String.join(",", keys));
                    }
                    default -> throw OwsException.parsing(c.getLocalName(), "Query 中不支持元素 " + c.getNodeName(),
                            "unsupported element in Query: " + c.getNodeName());
                }
            }
            if (filters.size() == typeNames.size()) filters.add(null); // this query has no filter
            List<String> p = planner.properties(propNames, type, ns);
            if (p != null) props.add("(" + String.join(",", p.stream().map(x -> LayerCatalog.PREFIX + ":" + x).toList()) + ")");
            typeNames.add(layer.qualifiedName());
            plans.add(planner.plan(layer, filter, sort, p, crs));
        }
        if (plans.isEmpty() && !bare && !link.containsKey("storedQuery_id")) {
            throw OwsException.missing("Query");
        }
        if (!typeNames.isEmpty()) {
            link.put("typeNames", String.join(",", typeNames));
            if (filters.stream().anyMatch(java.util.Objects::nonNull)) {
                List<String> all = new ArrayList<>();
                for (int i = 0; i < filters.size(); i++) {
                    all.add(filters.get(i) != null ? filters.get(i) : matchAll(plans.get(i).layer(), filterVersion));
                }
                link.put("filter", all.size() == 1 ? all.get(0) : String.join("", wrapEach(all)));
            }
            if (!sorts.isEmpty()) link.put("sortBy", sorts.get(0));
            if (!props.isEmpty()) link.put("propertyName", String.join("", props));
            if (srs != null) link.put("srsName", srs);
        }
        return new WfsRequest.GetFeature(version, plans, count, start, hits, format, valueReference, bare, link);
    }

    /** A filter that selects every feature (x IS NULL OR NOT x IS NULL), for a query without one in a paging link. */
    private static String matchAll(LayerInfo layer, String fesNs) {
        String ref = FesFilterParser.FES20.equals(fesNs) ? "ValueReference" : "PropertyName";
        String p = "<f:PropertyIsNull><f:" + ref + ">" + layer.source().type().geometryName() + "</f:" + ref + "></f:PropertyIsNull>";
        return "<f:Filter xmlns:f=\"" + fesNs + "\"><f:Or>" + p + "<f:Not>" + p + "</f:Not></f:Or></f:Filter>";
    }

    private static List<String> wrapEach(List<String> xs) { return xs.stream().map(x -> "(" + x + ")").toList(); }

    /** Prefix lookup through the element's in-scope namespace declarations. */
    static Names.Namespaces namespaces(Element e) {
        return p -> e.lookupNamespaceURI(p == null || p.isEmpty() ? null : p);
    }

    private static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    private static List<Element> children(Element e, String localName) {
        List<Element> out = new ArrayList<>();
        if (e == null) return out;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && (localName == null || localName.equals(c.getLocalName()))) out.add(c);
        }
        return out;
    }

    private static Element child(Element e, String localName) {
        List<Element> c = children(e, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    private static Element first(Element e, String a, String b) {
        Element x = child(e, a);
        return x != null ? x : child(e, b);
    }

    private static List<String> texts(Element e, String localName) {
        List<String> out = new ArrayList<>();
        for (Element c : children(e, localName)) out.add(c.getTextContent().trim());
        return out;
    }
}
