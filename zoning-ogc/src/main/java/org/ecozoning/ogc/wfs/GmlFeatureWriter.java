package org.ecozoning.ogc.wfs;

import java.time.Instant;
import java.time.LocalDate;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.ogc.common.Crs;
import org.ecozoning.ogc.common.CrsSupport;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.gml.GmlGeometryWriter;
import org.ecozoning.ogc.gml.GmlVersion;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes one feature as a GML element of the application schema that {@link FeatureSchemaWriter}
 * describes: {@code <zoning:type gml:id="type.id">}, the non-null attributes in schema order, then
 * the geometry property reprojected to the query's CRS. Used for collection members, the bare
 * GetFeatureById answer and GetPropertyValue geometries.
 */
final class GmlFeatureWriter {
    private final GmlVersion gml;
    private final CrsSupport crs;
    private final GmlGeometryWriter degrees;
    private final GmlGeometryWriter metres;

    GmlFeatureWriter(GmlVersion gml, CrsSupport crs) {
        this.gml = gml;
        this.crs = crs;
        this.degrees = new GmlGeometryWriter(gml, 7);
        this.metres = new GmlGeometryWriter(gml, 3);
    }

    GmlVersion gml() { return gml; }

    void write(XMLStreamWriter w, LayerInfo layer, Feature f, WfsRequest.QueryPlan plan) throws XMLStreamException {
        FeatureType type = layer.source().type();
        String id = FeatureIds.of(layer, f.id());
        w.writeStartElement(LayerCatalog.PREFIX, type.name(), LayerCatalog.NAMESPACE);
        w.writeAttribute("gml", gml.namespace(), "id", id);
        for (int i = 0; i < type.attributes().size(); i++) {
            AttributeDescriptor a = type.attributes().get(i);
            Object v = f.value(i);
            if (v == null || !plan.wants(a.name())) continue;
            w.writeStartElement(LayerCatalog.PREFIX, a.name(), LayerCatalog.NAMESPACE);
            w.writeCharacters(text(v));
            w.writeEndElement();
        }
        if (f.geometry() != null && !f.geometry().isEmpty() && plan.wants(type.geometryName())) {
            w.writeStartElement(LayerCatalog.PREFIX, type.geometryName(), LayerCatalog.NAMESPACE);
            geometry(w, f.geometry(), plan.outputCrs(), id + ".geom", type.geometryType());
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    /** Writes a storage-CRS geometry in the target CRS. */
    void geometry(XMLStreamWriter w, Geometry g, Crs target, String gmlId, String declaredType) throws XMLStreamException {
        Geometry out = crs.fromStorage(g, target);
        (target.geographic() ? degrees : metres).write(w, out, target.id(), target.northingFirst(), gmlId, declaredType);
    }

    /** The XSD lexical form of an attribute value. */
    static String text(Object v) {
        return switch (v) {
            case Double d -> xsdDouble(d);
            case Float f -> xsdDouble(f.doubleValue());
            case LocalDate d -> d.toString();
            case Instant i -> i.toString();
            default -> v.toString();
        };
    }

    private static String xsdDouble(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "INF" : "-INF";
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return java.math.BigDecimal.valueOf(d).toPlainString();
    }
}
