package org.ecozoning.ogc.wms;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecozoning.ogc.common.Xml;

/**
 * Writes a {@link WmsException} as the XML ServiceExceptionReport of the request's version: WMS
 * 1.3.0 in the {@code http://www.opengis.net/ogc} namespace with code and locator
 * (exceptions_1_3_0.xsd), WMS 1.1.1 without namespace under the WMS_exception_1_1_1.dtd DOCTYPE
 * (which knows no locator).
 */
final class ServiceExceptionWriter {
    static final String OGC = "http://www.opengis.net/ogc";
    static final String SCHEMA_1_3_0 = "http://schemas.opengis.net/wms/1.3.0/exceptions_1_3_0.xsd";
    static final String DTD_1_1_1 = "http://schemas.opengis.net/wms/1.1.1/WMS_exception_1_1_1.dtd";

    private ServiceExceptionWriter() { }

    static void write(WmsException e, WmsVersion version, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = Xml.writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            String message = e.getMessage() == null ? e.code() : e.getMessage();
            if (version == WmsVersion.V1_3_0) {
                w.setDefaultNamespace(OGC);
                w.writeStartElement(OGC, "ServiceExceptionReport");
                w.writeDefaultNamespace(OGC);
                w.writeNamespace("xsi", Xml.XSI);
                w.writeAttribute("version", "1.3.0");
                w.writeAttribute("xsi", Xml.XSI, "schemaLocation", OGC + " " + SCHEMA_1_3_0);
                w.writeStartElement(OGC, "ServiceException");
                if (e.code() != null) w.writeAttribute("code", e.code());
                if (e.locator() != null && !e.locator().isEmpty()) w.writeAttribute("locator", e.locator());
            } else {
                w.writeDTD("<!DOCTYPE ServiceExceptionReport SYSTEM \"" + DTD_1_1_1 + "\">");
                w.writeStartElement("ServiceExceptionReport");
                w.writeAttribute("version", "1.1.1");
                w.writeStartElement("ServiceException");
                if (e.code() != null) w.writeAttribute("code", e.code());
            }
            w.writeCharacters(message);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException x) {
            throw new IOException(x);
        }
    }
}
