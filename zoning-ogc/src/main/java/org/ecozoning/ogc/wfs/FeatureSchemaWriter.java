package org.ecozoning.ogc.wfs;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.Xml;
import org.ecozoning.ogc.gml.GmlVersion;

/**
 * DescribeFeatureType: the GML application schema (XSD) of the requested types, in GML 3.2 or
 * 3.1.1. Each type is {@code <name>Type} extending gml:AbstractFeatureType with its attributes
 * (all optional, as null values are omitted and PROPERTYNAME may select a subset) followed by the
 * geometry property, and a global element in the feature substitution group.
 */
final class FeatureSchemaWriter {
    private FeatureSchemaWriter() { }

    static void write(OutputStream out, List<LayerInfo> layers, GmlVersion gml) throws IOException {
        try {
            XMLStreamWriter w = Xml.writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.setPrefix("xsd", Xml.XSD);
            w.setPrefix("gml", gml.namespace());
            w.setPrefix(LayerCatalog.PREFIX, LayerCatalog.NAMESPACE);
            w.writeStartElement("xsd", "schema", Xml.XSD);
            w.writeNamespace("xsd", Xml.XSD);
            w.writeNamespace("gml", gml.namespace());
            w.writeNamespace(LayerCatalog.PREFIX, LayerCatalog.NAMESPACE);
            w.writeAttribute("targetNamespace", LayerCatalog.NAMESPACE);
            w.writeAttribute("elementFormDefault", "qualified");
            w.writeAttribute("version", "1.0");
            w.writeEmptyElement("xsd", "import", Xml.XSD);
            w.writeAttribute("namespace", gml.namespace());
            w.writeAttribute("schemaLocation", gml.schemaLocation());
            for (LayerInfo l : layers) type(w, l, gml);
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void type(XMLStreamWriter w, LayerInfo layer, GmlVersion gml) throws XMLStreamException {
        FeatureType t = layer.source().type();
        w.writeStartElement("xsd", "complexType", Xml.XSD);
        w.writeAttribute("name", t.name() + "Type");
        w.writeStartElement("xsd", "annotation", Xml.XSD);
        Xml.element(w, "xsd", Xml.XSD, "documentation", layer.title());
        w.writeEndElement();
        w.writeStartElement("xsd", "complexContent", Xml.XSD);
        w.writeStartElement("xsd", "extension", Xml.XSD);
        w.writeAttribute("base", "gml:AbstractFeatureType");
        w.writeStartElement("xsd", "sequence", Xml.XSD);
        for (AttributeDescriptor a : t.attributes()) {
            w.writeStartElement("xsd", "element", Xml.XSD);
            w.writeAttribute("name", a.name());
            w.writeAttribute("type", a.type().xsdType());
            w.writeAttribute("minOccurs", "0");
            // a value may be unknown (ISO 19143 PropertyIsNil is then meaningful); we omit such values rather than write xsi:nil
            w.writeAttribute("nillable", "true");
            w.writeStartElement("xsd", "annotation", Xml.XSD);
            Xml.element(w, "xsd", Xml.XSD, "documentation", a.titleZh());
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEmptyElement("xsd", "element", Xml.XSD);
        w.writeAttribute("name", t.geometryName());
        w.writeAttribute("type", "gml:" + GmlVersion.propertyType(t.geometryType()));
        w.writeAttribute("minOccurs", "0");
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEmptyElement("xsd", "element", Xml.XSD);
        w.writeAttribute("name", t.name());
        w.writeAttribute("type", LayerCatalog.PREFIX + ":" + t.name() + "Type");
        w.writeAttribute("substitutionGroup", gml.featureSubstitutionGroup());
    }
}
