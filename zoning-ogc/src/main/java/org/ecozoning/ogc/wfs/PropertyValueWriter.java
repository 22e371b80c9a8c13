package org.ecozoning.ogc.wfs;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.Xml;

/**
 * GetPropertyValue: a {@code wfs:ValueCollection} with one {@code wfs:member} per feature holding
 * the value of the value reference — text for attributes and {@code @gml:id}, a GML geometry for
 * the geometry property — streamed like GetFeature.
 */
final class PropertyValueWriter {
    static final String GML_ID = "@gml:id";
    private final GmlFeatureWriter features;

    PropertyValueWriter(GmlFeatureWriter features) { this.features = features; }

    void write(OutputStream out, Page page, FeatureStream stream, String valueReference) throws IOException {
        String wfs = WfsVersion.V2_0_0.namespace();
        String gmlNs = features.gml().namespace();
        try {
            XMLStreamWriter w = Xml.writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.setPrefix("wfs", wfs);
            w.setPrefix("gml", gmlNs);
            w.writeStartElement("wfs", "ValueCollection", wfs);
            w.writeNamespace("wfs", wfs);
            w.writeNamespace("gml", gmlNs);
            w.writeNamespace(LayerCatalog.PREFIX, LayerCatalog.NAMESPACE);
            w.writeNamespace("xsi", Xml.XSI);
            w.writeAttribute("xsi", Xml.XSI, "schemaLocation", wfs + " " + WfsVersion.V2_0_0.schemaLocation() + " "
                    + gmlNs + " " + features.gml().schemaLocation());
            w.writeAttribute("timeStamp", page.timeStamp());
            w.writeAttribute("numberMatched", Long.toString(page.matched()));
            w.writeAttribute("numberReturned", Long.toString(page.returned()));
            if (page.next() != null) w.writeAttribute("next", page.next());
            if (page.previous() != null) w.writeAttribute("previous", page.previous());
            while (stream.hasNext()) {
                FeatureStream.Item item = stream.next();
                Feature f = item.feature();
                FeatureType type = item.plan().layer().source().type();
                w.writeStartElement("wfs", "member", wfs);
                String id = FeatureIds.of(item.plan().layer(), f.id());
                if (GML_ID.equals(valueReference)) {
                    w.writeCharacters(id);
                } else if (valueReference.equals(type.geometryName())) {
                    features.geometry(w, f.geometry(), item.plan().outputCrs(), id + ".geom", type.geometryType());
                } else {
                    w.writeCharacters(GmlFeatureWriter.text(f.get(valueReference)));
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
