package org.ecozoning.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.validation.Schema;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.OgcSchemas;
import org.ecozoning.ogc.common.TestScheme;
import org.ecozoning.render.FontCatalog;
import org.ecozoning.render.sld.StyleLibrary;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Shared plumbing of the WMS tests: a handler over the test scheme (five units around Taiyuan,
 * three zones, the shipped counties) with the shipped styles, requests, XPath, schema and DTD
 * validation, and image decoding.
 */
abstract class WmsTestSupport {
    static final String BASE = "http://test.local:8080";
    static final FontCatalog FONTS = FontCatalog.system();
    static final StyleLibrary STYLES = StyleLibrary.load(stylesDir());
    static final WmsConfig CONFIG = WmsConfig.of(TestScheme.catalog(), STYLES, FONTS);
    static final WmsHandler HANDLER = new WmsHandler(CONFIG);

    /** The test map: 0.001° per pixel, lon 112.3–112.8, lat 37.6–38.0, 500 × 400 pixels. */
    static final String MAP_130 = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=zoning:control_units&STYLES=&CRS=EPSG:4326"
            + "&BBOX=37.6,112.3,38.0,112.8&WIDTH=500&HEIGHT=400&FORMAT=image/png";
    static final String MAP_111 = "SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=zoning:control_units&STYLES=&SRS=EPSG:4326"
            + "&BBOX=112.3,37.6,112.8,38.0&WIDTH=500&HEIGHT=400&FORMAT=image/png";

    static final Map<String, String> NS = Map.of("wms", "http://www.opengis.net/wms", "xlink", "http://www.w3.org/1999/xlink",
            "ogc", "http://www.opengis.net/ogc", "sld", "http://www.opengis.net/sld", "gml", "http://www.opengis.net/gml",
            "wfs", "http://www.opengis.net/wfs", "zoning", "https://ecozoning.org/zoning");

    static Path stylesDir() {
        Path p = Path.of("../styles");
        return Files.isDirectory(p) ? p : Path.of("styles");
    }

    static OgcResponse get(String query) { return get(HANDLER, query); }

    static OgcResponse get(WmsHandler h, String query) {
        return h.handle(OgcRequest.builder("GET", "/").baseUrl(BASE).query(query).build());
    }

    /** A query with one parameter replaced (or added). */
    static String with(String query, String key, String value) {
        List<String> out = new ArrayList<>();
        boolean found = false;
        for (String kv : query.split("&")) {
            String k = kv.substring(0, kv.indexOf('='));
            if (k.equalsIgnoreCase(key)) {
                if (value != null) out.add(key + "=" + value);
                found = true;
            } else {
                out.add(kv);
            }
        }
        if (!found && value != null) out.add(key + "=" + value);
        return String.join("&", out);
    }

    static BufferedImage image(OgcResponse r) {
        assertThat(r.status()).as(() -> r.bodyText()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("image/");
        return decode(r.bodyBytes());
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(img).as("decodable image").isNotNull();
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pixel of a lon/lat position on the test map. */
    static int argbAt(BufferedImage img, double lon, double lat) {
        int x = (int) Math.floor((lon - 112.3) / 0.001), y = (int) Math.floor((38.0 - lat) / 0.001);
        return img.getRGB(x, y);
    }

    static boolean greenish(int argb) {
        int r = (argb >> 16) & 0xFF, g = (argb >> 8) & 0xFF, b = argb & 0xFF;
        return g > r + 30 && g > b + 30;
    }

    static boolean orangeish(int argb) {
        int r = (argb >> 16) & 0xFF, g = (argb >> 8) & 0xFF, b = argb & 0xFF;
        return r > g + 50 && r > b + 80;
    }

    static boolean white(int argb) { return (argb & 0xFFFFFF) == 0xFFFFFF && (argb >>> 24) == 0xFF; }

    static Document dom(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + new String(xml, StandardCharsets.UTF_8), e);
        }
    }

    private static javax.xml.xpath.XPath xpath() {
        var xp = XPathFactory.newInstance().newXPath();
        xp.setNamespaceContext(new NamespaceContext() {
            @Override public String getNamespaceURI(String p) { return NS.get(p); }
            @Override public String getPrefix(String u) { return null; }
            @Override public java.util.Iterator<String> getPrefixes(String u) { return null; }
        });
        return xp;
    }

    static NodeList nodes(Document d, String xpath) {
        try {
            return (NodeList) xpath().evaluate(xpath, d, XPathConstants.NODESET);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String text(Document d, String xpath) {
        try {
            return xpath().evaluate(xpath, d);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static List<String> texts(Document d, String xpath) {
        NodeList n = nodes(d, xpath);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.getLength(); i++) out.add(n.item(i).getTextContent());
        return out;
    }

    static Schema capabilities130Schema() {
        return OgcSchemas.schema("wms130+sld", List.of("http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd",
                "http://schemas.opengis.net/sld/1.1.0/sld_capabilities.xsd"), Map.of());
    }

    static Schema exceptions130Schema() {
        String u = "http://schemas.opengis.net/wms/1.3.0/exceptions_1_3_0.xsd";
        return OgcSchemas.schema(u, List.of(u), Map.of());
    }

    /**
     * Validates a document against the DTD its DOCTYPE names, served offline from the ogc-schemas
     * jar (http://schemas.opengis.net/X → ogc/X); returns the validity errors.
     */
    static List<String> dtdErrors(byte[] xml) {
        List<String> errors = new ArrayList<>();
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setValidating(true);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setEntityResolver((publicId, systemId) -> {
                String prefix = "http://schemas.opengis.net/";
                if (systemId == null || !systemId.startsWith(prefix)) throw new IOException("no network in tests: " + systemId);
                var in = WmsTestSupport.class.getClassLoader().getResourceAsStream("ogc/" + systemId.substring(prefix.length()));
                if (in == null) throw new IOException("DTD not on the class path: " + systemId);
                InputSource s = new InputSource(in);
                s.setSystemId(systemId);
                return s;
            });
            b.setErrorHandler(new org.xml.sax.ErrorHandler() {
                @Override public void warning(SAXParseException e) { }
                @Override public void error(SAXParseException e) { errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage()); }
                @Override public void fatalError(SAXParseException e) { errors.add("fatal " + e.getMessage()); }
            });
            b.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            errors.add(e.toString());
        }
        return errors;
    }

    /** Asserts an XML ServiceException of the version with the code (and locator in 1.3.0), valid against its schema/DTD. */
    static Document assertServiceException(OgcResponse r, String version, String code, String locator) {
        byte[] body = r.bodyBytes();
        String s = new String(body, StandardCharsets.UTF_8);
        Document d = dom(body);
        if (version.equals("1.3.0")) {
            assertThat(r.contentType()).as(s).startsWith("text/xml");
            assertThat(text(d, "/ogc:ServiceExceptionReport/@version")).as(s).isEqualTo("1.3.0");
            assertThat(text(d, "//ogc:ServiceException/@code")).as(s).isEqualTo(code);
            if (locator != null) assertThat(text(d, "//ogc:ServiceException/@locator")).as(s).isEqualToIgnoringCase(locator);
            assertThat(OgcSchemas.errors(exceptions130Schema(), body)).as(s).isEmpty();
        } else {
            assertThat(r.contentType()).as(s).startsWith("application/vnd.ogc.se_xml");
            assertThat(text(d, "/ServiceExceptionReport/@version")).as(s).isEqualTo("1.1.1");
            assertThat(text(d, "//ServiceException/@code")).as(s).isEqualTo(code);
            assertThat(dtdErrors(body)).as(s).isEmpty();
        }
        return d;
    }
}
