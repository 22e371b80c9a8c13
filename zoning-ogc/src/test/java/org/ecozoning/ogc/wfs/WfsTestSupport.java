package org.ecozoning.ogc.wfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.validation.Schema;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.OgcSchemas;
import org.ecozoning.ogc.common.TestScheme;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Shared plumbing of the WFS tests: a handler over the test scheme, requests, XPath and schema validation. */
abstract class WfsTestSupport {
    static final String BASE = "http://test.local:8080";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T08:00:00Z"), ZoneOffset.UTC);
    static final WfsHandler HANDLER = new WfsHandler(WfsConfig.of(TestScheme.catalog()).withClock(CLOCK).withMaxCount(1000));

    static final Map<String, String> NS = Map.ofEntries(Map.entry("wfs", "http://www.opengis.net/wfs/2.0"), Map.entry("wfs1", "http://www.opengis.net/wfs"), Map.entry("ows", "http://www.opengis.net/ows/1.1"), Map.entry("ows1", "http://www.opengis.net/ows"), Map.entry("gml", "http://www.opengis.net/gml/3.2"), Map.entry("gml1", "http://www.opengis.net/gml"), Map.entry("fes", "http://www.opengis.net/fes/2.0"), Map.entry("ogc", "http://www.opengis.net/ogc"), Map.entry("zoning", LayerCatalog.NAMESPACE), Map.entry("xsd", "http://www.w3.org/2001/XMLSchema"), Map.entry("xml", "http://www.w3.org/XML/1998/namespace"), Map.entry("xlink", "http://www.w3.org/1999/xlink"));

    static OgcResponse get(String query) { return get(HANDLER, query); }

    static OgcResponse get(WfsHandler h, String query) {
        return h.handle(OgcRequest.builder("GET", "/").baseUrl(BASE).query(query).build());
    }

    static OgcResponse post(String xml) {
        return HANDLER.handle(OgcRequest.builder("POST", "/").baseUrl(BASE).body(xml.getBytes(StandardCharsets.UTF_8)).build());
    }

    static Document dom(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + new String(xml, StandardCharsets.UTF_8), e);
        }
    }

    static NodeList nodes(Document d, String xpath) {
        try {
            var xp = XPathFactory.newInstance().newXPath();
            xp.setNamespaceContext(new NamespaceContext() {
                @Override public String getNamespaceURI(String p) { return NS.get(p); }
                @Override public String getPrefix(String u) { return null; }
                @Override public java.util.Iterator<String> getPrefixes(String u) { return null; }
            });
            return (NodeList) xp.evaluate(xpath, d, XPathConstants.NODESET);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String text(Document d, String xpath) {
        try {
            var xp = XPathFactory.newInstance().newXPath();
            xp.setNamespaceContext(new NamespaceContext() {
                @Override public String getNamespaceURI(String p) { return NS.get(p); }
                @Override public String getPrefix(String u) { return null; }
                @Override public java.util.Iterator<String> getPrefixes(String u) { return null; }
            });
            return xp.evaluate(xpath, d);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The GML 3.2 application schema of all layers, as DescribeFeatureType answers it. */
    static byte[] appSchema32() {
        OgcResponse r = get("service=WFS&version=2.0.0&request=DescribeFeatureType");
        assertThat(r.status()).isEqualTo(200);
        return r.bodyBytes();
    }

    static byte[] appSchema311() {
        OgcResponse r = get("service=WFS&version=1.1.0&request=DescribeFeatureType");
        assertThat(r.status()).isEqualTo(200);
        return r.bodyBytes();
    }

    static final String APP32 = "http://test.local/app32.xsd";
    static final String APP311 = "http://test.local/app311.xsd";

    static Schema wfs20Schema() {
        return OgcSchemas.schema("wfs20+app", List.of("http://schemas.opengis.net/wfs/2.0/wfs.xsd"), Map.of(APP32, appSchema32()));
    }

    static Schema wfs11Schema() {
        return OgcSchemas.schema("wfs11+app", List.of("http://schemas.opengis.net/wfs/1.1.0/wfs.xsd"), Map.of(APP311, appSchema311()));
    }

    static Schema owsExceptionSchema(boolean ows11) {
        String url = ows11 ? "http://schemas.opengis.net/ows/1.1.0/owsExceptionReport.xsd" : "http://schemas.opengis.net/ows/1.0.0/owsExceptionReport.xsd";
        return OgcSchemas.schema(url, List.of(url), Map.of());
    }

    static void assertValid(Schema schema, OgcResponse r) {
        byte[] body = r.bodyBytes();
        assertThat(OgcSchemas.errors(schema, body)).as(new String(body, StandardCharsets.UTF_8)).isEmpty();
    }

    /** Asserts an OWS 1.1 exception report with the code, locator and status. */
    static Document assertException(OgcResponse r, int status, String code, String locator) {
        byte[] body = r.bodyBytes();
        String s = new String(body, StandardCharsets.UTF_8);
        assertThat(r.status()).as(s).isEqualTo(status);
        Document d = dom(body);
        assertThat(text(d, "//ows:Exception/@exceptionCode")).as(s).isEqualTo(code);
        if (locator != null) assertThat(text(d, "//ows:Exception/@locator").toLowerCase()).as(s).isEqualTo(locator.toLowerCase());
        assertThat(OgcSchemas.errors(owsExceptionSchema(true), body)).isEmpty();
        assertThat(text(d, "/ows:ExceptionReport/@version")).isEqualTo("2.0.0");
        return d;
    }

    static String body(OgcResponse r) { return r.bodyText(); }
}
