package org.ecozoning.ogc.wfs;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.Xml;
import org.ecozoning.ogc.gml.GmlVersion;

/**
 * Streams a GetFeature answer as a GML feature collection, feature by feature from the cursor to
 * the output: {@code wfs:FeatureCollection} of WFS 2.0 (timeStamp, numberMatched,
 * numberReturned, next, previous; one {@code wfs:member} per feature) or of WFS 1.1
 * (numberOfFeatures, timeStamp; {@code gml:featureMember}). The schemaLocation points at
 * DescribeFeatureType for the types in the answer.
 */
final class GmlCollectionWriter {
    private final WfsVersion version;
    private final GmlFeatureWriter features;

    GmlCollectionWriter(WfsVersion version, GmlFeatureWriter features) {
        this.version = version;
        this.features = features;
    }

    void write(OutputStream out, Page page, FeatureStream stream, String describeUrl) throws IOException {
        GmlVersion gml = features.gml();
        String wfs = version.namespace();
        try {
            XMLStreamWriter w = Xml.writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.setPrefix("wfs", wfs);
            w.setPrefix("gml", gml.namespace());
            w.setPrefix(LayerCatalog.PREFIX, LayerCatalog.NAMESPACE);
            w.setPrefix("xsi", Xml.XSI);
            w.writeStartElement("wfs", "FeatureCollection", wfs);
            w.writeNamespace("wfs", wfs);
            w.writeNamespace("gml", gml.namespace());
            w.writeNamespace(LayerCatalog.PREFIX, LayerCatalog.NAMESPACE);
            w.writeNamespace("xsi", Xml.XSI);
            String locations = LayerCatalog.NAMESPACE + " " + describeUrl + " " + wfs + " " + version.schemaLocation();
            if (version == WfsVersion.V2_0_0) locations += " " + gml.namespace() + " " + gml.schemaLocation();
            w.writeAttribute("xsi", Xml.XSI, "schemaLocation", locations);
            if (version == WfsVersion.V2_0_0) {
                w.writeAttribute("timeStamp", page.timeStamp());
                w.writeAttribute("numberMatched", Long.toString(page.matched()));
                w.writeAttribute("numberReturned", Long.toString(page.returned()));
                if (page.next() != null) w.writeAttribute("next", page.next());
                if (page.previous() != null) w.writeAttribute("previous", page.previous());
            } else {
                w.writeAttribute("numberOfFeatures", Long.toString(page.hits() ? page.matched() : page.returned()));
                w.writeAttribute("timeStamp", page.timeStamp());
            }
            while (stream.hasNext()) {
                FeatureStream.Item item = stream.next();
                if (version == WfsVersion.V2_0_0) w.writeStartElement("wfs", "member", wfs);
                else w.writeStartElement("gml", "featureMember", gml.namespace());
                features.write(w, item.plan().layer(), item.feature(), item.plan());
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

    /** Writes the lone feature of GetFeatureById as the document element. */
    void writeBare(OutputStream out, FeatureStream.Item item, String describeUrl) throws IOException {
        GmlVersion gml = features.gml();
        try {
            XMLStreamWriter w = Xml.writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.setPrefix("gml", gml.namespace());
            w.setPrefix(LayerCatalog.PREFIX, LayerCatalog.NAMESPACE);
            w.setPrefix("xsi", Xml.XSI);
            // namespace declarations must go on the root: write them through a wrapper on the first element
            NamespaceRoot root = new NamespaceRoot(w, List.of(
                    new String[] {"gml", gml.namespace()}, new String[] {LayerCatalog.PREFIX, LayerCatalog.NAMESPACE},
                    new String[] {"xsi", Xml.XSI}),
                    LayerCatalog.NAMESPACE + " " + describeUrl + " " + gml.namespace() + " " + gml.schemaLocation());
            features.write(root, item.plan().layer(), item.feature(), item.plan());
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
