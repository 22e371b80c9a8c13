package org.ecozoning.ogc.wfs;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.OgcSchemas;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** WFS 2.0 GetCapabilities, DescribeFeatureType and stored-query listings, validated against the official schemas. */
class Wfs20CapabilitiesTest extends WfsTestSupport {

    @Test
    void capabilitiesAreSchemaValidAndDeclareWhatIsImplemented() {
        OgcResponse r = get("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=2.0.0");
        assertThat(r.status()).isEqualTo(200);
        assertValid(wfs20Schema(), r);
        Document d = dom(r.bodyBytes());
        assertThat(text(d, "/wfs:WFS_Capabilities/@version")).isEqualTo("2.0.0");
        assertThat(text(d, "//ows:Constraint[@name='ImplementsBasicWFS']/ows:DefaultValue")).isEqualTo("TRUE");
        assertThat(text(d, "//ows:Constraint[@name='ImplementsResultPaging']/ows:DefaultValue")).isEqualTo("TRUE");
        assertThat(text(d, "//ows:Constraint[@name='ImplementsSpatialJoins']/ows:DefaultValue")).isEqualTo("FALSE");
        assertThat(text(d, "//ows:Constraint[@name='ImplementsTransactionalWFS']/ows:DefaultValue")).isEqualTo("FALSE");
        assertThat(text(d, "//ows:Constraint[@name='CountDefault']/ows:DefaultValue")).isEqualTo("1000");
        for (String c : new String[] {"ImplementsQuery", "ImplementsAdHocQuery", "ImplementsResourceId", "ImplementsMinStandardFilter",
            "ImplementsStandardFilter", "ImplementsMinSpatialFilter", "ImplementsSpatialFilter", "ImplementsSorting", "ImplementsMinimumXPath"}) {
            assertThat(text(d, "//fes:Conformance/fes:Constraint[@name='" + c + "']/ows:DefaultValue")).as(c).isEqualTo("TRUE");
        }
        assertThat(text(d, "//fes:Conformance/fes:Constraint[@name='ImplementsTemporalFilter']/ows:DefaultValue")).isEqualTo("FALSE");
        // resolve=local is required by the Basic WFS schematron of the test suite
        assertThat(nodes(d, "//ows:Operation[@name='GetFeature']/ows:Parameter[@name='resolve']//ows:Value[.='local']").getLength()).isEqualTo(1);
        assertThat(nodes(d, "//ows:Operation[@name='GetPropertyValue']").getLength()).isEqualTo(1);
        assertThat(text(d, "//ows:Operation[@name='GetCapabilities']//ows:Get/@xlink:href")).isEqualTo(BASE + "/wfs?");
        // all layers, bilingual titles, bounding boxes of non-empty layers
        assertThat(nodes(d, "//wfs:FeatureType").getLength()).isEqualTo(TestSchemeSize.LAYERS);
        assertThat(text(d, "//wfs:FeatureType[wfs:Name='zoning:control_units']/wfs:Title[@xml:lang='zh-CN']")).isEqualTo("环境管控单元");
        assertThat(text(d, "//wfs:FeatureType[wfs:Name='zoning:control_units']/wfs:DefaultCRS")).isEqualTo("urn:ogc:def:crs:EPSG::4490");
        assertThat(text(d, "//wfs:FeatureType[wfs:Name='zoning:control_units']/ows:WGS84BoundingBox/ows:LowerCorner")).isEqualTo("112.4 37.7");
        assertThat(nodes(d, "//wfs:FeatureType[wfs:Name='zoning:air_zones']/ows:WGS84BoundingBox").getLength()).isZero();
        assertThat(text(d, "//ows:ServiceIdentification/ows:Title[@xml:lang='zh-CN']")).contains("生态环境分区管控");
    }

    @Test
    void sectionsSelectPartsAndUnknownSectionIsInvalid() {
        Document d = dom(get("service=WFS&request=GetCapabilities&sections=FeatureTypeList").bodyBytes());
        assertThat(nodes(d, "//ows:ServiceIdentification").getLength()).isZero();
        assertThat(nodes(d, "//wfs:FeatureTypeList").getLength()).isEqualTo(1);
        assertException(get("service=WFS&request=GetCapabilities&sections=Nope"), 400, "InvalidParameterValue", "sections");
    }

    @Test
    void versionNegotiation() {
        Document d = dom(get("service=WFS&request=GetCapabilities&acceptversions=3.0.0,1.1.0").bodyBytes());
        assertThat(text(d, "/wfs1:WFS_Capabilities/@version")).isEqualTo("1.1.0");
        assertException(get("service=WFS&request=GetCapabilities&acceptversions=3.0.0"), 400, "VersionNegotiationFailed", "acceptVersions");
    }

