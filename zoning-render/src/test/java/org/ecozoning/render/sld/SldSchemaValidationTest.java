package org.ecozoning.render.sld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXParseException;

/**
 * Validates every file of {@code styles/} against the official SLD 1.0.0 schema (with FES 1.0.0 and
 * GML 2.1.2), read from the {@code org.jvnet.ogc:ogc-schemas} jar (XLink from
 * {@code org.hisrc.w3c:w3c-schemas}): schema imports by URL are resolved into the jars, so nothing
 * is fetched from the network.
 */
class SldSchemaValidationTest {
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setResourceResolver(new JarResolver());
        URL sld = resource("ogc/sld/1.0.0/StyledLayerDescriptor.xsd");
        try (InputStream in = sld.openStream()) {
            StreamSource src = new StreamSource(in, "http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd");
            schema = f.newSchema(src);
        }
    }

    static List<Path> styleFiles() throws Exception {
        return SldParserTest.styleFiles().toList();
    }

    @ParameterizedTest
    @MethodSource("styleFiles")
    void styleIsValidSld100(Path file) throws Exception {
        List<String> errors = validate(new StreamSource(file.toFile()));
        assertThat(errors).as(file.getFileName().toString()).isEmpty();
    }

    @Test
    void theValidatorDoesRejectInvalidSld() throws Exception {
        String bad = "<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\"><NamedLayer><Name>x</Name>"
                + "<UserStyle><FeatureTypeStyle><Rule><MaxScaleDenominator>1</MaxScaleDenominator><Title>late</Title>"
                + "<LineSymbolizer/></Rule></FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>";
        assertThat(validate(new StreamSource(new StringReader(bad)))).isNotEmpty();
    }

    private static List<String> validate(StreamSource src) throws Exception {
        Validator v = schema.newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        List<String> errors = new ArrayList<>();
        v.setErrorHandler(new org.xml.sax.ErrorHandler() {
            @Override public void warning(SAXParseException e) { }
            @Override public void error(SAXParseException e) { errors.add(e.getLineNumber() + ": " + e.getMessage()); }
            @Override public void fatalError(SAXParseException e) { errors.add(e.getLineNumber() + ": " + e.getMessage()); }
        });
        v.validate(src);
        return errors;
    }

    private static URL resource(String path) {
        URL u = SldSchemaValidationTest.class.getClassLoader().getResource(path);
        assertThat(u).as("schema resource %s in ogc-schemas jar", path).isNotNull();
        return u;
    }

    /** Maps the schemas' absolute locations to resources of the ogc-schemas jar; refuses anything else. */
    private static final class JarResolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String ns, String publicId, String systemId, String baseUri) {
            String abs = systemId;
            if (!systemId.startsWith("http")) {
                abs = baseUri.substring(0, baseUri.lastIndexOf('/') + 1) + systemId;
            }
            String path;
            if (abs.startsWith("http://www.w3.org/")) path = "w3c/" + abs.substring("http://www.w3.org/".length());
            else if (abs.startsWith("http://schemas.opengis.net/")) path = "ogc/" + abs.substring("http://schemas.opengis.net/".length());
            else throw new IllegalStateException("unexpected schema location " + abs);
            return new Input(abs, resource(path));
        }
    }

    private record Input(String systemId, URL url) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader r) { }
        @Override public InputStream getByteStream() {
            try {
                return url.openStream();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return systemId; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
