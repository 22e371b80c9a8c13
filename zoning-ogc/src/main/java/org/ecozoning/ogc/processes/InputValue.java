package org.ecozoning.ogc.processes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.w3c.dom.Element;

/**
 * One value of a process input as the client sent it, before the process interprets it: literal
 * text, or complex data with its format (mimeType, encoding, schema) as text, as an XML element
 * (embedded GML), or spooled ({@code content}: a large value read from the request into memory or a
 * temporary file, never a DOM), or a reference ({@code href}) the service must refuse unless allow-listed.
 */
public record InputValue(String identifier, String text, Element xml, String mimeType, String encoding, String schema, String href,
                         Spool content) {

    public InputValue(String identifier, String text, Element xml, String mimeType, String encoding, String schema, String href) {
        this(identifier, text, xml, mimeType, encoding, schema, href, null);
    }

    /** A literal value. */
    public static InputValue literal(String identifier, String text) {
        return new InputValue(identifier, text, null, null, null, null, null);
    }

    /** Complex data given as text (WKT, JSON, or XML text). */
    public static InputValue complex(String identifier, String text, String mimeType) {
        return new InputValue(identifier, text, null, mimeType, null, null, null);
    }

    /** Complex data read into a spool (UTF-8 text or XML). */
    public static InputValue spooled(String identifier, Spool content, String mimeType, String encoding, String schema) {
        return new InputValue(identifier, null, null, mimeType, encoding, schema, null, content);
    }

    /** The value as text; a spooled value is read whole, so only processes with small inputs call this. */
    @Override
    public String text() {
        if (text != null || content == null) return text;
        return content.readString();
    }

    /** Whether the value is spooled complex data (to be read with {@link #open}). */
    public boolean isSpooled() { return content != null; }

    /** The data as a stream (UTF-8), whatever form it came in (not for DOM values). */
    public InputStream open() throws IOException {
        if (content != null) return content.open();
        return new ByteArrayInputStream((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
    }

    /** Deletes the spooled data, if any. */
    public void discard() {
        if (content != null) content.delete();
    }

    /** Whether the value is a reference to fetch rather than data. */
    public boolean isReference() { return href != null; }
}