    @Test
    void missingServiceOrRequestIsMissingParameterValue() {
        assertException(get("request=GetCapabilities"), 400, "MissingParameterValue", "service");
        assertException(get("service=WFS"), 400, "MissingParameterValue", "request");
        assertException(get("service=WMS&request=GetCapabilities"), 400, "InvalidParameterValue", "service");
        assertException(get("service=WFS&version=2.0.0&request=Transaction"), 501, "OperationNotSupported", "Transaction");
        assertException(get("service=WFS&version=3.0.0&request=GetFeature&typenames=zoning:counties"), 400, "InvalidParameterValue", "version");
    }

    @Test
    void postedGetCapabilities() {
        OgcResponse r = post("<wfs:GetCapabilities service='WFS' xmlns:wfs='http://www.opengis.net/wfs/2.0' xmlns:ows='http://www.opengis.net/ows/1.1'>"
                + "<ows:AcceptVersions><ows:Version>2.0.0</ows:Version></ows:AcceptVersions></wfs:GetCapabilities>");
        assertThat(r.status()).isEqualTo(200);
        assertThat(text(dom(r.bodyBytes()), "/wfs:WFS_Capabilities/@version")).isEqualTo("2.0.0");
    }

    @Test
    void describeFeatureTypeIsAValidGml32ApplicationSchema() {
        OgcResponse r = get("service=WFS&version=2.0.0&request=DescribeFeatureType&typeNames=zoning:control_units");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/gml+xml; version=3.2");
        Document d = dom(r.bodyBytes());
        assertThat(text(d, "/xsd:schema/@targetNamespace")).isEqualTo("https://ecozoning.org/zoning");
        assertThat(text(d, "//xsd:element[@name='control_units']/@substitutionGroup")).isEqualTo("gml:AbstractFeature");
        assertThat(text(d, "//xsd:complexType[@name='control_unitsType']//xsd:element[@name='geometry']/@type"))
                .isEqualTo("gml:MultiSurfacePropertyType");
        assertThat(text(d, "//xsd:complexType[@name='control_unitsType']//xsd:element[@name='areaKm2']/@type")).isEqualTo("xsd:double");
        assertThat(nodes(d, "//xsd:complexType").getLength()).isEqualTo(1);
        // it compiles against GML 3.2.1 offline
        OgcSchemas.schema("dft-one", java.util.List.of(), java.util.Map.of("http://test.local/one.xsd", r.bodyBytes()));
    }

    @Test
    void describeFeatureTypeAcceptsTypeNameAliasesAndRejectsUnknownTypes() {
        Document all = dom(appSchema32());
        assertThat(nodes(all, "//xsd:complexType").getLength()).isEqualTo(TestSchemeSize.LAYERS);
        Document two = dom(get("service=WFS&version=2.0.0&request=DescribeFeatureType&typename=control_units,tns:counties"
                + "&namespaces=xmlns(tns,https://ecozoning.org/zoning)").bodyBytes());
        assertThat(nodes(two, "//xsd:complexType").getLength()).isEqualTo(2);
        assertException(get("service=WFS&version=2.0.0&request=DescribeFeatureType&typeNames=ex:Unknown1.Type"
                + "&namespaces=xmlns(ex,http://example.org)"), 400, "InvalidParameterValue", "typeName");
        assertException(get("service=WFS&version=2.0.0&request=DescribeFeatureType&typeNames=ex:control_units"
                + "&namespaces=xmlns(ex,http://example.org)"), 400, "InvalidParameterValue", "typeName");
    }

    @Test
    void storedQueriesListAndDescription() {
        OgcResponse list = get("service=WFS&version=2.0.0&request=ListStoredQueries");
        assertValid(wfs20Schema(), list);
        Document d = dom(list.bodyBytes());
        assertThat(text(d, "//wfs:StoredQuery/@id")).isEqualTo("urn:ogc:def:query:OGC-WFS::GetFeatureById");
        assertThat(nodes(d, "//wfs:ReturnFeatureType").getLength()).isEqualTo(TestSchemeSize.LAYERS);
        OgcResponse desc = get("service=WFS&version=2.0.0&request=DescribeStoredQueries&storedQuery_id=urn:ogc:def:query:OGC-WFS::GetFeatureById");
        assertValid(wfs20Schema(), desc);
        assertThat(text(dom(desc.bodyBytes()), "//wfs:StoredQueryDescription/wfs:Parameter/@name")).isEqualTo("id");
        assertException(get("service=WFS&version=2.0.0&request=DescribeStoredQueries&storedQuery_id=urn:x:nope"), 400,
                "InvalidParameterValue", "storedQuery_Id");
        OgcResponse posted = post("<wfs:DescribeStoredQueries service='WFS' version='2.0.0' xmlns:wfs='http://www.opengis.net/wfs/2.0'/>");
        assertThat(nodes(dom(posted.bodyBytes()), "//wfs:StoredQueryDescription").getLength()).isEqualTo(1);
    }
}
