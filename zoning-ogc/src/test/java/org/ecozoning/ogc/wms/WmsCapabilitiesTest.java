package org.ecozoning.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.OgcSchemas;
import org.ecozoning.ogc.common.ServiceMetadata;
import org.ecozoning.ogc.common.TestScheme;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class WmsCapabilitiesTest extends WmsTestSupport {
    static final String CAPS_130 = "SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0";
    static final String CAPS_111 = "SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.1.1";

    @Test
    void capabilities130AreSchemaValid() {
        OgcResponse r = get(CAPS_130);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/xml");
        byte[] body = r.bodyBytes();
        assertThat(OgcSchemas.errors(capabilities130Schema(), body)).as(new String(body, StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void serviceSectionCarriesMetadataAndLimits() {
        ServiceMetadata m = new ServiceMetadata("测试地图服务", "Test map service", "摘要", "Abstract", List.of("分区管控", "zoning"),
                "免费", "仅供测试", new ServiceMetadata.Contact("生态环境厅", "https://example.org", "张三", "工程师", "0351-1234567",
                        "wms@example.org", "府西街 1 号", "太原", "山西", "030000", "中国"));
        WmsHandler h = new WmsHandler(CONFIG.withMetadata(m).withLimits(WmsLimits.DEFAULT.withMaxSize(2048, 1024).withLayerLimit(7)));
        byte[] body = get(h, CAPS_130).bodyBytes();
        assertThat(OgcSchemas.errors(capabilities130Schema(), body)).isEmpty();
        Document d = dom(body);
        assertThat(text(d, "/wms:WMS_Capabilities/wms:Service/wms:Name")).isEqualTo("WMS");
        assertThat(text(d, "//wms:Service/wms:Title")).isEqualTo("测试地图服务 / Test map service");
        assertThat(texts(d, "//wms:Service/wms:KeywordList/wms:Keyword")).containsExactly("分区管控", "zoning");
        assertThat(text(d, "//wms:Service/wms:OnlineResource/@xlink:href")).isEqualTo(BASE + "/wms");
        assertThat(text(d, "//wms:ContactPersonPrimary/wms:ContactPerson")).isEqualTo("张三");
        assertThat(text(d, "//wms:ContactAddress/wms:City")).isEqualTo("太原");
        assertThat(text(d, "//wms:ContactElectronicMailAddress")).isEqualTo("wms@example.org");
        assertThat(text(d, "//wms:Service/wms:Fees")).isEqualTo("免费");
        assertThat(text(d, "//wms:Service/wms:AccessConstraints")).isEqualTo("仅供测试");
        assertThat(text(d, "//wms:Service/wms:LayerLimit")).isEqualTo("7");
        assertThat(text(d, "//wms:Service/wms:MaxWidth")).isEqualTo("2048");
        assertThat(text(d, "//wms:Service/wms:MaxHeight")).isEqualTo("1024");
    }

    @Test
    void requestSectionListsOperationsAndFormats() {
        Document d = dom(get(CAPS_130).bodyBytes());
        assertThat(texts(d, "//wms:Request/wms:GetMap/wms:Format")).containsExactly("image/png", "image/png; mode=8bit", "image/jpeg");
        assertThat(texts(d, "//wms:Request/wms:GetFeatureInfo/wms:Format")).containsExactly("text/html", "text/plain",
                "application/json", "application/vnd.ogc.gml", "application/vnd.ogc.gml/3.1.1");
        assertThat(nodes(d, "//wms:Request/sld:GetLegendGraphic").getLength()).isEqualTo(1);
        assertThat(text(d, "//wms:GetMap/wms:DCPType/wms:HTTP/wms:Get/wms:OnlineResource/@xlink:href")).isEqualTo(BASE + "/wms?");
        assertThat(texts(d, "//wms:Capability/wms:Exception/wms:Format")).containsExactly("XML", "INIMAGE", "BLANK");
    }

    @Test
    void layerTreeHasChineseTitlesCrsListAndGroups() {
        Document d = dom(get(CAPS_130).bodyBytes());
        assertThat(texts(d, "/wms:WMS_Capabilities/wms:Capability/wms:Layer/wms:CRS")).containsExactly("CRS:84", "EPSG:4326",
                "EPSG:4490", "EPSG:3857", "EPSG:4546", "EPSG:4547", "EPSG:4525", "EPSG:4526");
        assertThat(text(d, "//wms:Layer[wms:Name='zoning:control_units']/wms:Title")).isEqualTo("环境管控单元 / Environmental control units");
        assertThat(text(d, "//wms:Layer[wms:Name='zoning:control_units']/@queryable")).isEqualTo("1");
        assertThat(text(d, "//wms:Layer[wms:Name='zoning:counties']/wms:Title")).startsWith("县级行政区");
        // the element-zone layers sit under their group
        assertThat(text(d, "//wms:Layer[wms:Name='zoning:element_zones']/wms:Title")).isEqualTo("要素管控分区 / Element zones");
        assertThat(texts(d, "//wms:Layer[wms:Name='zoning:element_zones']/wms:Layer/wms:Name")).containsExactly("zoning:river_zones",
                "zoning:region_zones", "zoning:air_zones", "zoning:land_zones", "zoning:soil_zones", "zoning:noise_zones");
        // every layer of the catalog is named once
        assertThat(texts(d, "//wms:Layer/wms:Name")).hasSize(TestScheme.catalog().layers().size() + 1);
    }

    @Test
    void boundingBoxesFollowTheAxisOrderOfEachCrs() {
        Document d = dom(get(CAPS_130).bodyBytes());
        String layer = "//wms:Layer[wms:Name='zoning:control_units']";
        // units span lon 112.40–112.70, lat 37.70–37.95
        assertThat(text(d, layer + "/wms:EX_GeographicBoundingBox/wms:westBoundLongitude")).isEqualTo("112.4");
        assertThat(text(d, layer + "/wms:EX_GeographicBoundingBox/wms:northBoundLatitude")).isEqualTo("37.95");
        // 1.3.0 EPSG:4326 and EPSG:4490: latitude first; CRS:84 longitude first
        assertThat(text(d, layer + "/wms:BoundingBox[@CRS='EPSG:4326']/@minx")).isEqualTo("37.7");
        assertThat(text(d, layer + "/wms:BoundingBox[@CRS='EPSG:4326']/@maxy")).isEqualTo("112.7");
        assertThat(text(d, layer + "/wms:BoundingBox[@CRS='EPSG:4490']/@minx")).isEqualTo("37.7");
        assertThat(text(d, layer + "/wms:BoundingBox[@CRS='CRS:84']/@minx")).isEqualTo("112.4");
        // Web Mercator: easting first, about 12.51e6 m
        double x = Double.parseDouble(text(d, layer + "/wms:BoundingBox[@CRS='EPSG:3857']/@minx"));
        assertThat(x).isBetween(12_512_000.0, 12_514_000.0);
        // CGCS2000 / 3-degree Gauss-Kruger CM 114E: northing first (≈ 4.18e6 m), then easting (≈ 3.6e5 m)
        double n = Double.parseDouble(text(d, layer + "/wms:BoundingBox[@CRS='EPSG:4547']/@minx"));
        double e = Double.parseDouble(text(d, layer + "/wms:BoundingBox[@CRS='EPSG:4547']/@miny"));
        assertThat(n).isBetween(4_150_000.0, 4_200_000.0);
        assertThat(e).isBetween(300_000.0, 420_000.0);
        // zone 38 with its zone number in the false easting
        double e38 = Double.parseDouble(text(d, layer + "/wms:BoundingBox[@CRS='EPSG:4526']/@miny"));
        assertThat(e38).isBetween(38_300_000.0, 38_420_000.0);
    }

    @Test
    void stylesHaveLegendUrlsOfTheRealLegendSize() {
        Document d = dom(get(CAPS_130).bodyBytes());
        String style = "//wms:Layer[wms:Name='zoning:control_units']/wms:Style";
        assertThat(text(d, style + "/wms:Name")).isEqualTo("control_units");
        assertThat(text(d, style + "/wms:Title")).isNotBlank();
        String href = text(d, style + "/wms:LegendURL/wms:OnlineResource/@xlink:href");
        assertThat(href).startsWith(BASE + "/wms?SERVICE=WMS&REQUEST=GetLegendGraphic").contains("LAYER=zoning%3Acontrol_units")
                .contains("STYLE=control_units");
        int w = Integer.parseInt(text(d, style + "/wms:LegendURL/@width"));
        int h = Integer.parseInt(text(d, style + "/wms:LegendURL/@height"));
        var legend = image(get(href.substring(href.indexOf('?') + 1)));
        assertThat(legend.getWidth()).isEqualTo(w);
        assertThat(legend.getHeight()).isEqualTo(h);
    }

    @Test
    void extraStylesAreListed() {
        WmsHandler h = new WmsHandler(CONFIG.withLayerStyles(java.util.Map.of("counties", List.of("control_units", "no_such_style"))));
        Document d = dom(get(h, CAPS_130).bodyBytes());
        assertThat(texts(d, "//wms:Layer[wms:Name='zoning:counties']/wms:Style/wms:Name")).containsExactly("counties", "control_units");
    }

    @Test
    void capabilities111AreValidAgainstTheDtd() {
        OgcResponse r = get(CAPS_111);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/vnd.ogc.wms_xml");
        byte[] body = r.bodyBytes();
        String s = new String(body, StandardCharsets.UTF_8);
        assertThat(s).contains("<!DOCTYPE WMT_MS_Capabilities SYSTEM \"http://schemas.opengis.net/wms/1.1.1/WMS_MS_Capabilities.dtd\">");
        assertThat(dtdErrors(body)).as(s).isEmpty();
    }

    @Test
    void capabilities111UseTheOldNamesAndLonLatOrder() {
        Document d = dom(get(CAPS_111).bodyBytes());
        assertThat(text(d, "/WMT_MS_Capabilities/@version")).isEqualTo("1.1.1");
        assertThat(text(d, "/WMT_MS_Capabilities/Service/Name")).isEqualTo("OGC:WMS");
        assertThat(texts(d, "/WMT_MS_Capabilities/Capability/Layer/SRS")).containsExactly("EPSG:4326", "EPSG:4490", "EPSG:3857",
                "EPSG:4546", "EPSG:4547", "EPSG:4525", "EPSG:4526");
        assertThat(texts(d, "//Capability/Exception/Format")).containsExactly("application/vnd.ogc.se_xml",
                "application/vnd.ogc.se_inimage", "application/vnd.ogc.se_blank");
        assertThat(texts(d, "//Request/GetCapabilities/Format")).containsExactly("application/vnd.ogc.wms_xml");
        String layer = "//Layer[Name='zoning:control_units']";
        assertThat(text(d, layer + "/LatLonBoundingBox/@minx")).isEqualTo("112.4");
        assertThat(text(d, layer + "/BoundingBox[@SRS='EPSG:4326']/@minx")).isEqualTo("112.4");
        assertThat(text(d, layer + "/BoundingBox[@SRS='EPSG:4547']/@minx")).startsWith("3");
        assertThat(text(d, layer + "/Style/LegendURL/@width")).isNotEmpty();
        assertThat(nodes(d, "//Request/GetLegendGraphic").getLength()).isEqualTo(1);
    }

    @Test
    void versionNegotiation() {
        assertThat(dom(get("SERVICE=WMS&REQUEST=GetCapabilities").bodyBytes()).getDocumentElement().getLocalName()).isEqualTo("WMS_Capabilities");
        assertThat(dom(get("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=2.0.0").bodyBytes()).getDocumentElement().getLocalName())
                .isEqualTo("WMS_Capabilities");
        assertThat(dom(get("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.2.0").bodyBytes()).getDocumentElement().getNodeName())
                .isEqualTo("WMT_MS_Capabilities");
        assertThat(dom(get("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.0.0").bodyBytes()).getDocumentElement().getNodeName())
                .isEqualTo("WMT_MS_Capabilities");
        assertThat(dom(get("SERVICE=WMS&REQUEST=capabilities&WMTVER=1.1.1").bodyBytes()).getDocumentElement().getNodeName())
                .isEqualTo("WMT_MS_Capabilities");
    }

    @Test
    void updateSequence() {
        WmsHandler h = new WmsHandler(CONFIG.withUpdateSequence("20250601"));
        Document d = dom(get(h, CAPS_130).bodyBytes());
        assertThat(text(d, "/wms:WMS_Capabilities/@updateSequence")).isEqualTo("20250601");
        assertThat(get(h, CAPS_130 + "&UPDATESEQUENCE=20240101").status()).isEqualTo(200);
        assertServiceException(get(h, CAPS_130 + "&UPDATESEQUENCE=20250601"), "1.3.0", "CurrentUpdateSequence", "UPDATESEQUENCE");
        assertServiceException(get(h, CAPS_130 + "&UPDATESEQUENCE=20990101"), "1.3.0", "InvalidUpdateSequence", "UPDATESEQUENCE");
        assertServiceException(get(h, CAPS_111 + "&UPDATESEQUENCE=20250601"), "1.1.1", "CurrentUpdateSequence", null);
    }

    @Test
    void serviceParameterIsChecked() {
        assertServiceException(get("REQUEST=GetCapabilities&VERSION=1.3.0"), "1.3.0", "MissingParameterValue", "SERVICE");
        assertServiceException(get("SERVICE=WFS&REQUEST=GetCapabilities&VERSION=1.3.0"), "1.3.0", "InvalidParameterValue", "SERVICE");
        assertServiceException(get("SERVICE=WMS&VERSION=1.3.0"), "1.3.0", "MissingParameterValue", "REQUEST");
        assertServiceException(get("SERVICE=WMS&VERSION=1.3.0&REQUEST=DescribeLayer"), "1.3.0", "OperationNotSupported", "REQUEST");
        assertServiceException(get("SERVICE=WMS&VERSION=1.1.1&REQUEST=GetStyles"), "1.1.1", "OperationNotSupported", null);
    }
}
