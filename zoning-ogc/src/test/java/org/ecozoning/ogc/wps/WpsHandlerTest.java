package org.ecozoning.ogc.wps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.junit.jupiter.api.Test;

/** WPS 1.0.0 operations and error paths, handler only (no HTTP server). */
class WpsHandlerTest {
    static final String SITE = "POLYGON((112.60 37.79, 112.61 37.79, 112.61 37.80, 112.60 37.80, 112.60 37.79))";
    final WpsHandler wps = WpsTestSupport.wps();

    static OgcResponse get(WpsHandler h, String query) {
        return h.handle(OgcRequest.builder("GET", "/").query(query).baseUrl("http://test").build());
    }

    static OgcResponse post(WpsHandler h, String xml) {
        return h.handle(OgcRequest.builder("POST", "/").body(xml.getBytes(StandardCharsets.UTF_8)).baseUrl("http://test").build());
    }

    static String enc(String s) { return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static String execute(String id, String inputs, String extra) {
        return "<wps:Execute service=\"WPS\" version=\"1.0.0\" xmlns:wps=\"http://www.opengis.net/wps/1.0.0\" xmlns:ows=\"http://www.opengis.net/ows/1.1\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\"><ows:Identifier>" + id + "</ows:Identifier><wps:DataInputs>" + inputs + "</wps:DataInputs>"
                + extra + "</wps:Execute>";
    }

    static String literal(String id, String v) {
        return "<wps:Input><ows:Identifier>" + id + "</ows:Identifier><wps:Data><wps:LiteralData>" + v + "</wps:LiteralData></wps:Data></wps:Input>";
    }

    static String complex(String id, String mime, String v) {
        return "<wps:Input><ows:Identifier>" + id + "</ows:Identifier><wps:Data><wps:ComplexData" + (mime == null ? "" : " mimeType=\"" + mime + "\"") + ">" + v
                + "</wps:ComplexData></wps:Data></wps:Input>";
    }

    @Test
    void capabilitiesListTheThreeProcesses() {
        OgcResponse r = get(wps, "service=WPS&request=GetCapabilities");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.bodyText()).contains("<wps:Capabilities", "zoning:AdmissionCompliance", "zoning:BatchCompliance", "zoning:UnitsAt",
                "xlink:href=\"http://test/wps?\"");
    }

    @Test
    void describeProcessListsInputsFormatsAndAllowedValues() {
        String x = get(wps, "service=WPS&version=1.0.0&request=DescribeProcess&identifier=zoning:AdmissionCompliance").bodyText();
        assertThat(x).contains("<ows:Identifier>geometry</ows:Identifier>", "<MimeType>application/wkt</MimeType>",
                "<MimeType>text/xml; subtype=gml/3.2.1</MimeType>", "<MimeType>text/xml; subtype=gml/2.1.2</MimeType>", "<ows:Value>relocation</ows:Value>",
                "<MimeType>application/pdf</MimeType>", "statusSupported=\"true\"");
        assertThat(get(wps, "service=WPS&version=1.0.0&request=DescribeProcess&identifier=all").bodyText()).contains("zoning:UnitsAt", "zoning:BatchCompliance");
    }

