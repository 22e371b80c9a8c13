package org.ecozoning.ogc.common;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Offline validation against the official OGC schemas (org.jvnet.ogc:ogc-schemas, under "ogc/")
 * and the W3C xlink/xml schemas (org.hisrc.w3c:w3c-schemas, under "w3c/"): every
 * http://schemas.opengis.net/… and http://www.w3.org/… location is served from the class path, so
 * no test touches the network. Extra in-memory documents (e.g. a DescribeFeatureType answer) can
 * be registered under a URL.
 */
public final class OgcSchemas {
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private OgcSchemas() { }

    /** The classpath resource for a canonical schema URL, or null. */
    static String resource(String url) {
        if (url.startsWith("http://schemas.opengis.net/")) return "ogc/" + url.substring("http://schemas.opengis.net/".length());
        if (url.equals("http://www.w3.org/1999/xlink.xsd")) return "w3c/1999/xlink.xsd";
        if (url.equals("http://www.w3.org/2001/xml.xsd")) return "w3c/2001/xml.xsd";
        return null;
    }

    /**
     * A schema compiled from canonical URLs plus in-memory documents ({@code extra}: URL → bytes),
     * cached under {@code key}.
     */
    public static Schema schema(String key, List<String> urls, Map<String, byte[]> extra) {
        return CACHE.computeIfAbsent(key, k -> compile(urls, extra));
    }

    private static Schema compile(List<String> urls, Map<String, byte[]> extra) {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, false); // trusted, offline schemas; GML exceeds the default limits
            f.setResourceResolver(new Resolver(extra));
            List<Source> sources = new ArrayList<>();
            for (var e : extra.entrySet()) sources.add(new StreamSource(new ByteArrayInputStream(e.getValue()), e.getKey()));
            for (String u : urls) sources.add(new StreamSource(open(u), u));
            return f.newSchema(sources.toArray(Source[]::new));
        } catch (SAXException e) {
            throw new IllegalStateException("schema does not compile: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String url) {
        String r = resource(url);
        InputStream in = r == null ? null : OgcSchemas.class.getClassLoader().getResourceAsStream(r);
        if (in == null) throw new IllegalStateException("schema not on the class path (no network in tests): " + url);
        return in;
    }

    /** Validates a document; returns the list of errors (empty when valid). */
    public static List<String> errors(Schema schema, byte[] xml) {
        List<String> errors = new ArrayList<>();
        try {
            Validator v = schema.newValidator();
            v.setResourceResolver(new Resolver(Map.of()));
            v.setErrorHandler(new ErrorHandler() {
                @Override public void warning(SAXParseException e) { }
                @Override public void error(SAXParseException e) { errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage()); }
                @Override public void fatalError(SAXParseException e) { errors.add("fatal " + e.getMessage()); }
            });
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | java.io.IOException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }

    private record Resolver(Map<String, byte[]> extra) implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String ns, String publicId, String systemId, String baseURI) {
            if (systemId == null) return null;
            String url = baseURI == null ? systemId : URI.create(baseURI).resolve(systemId).toString();
            byte[] bytes = extra.get(url);
            InputStream in = bytes != null ? new ByteArrayInputStream(bytes) : open(url);
            return new Input(publicId, url, baseURI, in);
        }
    }

    private record Input(String publicId, String systemId, String baseURI, InputStream byteStream) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader r) { }
        @Override public InputStream getByteStream() { return byteStream; }
        @Override public void setByteStream(InputStream b) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String p) { }
        @Override public String getBaseURI() { return baseURI; }
        @Override public void setBaseURI(String b) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String e) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean c) { }
    }
}
