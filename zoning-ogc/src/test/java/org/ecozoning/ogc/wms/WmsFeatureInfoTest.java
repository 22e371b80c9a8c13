package org.ecozoning.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.AttributeType;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.MemoryFeatureSource;
import org.ecozoning.ogc.common.LayerCatalog;
import org.ecozoning.ogc.common.LayerInfo;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.TestScheme;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.w3c.dom.Document;

class WmsFeatureInfoTest extends WmsTestSupport {
    /** GetFeatureInfo on the test map; pixel (150, 250) is lon 112.4505, lat 37.7495: inside the green unit ZH14010510001. */
    static final String GFI_130 = MAP_130.replace("REQUEST=GetMap", "REQUEST=GetFeatureInfo")
            + "&QUERY_LAYERS=zoning:control_units&INFO_FORMAT=application/json&I=150&J=250";
    static final String GFI_111 = MAP_111.replace("REQUEST=GetMap", "REQUEST=GetFeatureInfo")
            + "&QUERY_LAYERS=zoning:control_units&INFO_FORMAT=application/json&X=150&Y=250";

    static JsonNode json(OgcResponse r) throws Exception {
        assertThat(r.status()).as(r::bodyText).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/json");
        return new ObjectMapper().readTree(r.bodyBytes());
    }

    /** The feature ids of a collection, in order. */
    static List<String> ids(JsonNode fc) {
        List<String> out = new java.util.ArrayList<>();
        fc.path("features").forEach(f -> out.add(f.path("id").asText()));
        return out;
    }

