package org.ecozoning.ogc.gml;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.ogc.common.Crs;
import org.ecozoning.ogc.common.CrsSupport;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes one feature as a GML 3 element of the published application schema:
 * {@code <zoning:type gml:id="type.id">}, the wanted non-null attributes in schema order, then the
 * geometry property reprojected to the output CRS. Shared by the WFS (collection members,
 * GetFeatureById, GetPropertyValue) and WMS GetFeatureInfo, so both publish the same encoding.
 */
public final class GmlFeatureWriter {
    private final GmlVersion gml;
    private final CrsSupport crs;
    private final GmlGeometryWriter degrees;
    private final GmlGeometryWriter metres;

    public GmlFeatureWriter(GmlVersion gml, CrsSupport crs) {
        this.gml = gml;
        this.crs = crs;
        this.degrees = new GmlGeometryWriter(gml, 7);
        this.metres = new GmlGeometryWriter(gml, 3);
    }

    public GmlVersion gml() { return gml; }

    /**
     * Writes the feature element.
     *
     * @param gmlId the published id ({@code type.id})
     * @param wanted which properties (attribute names or the geometry property name) to write
     * @param outputCrs the CRS of the geometry, written in its axis order
     */
    public void write(XMLStreamWriter w, LayerInfo layer, Feature f, String gmlId, Predicate<String> wanted, Crs outputCrs)
            throws XMLStreamException {
        FeatureType type = layer.source().type();
        w.writeStartElement(LayerCatalog.PREFIX, type.name(), LayerCatalog.NAMESPACE);
        w.writeAttribute("gml", gml.namespace(), "id", gmlId);
        for (int i = 0; i < type.attributes().size(); i++) {
            AttributeDescriptor a = type.attributes().get(i);
            Object v = f.value(i);
            if (v == null || !wanted.test(a.name())) continue;
            w.writeStartElement(LayerCatalog.PREFIX, a.name(), LayerCatalog.NAMESPACE);
            w.writeCharacters(text(v));
            w.writeEndElement();
        }
        if (f.geometry() != null && !f.geometry().isEmpty() && wanted.test(type.geometryName())) {
            w.writeStartElement(LayerCatalog.PREFIX, type.geometryName(), LayerCatalog.NAMESPACE);
            geometry(w, f.geometry(), outputCrs, gmlId + ".geom", type.geometryType());
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    /** Writes a storage-CRS geometry in the target CRS. */
    public void geometry(XMLStreamWriter w, Geometry g, Crs target, String gmlId, String declaredType) throws XMLStreamException {
        Geometry out = crs.fromStorage(g, target);
        (target.geographic() ? degrees : metres).write(w, out, target.id(), target.northingFirst(), gmlId, declaredType);
    }

    /** The XSD lexical form of an attribute value. */
    public static String text(Object v) {
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
