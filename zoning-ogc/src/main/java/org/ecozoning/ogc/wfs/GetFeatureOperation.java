package org.ecozoning.ogc.wfs;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.filter.Expression;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.OwsException;
import org.ecozoning.ogc.wfs.WfsRequest.QueryPlan;

/**
 * Executes GetFeature and GetPropertyValue: counts the matches of every query (numberMatched),
 * fixes the page (COUNT capped at the configured maximum, STARTINDEX across the concatenated
 * queries), and returns a response whose body streams the page from the sources to the client in
 * the requested format. GetFeatureById answers with the bare feature, or NotFound (404).
 */
final class GetFeatureOperation {
    private final WfsConfig config;
    private final String endpoint;

    GetFeatureOperation(WfsConfig config, String endpoint) {
        this.config = config;
        this.endpoint = endpoint;
    }

    OgcResponse execute(WfsRequest.GetFeature req) {
        List<QueryPlan> plans = req.isPropertyValue() ? propertyValuePlans(req) : req.queries();
        GmlFeatureWriter gml = req.format().gml() == null ? null : new GmlFeatureWriter(req.format().gml(), config.crs());
        if (req.bareFeature()) return bare(req, plans, gml);

        long[] matched = new long[plans.size()];
        long total = 0;
        for (int i = 0; i < plans.size(); i++) {
            matched[i] = plans.get(i).layer().source().count(FeatureStream.query(plans.get(i)));
            total += matched[i];
        }
        long pageSize = req.count() < 0 ? config.maxCount() : Math.min(req.count(), config.maxCount());
        String timeStamp = Instant.now(config.clock()).truncatedTo(ChronoUnit.SECONDS).toString();
        Page page = Page.of(total, req.startIndex(), pageSize, req.hits(), timeStamp, endpoint, req.linkParams());
        long take = req.hits() ? 0 : pageSize;
        String describe = describeUrl(req, plans);
        OgcResponse response = OgcResponse.stream(req.format().contentType(), out -> {
            try (FeatureStream stream = new FeatureStream(plans, matched, req.startIndex(), take)) {
                if (req.isPropertyValue()) {
                    new PropertyValueWriter(gml).write(out, page, stream, resolvedReference(req, plans));
                } else if (gml != null) {
                    new GmlCollectionWriter(req.version(), gml).write(out, page, stream, describe);
                } else {
                    new GeoJsonCollectionWriter(config.crs()).write(out, page, stream, plans.isEmpty() ? null : plans.get(0).outputCrs());
                }
            }
        });
        return response;
    }

    private OgcResponse bare(WfsRequest.GetFeature req, List<QueryPlan> plans, GmlFeatureWriter gml) {
        if (plans.isEmpty() || plans.get(0).layer().source().count(FeatureStream.query(plans.get(0))) == 0) {
            throw new OwsException(OwsException.Code.NotFound, "id", "没有此标识的要素 / no feature has this identifier");
        }
        String describe = describeUrl(req, plans);
        return OgcResponse.stream(req.format().contentType(), out -> {
            try (FeatureStream stream = new FeatureStream(plans, new long[] {1}, 0, 1)) {
                FeatureStream.Item item = stream.next();
                if (gml != null) new GmlCollectionWriter(req.version(), gml).writeBare(out, item, describe);
                else new GeoJsonCollectionWriter(config.crs()).writeBare(out, item);
            }
        });
    }

    /** GetPropertyValue selects the features that have the value (a member per value) and checks the reference. */
    private List<QueryPlan> propertyValuePlans(WfsRequest.GetFeature req) {
        String ref = req.valueReference().trim();
        List<QueryPlan> out = new ArrayList<>();
        for (QueryPlan p : req.queries()) {
            if (PropertyValueWriter.GML_ID.equals(ref)) {
                out.add(p);
                continue;
            }
            FeatureType type = p.layer().source().type();
            String prop = Names.property(type, ref, Names.NONE, "valueReference");
            Filter hasValue = new Filter.Not(new Filter.IsNull(new Expression.Property(prop)));
            Filter f = p.filter() instanceof Filter.Include ? hasValue : new Filter.And(List.of(p.filter(), hasValue));
            out.add(new QueryPlan(p.layer(), f, p.sortBy(), p.properties(), p.outputCrs()));
        }
        return out;
    }

    /** "@gml:id" or the local name of the property the value reference names. */
    private static String resolvedReference(WfsRequest.GetFeature req, List<QueryPlan> plans) {
        String ref = req.valueReference().trim();
        if (PropertyValueWriter.GML_ID.equals(ref) || plans.isEmpty()) return ref;
        return Names.property(plans.get(0).layer().source().type(), ref, Names.NONE, "valueReference");
    }

    /** The DescribeFeatureType URL for the types in the answer (the schemaLocation of the collection). */
    private String describeUrl(WfsRequest.GetFeature req, List<QueryPlan> plans) {
        Set<String> names = new LinkedHashSet<>();
        for (QueryPlan p : plans) names.add(p.layer().qualifiedName());
        if (names.isEmpty()) for (LayerInfo l : config.catalog().layers()) names.add(l.qualifiedName());
        Map<String, String> p = new LinkedHashMap<>();
        p.put("service", "WFS");
        p.put("version", req.version().number());
        p.put("request", "DescribeFeatureType");
        p.put(req.version() == WfsVersion.V2_0_0 ? "typeNames" : "typeName", String.join(",", names));
        if (req.format().gml() != null && req.format().gml() != req.version().gml()) p.put("outputFormat", req.format().mime());
        return Page.url(endpoint, p);
    }
}