    @Test
    void returnsTheUnitAtAKnownPoint() throws Exception {
        JsonNode fc = json(get(GFI_130));
        assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.path("features")).hasSize(1);
        JsonNode f = fc.path("features").get(0);
        assertThat(f.path("id").asText()).isEqualTo("control_units.ZH14010510001");
        assertThat(f.path("layer").asText()).isEqualTo("zoning:control_units");
        assertThat(f.path("properties").path("name").asText()).isEqualTo("晋祠生态保护红线");
        assertThat(f.path("properties").path("class").asText()).isEqualTo("PRIORITY_PROTECTION");
        assertThat(f.path("geometry").path("type").asText()).isEqualTo("Polygon");
        assertThat(f.path("geometry").path("coordinates").get(0).get(0).get(0).asDouble()).isEqualTo(112.4);
        // the key control unit one pixel column east of the border
        JsonNode east = json(get(with(with(GFI_130, "I", "260"), "J", "250")));
        assertThat(east.path("features").get(0).path("id").asText()).isEqualTo("control_units.ZH14010520001");
    }

    @Test
    void version111UsesXyAndLonLat() throws Exception {
        JsonNode fc = json(get(GFI_111));
        assertThat(fc.path("features").get(0).path("id").asText()).isEqualTo("control_units.ZH14010510001");
    }

    @Test
    void reprojectedMapsAreQueriedAtTheRightPlace() throws Exception {
        double[] ll = WmsGetMapTest.mercator(112.3, 37.6), ur = WmsGetMapTest.mercator(112.8, 38.0);
        double[] p = WmsGetMapTest.mercator(112.55, 37.75);
        int i = (int) ((p[0] - ll[0]) / (ur[0] - ll[0]) * 500), j = (int) ((ur[1] - p[1]) / (ur[1] - ll[1]) * 400);
        String q = with(with(with(with(GFI_130, "CRS", "EPSG:3857"), "BBOX", ll[0] + "," + ll[1] + "," + ur[0] + "," + ur[1]),
                "I", Integer.toString(i)), "J", Integer.toString(j));
        assertThat(json(get(q)).path("features").get(0).path("id").asText()).isEqualTo("control_units.ZH14010520001");
    }

    @Test
    void nothingOutsideTheUnits() throws Exception {
        assertThat(json(get(with(with(GFI_130, "I", "20"), "J", "380"))).path("features")).isEmpty();
        String text = get(with(with(with(GFI_130, "I", "20"), "J", "380"), "INFO_FORMAT", "text/plain")).bodyText();
        assertThat(text).contains("没有要素").contains("No features");
    }

    @Test
    void areasContainingThePointComeBeforeNearbyFeatures() throws Exception {
        // a point layer: one point 2 px from the clicked pixel, one 10 px away; and an area around the click
        FeatureType pts = new FeatureType("wells", "水井", "Wells", "geometry", "Point",
                List.of(new AttributeDescriptor("name", AttributeType.STRING, "名称")));
        GeometryFactory gf = new GeometryFactory();
        MemoryFeatureSource wells = new MemoryFeatureSource(pts, List.of(
                new Feature(pts, "near", new Object[] {"近"}, gf.createPoint(new Coordinate(112.4525, 37.7495))),
                new Feature(pts, "far", new Object[] {"远"}, gf.createPoint(new Coordinate(112.4605, 37.7495)))));
        FeatureType mixed = new FeatureType("mixed", "混合", "Mixed", "geometry", "Geometry",
                List.of(new AttributeDescriptor("name", AttributeType.STRING, "名称")));
        MemoryFeatureSource both = new MemoryFeatureSource(mixed, List.of(
                new Feature(mixed, "point", new Object[] {"点"}, gf.createPoint(new Coordinate(112.4515, 37.7495))),
                new Feature(mixed, "area", new Object[] {"面"}, TestScheme.box(112.44, 37.74, 112.46, 37.76))));
        LayerCatalog cat = new LayerCatalog(List.of(new LayerInfo("wells", wells, "水井", "Wells", null, null, null, null),
                new LayerInfo("mixed", both, "混合", "Mixed", null, null, null, null)));
        WmsHandler h = new WmsHandler(WmsConfig.of(cat, STYLES, FONTS));
        String q = with(with(with(GFI_130, "LAYERS", "wells,mixed"), "QUERY_LAYERS", "wells,mixed"), "FEATURE_COUNT", "10");
        JsonNode fc = json(get(h, q));
        List<String> ids = ids(fc);
        assertThat(ids).containsExactly("wells.near", "mixed.area", "mixed.point");
        // FEATURE_COUNT=1 keeps the best of each layer
        List<String> one = ids(json(get(h, with(q, "FEATURE_COUNT", "1"))));
        assertThat(one).containsExactly("wells.near", "mixed.area");
    }

    @Test
    void htmlIsChineseAndEscaped() {
        FeatureType t = new FeatureType("notes", "注记", "Notes", "geometry", "Polygon",
                List.of(new AttributeDescriptor("text", AttributeType.STRING, "内容")));
        MemoryFeatureSource src = new MemoryFeatureSource(t, List.of(new Feature(t, "a<b", new Object[] {"<script>alert('x')</script> & 说明"},
                TestScheme.box(112.4, 37.7, 112.5, 37.8))));
        WmsHandler h = new WmsHandler(WmsConfig.of(new LayerCatalog(List.of(new LayerInfo("notes", src, "注记", "Notes", null, null, null, null))),
                STYLES, FONTS));
        OgcResponse r = get(h, with(with(with(GFI_130, "LAYERS", "notes"), "QUERY_LAYERS", "notes"), "INFO_FORMAT", "text/html"));
        assertThat(r.contentType()).isEqualTo("text/html; charset=UTF-8");
        String html = r.bodyText();
        assertThat(html).contains("<html lang=\"zh-CN\">").contains("<caption>注记 / Notes</caption>").contains("<th>内容 (text)</th>");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 说明");
        assertThat(html).doesNotContain("<script>");
        assertThat(html).contains("notes.a_x003C_b");
    }

    @Test
    void htmlOfTheUnitLayer() {
        String html = get(with(GFI_130, "INFO_FORMAT", "text/html")).bodyText();
        assertThat(html).contains("环境管控单元").contains("单元名称 (name)").contains("晋祠生态保护红线").contains("ZH14010510001");
    }

    @Test
    void plainText() {
        OgcResponse r = get(with(GFI_130, "INFO_FORMAT", "text/plain"));
        assertThat(r.contentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(r.bodyText()).contains("图层 / Layer: zoning:control_units").contains("要素 / Feature: control_units.ZH14010510001")
                .contains("单元名称 (name) = 晋祠生态保护红线");
    }

    @Test
    void gml2AsOpenLayersAndQgisExpect() {
        OgcResponse r = get(with(GFI_130, "INFO_FORMAT", "application/vnd.ogc.gml"));
        assertThat(r.contentType()).startsWith("application/vnd.ogc.gml");
        Document d = dom(r.bodyBytes());
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("FeatureCollection");
        assertThat(text(d, "/wfs:FeatureCollection/gml:featureMember/zoning:control_units/@fid")).isEqualTo("control_units.ZH14010510001");
        assertThat(text(d, "//zoning:control_units/zoning:name")).isEqualTo("晋祠生态保护红线");
        assertThat(text(d, "//zoning:geometry/gml:Polygon/@srsName")).isEqualTo("EPSG:4326");
        // GML 2 coordinates are x,y: longitude first
        assertThat(text(d, "//zoning:geometry//gml:outerBoundaryIs/gml:LinearRing/gml:coordinates")).startsWith("112.4,37.7 ");
        assertThat(text(d, "/wfs:FeatureCollection/gml:boundedBy/gml:Box/gml:coordinates")).isEqualTo("112.4,37.7 112.5,37.8");
        // metres are written plainly (no exponent)
        double[] ll = WmsGetMapTest.mercator(112.3, 37.6), ur = WmsGetMapTest.mercator(112.8, 38.0);
        Document m = dom(get(with(with(with(GFI_130, "INFO_FORMAT", "application/vnd.ogc.gml"), "CRS", "EPSG:3857"),
                "BBOX", ll[0] + "," + ll[1] + "," + ur[0] + "," + ur[1])).bodyBytes());
        String box = text(m, "/wfs:FeatureCollection/gml:boundedBy/gml:Box/gml:coordinates");
        assertThat(box).doesNotContain("E").matches("[0-9.]+,[0-9.]+ [0-9.]+,[0-9.]+");
        assertThat(text(m, "//zoning:geometry//gml:coordinates")).doesNotContain("E").startsWith("125");
    }

    @Test
    void gml311WithTheSharedWriter() {
        OgcResponse r = get(with(with(GFI_130, "INFO_FORMAT", "application/vnd.ogc.gml/3.1.1"), "CRS", "EPSG:4326"));
        Document d = dom(r.bodyBytes());
        assertThat(text(d, "//gml:featureMember/zoning:control_units/@gml:id")).isEqualTo("control_units.ZH14010510001");
        assertThat(text(d, "//zoning:control_units/zoning:code")).isEqualTo("ZH14010510001");
        assertThat(text(d, "//zoning:geometry//gml:posList")).startsWith("112.4 37.7");
        // in a projected map CRS the geometry is in metres
        double[] ll = WmsGetMapTest.mercator(112.3, 37.6), ur = WmsGetMapTest.mercator(112.8, 38.0);
        OgcResponse m = get(with(with(with(GFI_130, "INFO_FORMAT", "application/vnd.ogc.gml/3.1.1"), "CRS", "EPSG:3857"),
                "BBOX", ll[0] + "," + ll[1] + "," + ur[0] + "," + ur[1]));
        Document dm = dom(m.bodyBytes());
        assertThat(text(dm, "//zoning:geometry/*/@srsName")).isEqualTo("EPSG:3857");
        assertThat(Double.parseDouble(text(dm, "//zoning:geometry//gml:posList").split(" ")[0])).isBetween(12.51e6, 12.53e6);
    }

    @Test
    void errors() {
        assertServiceException(get(with(GFI_130, "I", "500")), "1.3.0", "InvalidPoint", "I");
        assertServiceException(get(with(GFI_130, "J", "-1")), "1.3.0", "InvalidPoint", "J");
        assertServiceException(get(with(GFI_130, "I", "x")), "1.3.0", "InvalidPoint", "I");
        assertServiceException(get(with(GFI_111, "X", "9999")), "1.1.1", "InvalidPoint", null);
        assertServiceException(get(with(GFI_130, "I", null)), "1.3.0", "MissingParameterValue", "I");
        assertServiceException(get(with(GFI_130, "QUERY_LAYERS", "counties")), "1.3.0", "LayerNotDefined", "QUERY_LAYERS");
        assertServiceException(get(with(GFI_130, "QUERY_LAYERS", null)), "1.3.0", "MissingParameterValue", "QUERY_LAYERS");
        assertServiceException(get(with(GFI_130, "INFO_FORMAT", "application/pdf")), "1.3.0", "InvalidFormat", "INFO_FORMAT");
        assertServiceException(get(with(GFI_130, "FEATURE_COUNT", "0")), "1.3.0", "InvalidParameterValue", "FEATURE_COUNT");
        assertServiceException(get(with(GFI_130, "LAYERS", "nope")), "1.3.0", "LayerNotDefined", "LAYERS");
        // GetFeatureInfo errors are XML even when the map part asks for INIMAGE
        assertServiceException(get(with(with(GFI_130, "I", "500"), "EXCEPTIONS", "INIMAGE")), "1.3.0", "InvalidPoint", "I");
    }

    @Test
    void onlyFeaturesTheStyleDrawsAreReported() throws Exception {
        // the SLD draws key-control units only: the green unit under the click is not on the map
        String sld = WmsGetMapTest.enc(WmsGetMapTest.SLD);
        assertThat(json(get(with(GFI_130, "SLD_BODY", sld))).path("features")).isEmpty();
        assertThat(ids(json(get(with(with(with(GFI_130, "SLD_BODY", sld), "I", "260"), "J", "250")))))
                .containsExactly("control_units.ZH14010520001");
        // rule scales count: a style drawing only at 1:100,000 and larger
        String zoomed = WmsGetMapTest.enc("""
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld">
                  <NamedLayer><Name>control_units</Name><UserStyle><FeatureTypeStyle><Rule>
                    <MaxScaleDenominator>100000</MaxScaleDenominator>
                    <PolygonSymbolizer><Fill><CssParameter name="fill">#0000FF</CssParameter></Fill></PolygonSymbolizer>
                  </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
                </StyledLayerDescriptor>""");
        assertThat(json(get(with(GFI_130, "SLD_BODY", zoomed))).path("features")).as("about 1:400,000: not drawn").isEmpty();
        // 0.01° over 500 px is about 1:8,000; the click is at the centre of the box, inside the green unit
        String near = with(with(with(with(GFI_130, "SLD_BODY", zoomed), "BBOX", "37.745,112.445,37.753,112.455"), "I", "250"), "J", "200");
        assertThat(ids(json(get(near)))).containsExactly("control_units.ZH14010510001");
    }

    @Test
    void groupsCanBeQueried() throws Exception {
        String q = with(with(with(GFI_130, "LAYERS", "control_units,element_zones"), "QUERY_LAYERS", "element_zones"), "FEATURE_COUNT", "5");
        List<String> ids = ids(json(get(q)));
        // the click lies in the Taiyuan basin zone only (the river zones are further east)
        assertThat(ids).containsExactly("region_zones.ty-basin");
    }
}
