package org.ecozoning.ogc.wfs;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecozoning.feature.Feature;
import org.ecozoning.ogc.common.Crs;
import org.ecozoning.ogc.common.CrsSupport;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.gml.GmlVersion;
import org.locationtech.jts.geom.Geometry;

/**
 * The WFS view of the shared {@link org.ecozoning.ogc.gml.GmlFeatureWriter}: writes features as a
 * query plan asks (its properties and output CRS) with the published WFS ids. Used for collection
 * members, the bare GetFeatureById answer and GetPropertyValue geometries.
 */
final class GmlFeatureWriter {
    private final org.ecozoning.ogc.gml.GmlFeatureWriter shared;

    GmlFeatureWriter(GmlVersion gml, CrsSupport crs) {
        this.shared = new org.ecozoning.ogc.gml.GmlFeatureWriter(gml, crs);
    }

    GmlVersion gml() { return shared.gml(); }

    void write(XMLStreamWriter w, LayerInfo layer, Feature f, WfsRequest.QueryPlan plan) throws XMLStreamException {
        shared.write(w, layer, f, FeatureIds.of(layer, f.id()), plan::wants, plan.outputCrs());
    }

    /** Writes a storage-CRS geometry in the target CRS. */
    void geometry(XMLStreamWriter w, Geometry g, Crs target, String gmlId, String declaredType) throws XMLStreamException {
        shared.geometry(w, g, target, gmlId, declaredType);
    }

    /** The XSD lexical form of an attribute value. */
    static String text(Object v) { return org.ecozoning.ogc.gml.GmlFeatureWriter.text(v); }
}