    @Test
    void executeKvpRawJsonReport() {
        OgcResponse r = get(wps, "service=WPS&version=1.0.0&request=Execute&identifier=zoning:AdmissionCompliance&DataInputs="
                + enc("geometry=" + SITE + "@mimeType=application/wkt;industry=2614;nature=new") + "&RawDataOutput=report");
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.bodyText()).contains("\"schema\" : \"ecozoning-report/1\"", "\"industryCode\" : \"2614\"", "\"verdict\"");
    }

    @Test
    void executeXmlPostResponseDocumentWithGmlOverlapsEmbedded() {
        OgcResponse r = post(wps, execute("zoning:AdmissionCompliance", complex("geometry", "application/wkt", SITE) + literal("industry", "C")
                + literal("nature", "expansion"), "<wps:ResponseForm><wps:ResponseDocument><wps:Output mimeType=\"text/xml; subtype=gml/3.2.1\">"
                        + "<ows:Identifier>overlaps</ows:Identifier></wps:Output></wps:ResponseDocument></wps:ResponseForm>"));
        String x = r.bodyText();
        assertThat(r.status()).as(x).isEqualTo(200);
        assertThat(x).contains("<wps:ProcessSucceeded>", "<wfs:FeatureCollection", "<zoning:Overlap", "<zoning:code>ZH1401", "<zoning:area_m2>")
                .doesNotContain("statusLocation");
        // the embedded GML is well-formed inside the response
        org.ecozoning.ogc.common.SecureXml.parse(x, "test");
    }

    @Test
    void gmlGeometryInputs32And212() {
        String gml32 = "<gml:Polygon xmlns:gml=\"http://www.opengis.net/gml/3.2\" gml:id=\"p\" srsName=\"urn:ogc:def:crs:EPSG::4490\"><gml:exterior><gml:LinearRing>"
                + "<gml:posList>37.79 112.60 37.79 112.61 37.80 112.61 37.80 112.60 37.79 112.60</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>";
        String gml2 = "<gml:Polygon xmlns:gml=\"http://www.opengis.net/gml\" srsName=\"EPSG:4490\"><gml:outerBoundaryIs><gml:LinearRing><gml:coordinates>"
                + "112.60,37.79 112.61,37.79 112.61,37.80 112.60,37.80 112.60,37.79</gml:coordinates></gml:LinearRing></gml:outerBoundaryIs></gml:Polygon>";
        String wktJson = json(post(wps, execute("zoning:AdmissionCompliance", complex("geometry", "application/wkt", SITE) + literal("industry", "2614")
                + literal("nature", "new"), raw("report"))));
        for (String[] g : new String[][] {{"text/xml; subtype=gml/3.2.1", gml32}, {"text/xml; subtype=gml/2.1.2", gml2}}) {
            OgcResponse r = post(wps, execute("zoning:AdmissionCompliance", complex("geometry", g[0], g[1]) + literal("industry", "2614")
                    + literal("nature", "new"), raw("report")));
            assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
            assertThat(units(r.bodyText())).isEqualTo(units(wktJson));
            assertThat(r.bodyText()).doesNotContain("\"axesSwapped\" : true");
        }
    }

    static String raw(String out) {
        return "<wps:ResponseForm><wps:RawDataOutput><ows:Identifier>" + out + "</ows:Identifier></wps:RawDataOutput></wps:ResponseForm>";
    }

    static String json(OgcResponse r) {
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        return r.bodyText();
    }

    static String units(String reportJson) {
        int i = reportJson.indexOf("\"units\"");
        return reportJson.substring(i, reportJson.indexOf("\"zones\"", i));
    }

    @Test
    void htmlAndPdfReports() {
        OgcResponse h = post(wps, execute("zoning:AdmissionCompliance", complex("geometry", "application/wkt", SITE) + literal("industry", "2614")
                + literal("nature", "new") + literal("name", "测试化工项目"), "<wps:ResponseForm><wps:RawDataOutput mimeType=\"text/html\"><ows:Identifier>report"
                        + "</ows:Identifier></wps:RawDataOutput></wps:ResponseForm>"));
        String html = h.bodyText();
        assertThat(h.contentType()).startsWith("text/html");
        assertThat(html).contains("符合性预判报告", "测试化工项目", "距最近优先保护单元", "距最近生态保护红线", "不代替环境影响评价审批", "data:image/png;base64,",
                "报告编号 / Report ID：<span id=\"report-id\">" + h.headers().get("X-Job-Id"));
        OgcResponse p = post(wps, execute("zoning:AdmissionCompliance", complex("geometry", "application/wkt", SITE) + literal("industry", "2614")
                + literal("nature", "new"), "<wps:ResponseForm><wps:RawDataOutput mimeType=\"application/pdf\"><ows:Identifier>report"
                        + "</ows:Identifier></wps:RawDataOutput></wps:ResponseForm>"));
        byte[] pdf = p.bodyBytes();
        assertThat(p.status()).isEqualTo(200);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(20_000); // map image and embedded font subset
    }

    @Test
    void asyncExecutionPollsToSuccessAndServesReferences() throws Exception {
        OgcResponse r = post(wps, execute("zoning:AdmissionCompliance", complex("geometry", "application/wkt", SITE) + literal("industry", "2614")
                + literal("nature", "new"), "<wps:ResponseForm><wps:ResponseDocument storeExecuteResponse=\"true\" status=\"true\"><wps:Output asReference=\"true\">"
                        + "<ows:Identifier>report</ows:Identifier></wps:Output></wps:ResponseDocument></wps:ResponseForm>"));
        String x = r.bodyText();
        assertThat(x).contains("statusLocation=\"http://test/wps/status/");
        String status = x.replaceAll("(?s).*statusLocation=\"http://test/wps([^\"]+)\".*", "$1");
        String doc = "";
        for (int i = 0; i < 200 && !doc.contains("ProcessSucceeded"); i++) {
            doc = wps.handle(OgcRequest.builder("GET", status).baseUrl("http://test").build()).bodyText();
            if (!doc.contains("ProcessSucceeded")) Thread.sleep(50);
        }
        assertThat(doc).contains("<wps:ProcessSucceeded>", "<wps:Reference href=\"http://test/wps/output/");
        String out = doc.replaceAll("(?s).*<wps:Reference href=\"http://test/wps([^\"]+)\".*", "$1");
        OgcResponse o = wps.handle(OgcRequest.builder("GET", out).baseUrl("http://test").build());
        assertThat(o.status()).isEqualTo(200);
        assertThat(o.bodyText()).contains("\"verdict\"");
    }

    @Test
    void unitsAtAndBatch() {
        OgcResponse u = get(wps, "service=WPS&version=1.0.0&request=Execute&identifier=zoning:UnitsAt&DataInputs=" + enc("geometry=POINT(112.605 37.795)")
                + "&RawDataOutput=units");
        assertThat(u.status()).as(u.bodyText()).isEqualTo(200);
        assertThat(u.bodyText()).contains("\"units\"", "\"clauses\"", "\"province\"", "ZH1401");
        String fc = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"industry\":\"2614\",\"nature\":\"new\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[112.605,37.795]}},{\"type\":\"Feature\",\"properties\":{\"industry\":\"9999\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[112.605,37.795]}}]}";
        OgcResponse b = post(wps, execute("zoning:BatchCompliance", complex("features", "application/geo+json", fc) + literal("nature", "new"), raw("result")));
        assertThat(b.status()).as(b.bodyText()).isEqualTo(200);
        assertThat(b.bodyText()).contains("\"verdict\"", "\"unitCodes\":\"ZH1401", "\"error\"", "9999");
    }

    @Test
    void errors() {
        // geometry that does not parse in the declared format
        assertThat(post(wps, execute("zoning:AdmissionCompliance", complex("geometry", "application/wkt", "POLYGON((1 2")
                + literal("industry", "2614") + literal("nature", "new"), "")).bodyText()).contains("InvalidParameterValue", "locator=\"geometry\"");
        assertThat(post(wps, execute("zoning:AdmissionCompliance", complex("geometry", "application/geo+json", SITE)
                + literal("industry", "2614") + literal("nature", "new"), "")).bodyText()).contains("GeoJSON");
        // wrong mimeType
        assertThat(post(wps, execute("zoning:AdmissionCompliance", complex("geometry", "image/png", SITE)
                + literal("industry", "2614") + literal("nature", "new"), "")).bodyText()).contains("InvalidParameterValue", "image/png");
        // a reference
        OgcResponse ref = post(wps, execute("zoning:AdmissionCompliance", "<wps:Input><ows:Identifier>geometry</ows:Identifier><wps:Reference "
                + "xlink:href=\"http://169.254.169.254/latest/meta-data\"/></wps:Input>" + literal("industry", "2614") + literal("nature", "new"), ""));
        assertThat(ref.status()).isEqualTo(400);
        assertThat(ref.bodyText()).contains("xlink:href", "locator=\"geometry\"");
        // unknown industry and process, missing input, DTD
        assertThat(post(wps, execute("zoning:AdmissionCompliance", complex("geometry", "application/wkt", SITE) + literal("industry", "9999")
                + literal("nature", "new"), "")).bodyText()).contains("locator=\"industry\"", "9999");
        assertThat(get(wps, "service=WPS&version=1.0.0&request=DescribeProcess&identifier=zoning:Nope").bodyText()).contains("InvalidParameterValue");
        assertThat(post(wps, execute("zoning:AdmissionCompliance", literal("industry", "2614"), "")).bodyText()).contains("MissingParameterValue");
        OgcResponse xxe = post(wps, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + execute("zoning:AdmissionCompliance", literal("industry", "&e;"), ""));
        assertThat(xxe.status()).isEqualTo(400);
        assertThat(xxe.bodyText()).contains("DOCTYPE").doesNotContain("root:");
        assertThat(get(wps, "service=WPS&version=1.0.0&request=Nope").status()).isEqualTo(501);
    }
}
