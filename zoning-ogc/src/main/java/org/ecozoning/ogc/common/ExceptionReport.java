package org.ecozoning.ogc.common;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link OwsException} as an OWS ExceptionReport with the HTTP status its code calls
 * for: OWS 1.1 (namespace {@code http://www.opengis.net/ows/1.1}) for WFS 2.0 and other OWS 1.1
 * services, OWS 1.0 ({@code http://www.opengis.net/ows}) for WFS 1.1. The report's
 * {@code version} attribute is the service version, as WFS 2.0 and its test suite expect.
 */
public final class ExceptionReport {
    public static final String OWS11 = "http://www.opengis.net/ows/1.1";
    public static final String OWS10 = "http://www.opengis.net/ows";
    public static final String CONTENT_TYPE = "application/xml; charset=UTF-8";

    private ExceptionReport() { }

    /** The OWS dialect of an exception report. */
    public enum Dialect {
        OWS_1_1(OWS11, "http://schemas.opengis.net/ows/1.1.0/owsExceptionReport.xsd"),
        OWS_1_0(OWS10, "http://schemas.opengis.net/ows/1.0.0/owsExceptionReport.xsd");

        final String ns;
        final String schema;

        Dialect(String ns, String schema) {
            this.ns = ns;
            this.schema = schema;
        }
    }

    /** The report as a response (status from the exception code). */
    public static OgcResponse response(OwsException e, Dialect dialect, String version) {
        return new OgcResponse(e.httpStatus(), CONTENT_TYPE, null, out -> write(e, dialect, version, out));
    }

    /** Writes the report document to a stream. */
    public static void write(OwsException e, Dialect dialect, String version, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = Xml.writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.setPrefix("ows", dialect.ns);
            w.writeStartElement("ows", "ExceptionReport", dialect.ns);
            w.writeNamespace("ows", dialect.ns);
            w.writeNamespace("xsi", Xml.XSI);
            w.writeAttribute("version", version);
            if (dialect == Dialect.OWS_1_1) {
                w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "zh-CN");
            } else {
                w.writeAttribute("language", "zh-CN");
            }
            w.writeAttribute("xsi", Xml.XSI, "schemaLocation", dialect.ns + " " + dialect.schema);
            w.writeStartElement("ows", "Exception", dialect.ns);
            w.writeAttribute("exceptionCode", e.code().name());
            if (e.locator() != null && !e.locator().isEmpty()) w.writeAttribute("locator", e.locator());
            w.writeStartElement("ows", "ExceptionText", dialect.ns);
            w.writeCharacters(e.getMessage() == null ? e.code().name() : e.getMessage());
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException x) {
            throw new IOException(x);
        }
    }
}
