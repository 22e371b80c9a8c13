package org.ecozoning.ogc.processes;

import org.w3c.dom.Element;

/**
 * One value of a process input as the client sent it, before the process interprets it: literal
 * text, or complex data with its format (mimeType, encoding, schema) as text or as an XML element
 * (embedded GML), or a reference ({@code href}) the service must refuse unless allow-listed.
 */
public record InputValue(String identifier, String text, Element xml, String mimeType, String encoding, String schema, String href) {

    /** A literal value. */
    public static InputValue literal(String identifier, String text) {
        return new InputValue(identifier, text, null, null, null, null, null);
    }

    /** Complex data given as text (WKT, JSON, or XML text). */
    public static InputValue complex(String identifier, String text, String mimeType) {
        return new InputValue(identifier, text, null, mimeType, null, null, null);
    }

    /** Whether the value is a reference to fetch rather than data. */
    public boolean isReference() { return href != null; }
}
