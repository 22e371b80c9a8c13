package org.ecozoning.ogc.wfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.OgcSchemas;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** WFS 1.1.0: capabilities, GML 3.1.1 schema and features, FES 1.1 filters, MAXFEATURES, OWS 1.0 exceptions. */
class Wfs11Test extends WfsTestSupport {
    private static final String GF = "service=WFS&version=1.1.0&request=GetFeature&";
    private static final String OGC = "xmlns:ogc='http://www.opengis.net/ogc' xmlns:gml='http://www.opengis.net/gml'";

    @Test
    void capabilitiesAreValidWfs11() {
        OgcResponse r = get("service=WFS&request=GetCapabilities&version=1.1.0");
        assertThat(r.status()).isEqualTo(200);
        assertValid(wfs11Schema(), r);
        Document d = dom(r.bodyBytes());
        assertThat(text(d, "/wfs1:WFS_Capabilities/@version")).isEqualTo("1.1.0");
        assertThat(text(d, "//wfs1:FeatureType[wfs1:Name='zoning:counties']/wfs1:DefaultSRS")).isEqualTo("urn:ogc:def:crs:EPSG::4490");
        assertThat(nodes(d, "//ogc:SpatialOperator[@name='DWithin']").getLength()).isEqualTo(1);
    }

    @Test
    void describeFeatureTypeIsGml311() {
        OgcResponse r = get("service=WFS&version=1.1.0&request=DescribeFeatureType&typeName=zoning:control_units");
        assertThat(r.contentType()).isEqualTo("text/xml; subtype=gml/3.1.1");
        Document d = dom(r.bodyBytes());
        assertThat(text(d, "//xsd:element[@name='control_units']/@substitutionGroup")).isEqualTo("gml:_Feature");
        assertThat(text(d, "//xsd:import/@schemaLocation")).isEqualTo("http://schemas.opengis.net/gml/3.1.1/base/gml.xsd");
        OgcSchemas.schema("dft311", java.util.List.of(), java.util.Map.of("http://test.local/dft311.xsd", r.bodyBytes()));
    }

    @Test
    void getFeatureInGml311WithMaxFeaturesAndFes11Filter() {
        OgcResponse r = get(GF + "typeName=zoning:control_units&maxFeatures=2");
        assertValid(wfs11Schema(), r);
        Document d = dom(r.bodyBytes());
        assertThat(text(d, "/wfs1:FeatureCollection/@numberOfFeatures")).isEqualTo("2");
        assertThat(nodes(d, "//gml1:featureMember/zoning:control_units").getLength()).isEqualTo(2);
        assertThat(text(d, "(//gml1:MultiSurface)[1]/@srsName")).isEqualTo("urn:ogc:def:crs:EPSG::4490");

        String f = "<ogc:Filter " + OGC + "><ogc:And><ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName>"
                + "<ogc:Literal>KEY_CONTROL</ogc:Literal></ogc:PropertyIsEqualTo>"
                + "<ogc:BBOX><ogc:PropertyName>geometry</ogc:PropertyName><gml:Envelope srsName='EPSG:4490'>"
                + "<gml:lowerCorner>112.51 37.71</gml:lowerCorner><gml:upperCorner>112.55 37.75</gml:upperCorner></gml:Envelope></ogc:BBOX>"
                + "</ogc:And></ogc:Filter>";
        Document filtered = dom(get(GF + "typeName=zoning:control_units&filter=" + URLEncoder.encode(f, StandardCharsets.UTF_8)).bodyBytes());
        assertThat(text(filtered, "//zoning:control_units/@gml1:id")).isEqualTo("control_units.ZH14010520001");
        String fid = "<ogc:Filter " + OGC + "><ogc:GmlObjectId gml:id='control_units.ZH14010630001'/></ogc:Filter>";
        Document byId = dom(get(GF + "typeName=zoning:control_units&filter=" + URLEncoder.encode(fid, StandardCharsets.UTF_8)).bodyBytes());
        assertThat(text(byId, "//zoning:control_units/zoning:name")).isEqualTo("迎泽一般管控区");
        Document featureId = dom(get(GF + "typeName=zoning:control_units&featureId=control_units.ZH14010630001").bodyBytes());
        assertThat(nodes(featureId, "//zoning:control_units").getLength()).isEqualTo(1);
        Document hits = dom(get(GF + "typeName=zoning:counties&resultType=hits").bodyBytes());
        assertThat(text(hits, "/wfs1:FeatureCollection/@numberOfFeatures")).isEqualTo("119");
    }

    @Test
    void postedWfs11GetFeatureWithDWithinAndSort() {
        String xml = "<wfs:GetFeature service='WFS' version='1.1.0' maxFeatures='10' xmlns:wfs='http://www.opengis.net/wfs' " + OGC + ">"
                + "<wfs:Query typeName='zoning:control_units' srsName='EPSG:4490'><ogc:Filter><ogc:DWithin><ogc:PropertyName>geometry</ogc:PropertyName>"
                + "<gml:Point><gml:pos>112.45 37.85</gml:pos></gml:Point><ogc:Distance units='km'>6</ogc:Distance></ogc:DWithin></ogc:Filter>"
                + "<ogc:SortBy><ogc:SortProperty><ogc:PropertyName>code</ogc:PropertyName><ogc:SortOrder>DESC</ogc:SortOrder></ogc:SortProperty></ogc:SortBy>"
                + "</wfs:Query></wfs:GetFeature>";
        OgcResponse r = post(xml);
        assertValid(wfs11Schema(), r);
        Document d = dom(r.bodyBytes());
        assertThat(text(d, "(//zoning:control_units)[1]/@gml1:id")).isEqualTo("control_units.ZH14010630001");
        assertThat(text(d, "(//zoning:control_units)[2]/@gml1:id")).isEqualTo("control_units.ZH14010510001");
        assertThat(text(d, "/wfs1:FeatureCollection/@numberOfFeatures")).isEqualTo("2");
        assertThat(text(d, "(//gml1:posList)[1]")).startsWith("112.4 37.8"); // EPSG:4490 short form: longitude first
    }

    @Test
    void geoJsonAndRefusedGml32() {
        OgcResponse r = get(GF + "typeName=zoning:counties&maxFeatures=1&outputFormat=json");
        assertThat(r.contentType()).startsWith("application/geo+json");
        assertThat(r.bodyText()).contains("\"numberReturned\":1");
        OgcResponse bad = get(GF + "typeName=zoning:counties&outputFormat=" + URLEncoder.encode("application/gml+xml; version=3.2", StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(400);
        Document d = dom(bad.bodyBytes());
        assertThat(text(d, "/ows1:ExceptionReport/@version")).isEqualTo("1.0.0");
        assertThat(text(d, "//ows1:Exception/@exceptionCode")).isEqualTo("InvalidParameterValue");
        assertThat(OgcSchemas.errors(owsExceptionSchema(false), bad.bodyBytes())).isEmpty();
        assertThat(get("service=WFS&version=1.1.0&request=GetPropertyValue&typeNames=zoning:counties&valueReference=name").status()).isEqualTo(501);
    }
}
