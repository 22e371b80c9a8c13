package org.ecozoning.ogc.wfs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** WFS 2.0 GetFeature over KVP and XML: selection, paging, projection, CRS, formats and errors. */
class Wfs20GetFeatureTest extends WfsTestSupport {
    private static final String GF = "service=WFS&version=2.0.0&request=GetFeature&";
    private static final String FES = "xmlns:fes='http://www.opengis.net/fes/2.0'";

    static List<String> ids(Document d) {
        NodeList n = nodes(d, "//wfs:member/*/@gml:id");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.getLength(); i++) out.add(n.item(i).getNodeValue());
        return out;
    }

    static Document ok(OgcResponse r) {
        assertThat(r.status()).as(r.bodyText()).isEqualTo(200);
        return dom(r.bodyBytes());
    }

    static String enc(String s) { return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test
    void allFeaturesOfATypeAsValidGml32() {
        OgcResponse r = get(GF + "typeNames=zoning:control_units");
        assertThat(r.contentType()).isEqualTo("application/gml+xml; version=3.2");
        assertValid(wfs20Schema(), r);
        Document d = ok(r);
        assertThat(text(d, "/wfs:FeatureCollection/@numberMatched")).isEqualTo("5");
        assertThat(text(d, "/wfs:FeatureCollection/@numberReturned")).isEqualTo("5");
        assertThat(text(d, "/wfs:FeatureCollection/@timeStamp")).isEqualTo("2025-06-01T08:00:00Z");
        assertThat(text(d, "/wfs:FeatureCollection/@next")).isEmpty();
        assertThat(ids(d)).containsExactly("control_units.ZH14010510001", "control_units.ZH14010520001", "control_units.ZH14010520002",
                "control_units.ZH14010630001", "control_units.ZH14010710001");
        assertThat(text(d, "//zoning:control_units[@gml:id='control_units.ZH14010520001']/zoning:classZh")).isEqualTo("重点管控单元");
        assertThat(text(d, "//zoning:control_units[@gml:id='control_units.ZH14010520001']/zoning:class")).isEqualTo("KEY_CONTROL");
        // default CRS is the URN form: latitude first
        assertThat(text(d, "(//gml:MultiSurface)[1]/@srsName")).isEqualTo("urn:ogc:def:crs:EPSG::4490");
        assertThat(text(d, "(//gml:posList)[1]")).startsWith("37.7 112.4 ");
        // the schemaLocation points at DescribeFeatureType
        assertThat(text(d, "/wfs:FeatureCollection/@*[local-name()='schemaLocation']"))
                .contains("https://ecozoning.org/zoning " + BASE + "/wfs?service=WFS&version=2.0.0&request=DescribeFeatureType&typeNames=zoning%3Acontrol_units");
        // area of a 0.1° x 0.1° box at 37.75° N: ~ 11.13 km * 8.80 km
        double area = Double.parseDouble(text(d, "//zoning:control_units[@gml:id='control_units.ZH14010510001']/zoning:areaKm2"));
        assertThat(area).isBetween(96.0, 99.5);
    }

    @Test
    void countiesLayerHasTheShippedCounties() {
        Document d = ok(get(GF + "typeNames=zoning:counties&resultType=hits"));
        assertThat(text(d, "/wfs:FeatureCollection/@numberMatched")).isEqualTo("119");
        Document one = ok(get(GF + "typeNames=zoning:counties&resourceId=counties.140105"));
        assertThat(text(one, "//zoning:counties/zoning:name")).isEqualTo("小店区");
        assertThat(text(one, "//zoning:counties/zoning:cityCode")).isEqualTo("140100");
    }

    @Test
    void pagingWithNextAndPreviousLinksThatWork() {
        Document p1 = ok(get(GF + "typeNames=zoning:control_units&count=2&sortBy=code DESC"));
        assertThat(text(p1, "/wfs:FeatureCollection/@numberMatched")).isEqualTo("5");
        assertThat(text(p1, "/wfs:FeatureCollection/@numberReturned")).isEqualTo("2");
        assertThat(text(p1, "/wfs:FeatureCollection/@previous")).isEmpty();
        assertThat(ids(p1)).containsExactly("control_units.ZH14010710001", "control_units.ZH14010630001");
        String next = text(p1, "/wfs:FeatureCollection/@next");
        Document p2 = ok(follow(next));
        assertThat(ids(p2)).containsExactly("control_units.ZH14010520002", "control_units.ZH14010520001");
        Document p3 = ok(follow(text(p2, "/wfs:FeatureCollection/@next")));
        assertThat(ids(p3)).containsExactly("control_units.ZH14010510001");
        assertThat(text(p3, "/wfs:FeatureCollection/@next")).isEmpty();
        Document back = ok(follow(text(p3, "/wfs:FeatureCollection/@previous")));
        assertThat(ids(back)).isEqualTo(ids(p2));
    }

    static OgcResponse follow(String link) {
        assertThat(link).startsWith(BASE + "/wfs?");
        URI u = URI.create(link);
        return HANDLER.handle(OgcRequest.builder("GET", "/").baseUrl(BASE).query(u.getRawQuery()).build());
    }

    @Test
    void hitsReportsTheCountAndLinksToTheFirstPage() {
        Document d = ok(get(GF + "typeNames=zoning:control_units&resultType=hits&count=1"));
        assertThat(text(d, "/wfs:FeatureCollection/@numberMatched")).isEqualTo("5");
        assertThat(text(d, "/wfs:FeatureCollection/@numberReturned")).isEqualTo("0");
        assertThat(nodes(d, "//wfs:member").getLength()).isZero();
        assertThat(text(d, "/wfs:FeatureCollection/@previous")).isEmpty();
        Document first = ok(follow(text(d, "/wfs:FeatureCollection/@next")));
        assertThat(text(first, "/wfs:FeatureCollection/@numberReturned")).isEqualTo("1");
    }

    @Test
    void countIsCappedAndNegativeCountIsInvalid() {
        Document d = ok(get(GF + "typeNames=zoning:counties&count=1000000000&resultType=results"));
        assertThat(text(d, "/wfs:FeatureCollection/@numberReturned")).isEqualTo("119");
        WfsHandler small = new WfsHandler(HANDLER.config().withMaxCount(50));
        Document capped = ok(get(small, GF + "typeNames=zoning:counties&count=1000000000"));
        assertThat(text(capped, "/wfs:FeatureCollection/@numberReturned")).isEqualTo("50");
        assertThat(text(capped, "/wfs:FeatureCollection/@next")).contains("startIndex=50").contains("count=50");
        Document noCount = ok(get(small, GF + "typeNames=zoning:counties"));
        assertThat(text(noCount, "/wfs:FeatureCollection/@numberReturned")).isEqualTo("50");
        assertException(get(GF + "typeNames=zoning:counties&count=-1"), 400, "InvalidParameterValue", "count");
        assertException(get(GF + "typeNames=zoning:counties&count=ten"), 400, "InvalidParameterValue", "count");
        assertException(get(GF + "typeNames=zoning:counties&startIndex=-5"), 400, "InvalidParameterValue", "startIndex");
        Document beyond = ok(get(GF + "typeNames=zoning:control_units&startIndex=10"));
        assertThat(text(beyond, "/wfs:FeatureCollection/@numberReturned")).isEqualTo("0");
    }

    @Test
    void kvpFilterComparisonLikeBetweenNullAndLogic() {
        String f = "<fes:Filter " + FES + "><fes:And>"
                + "<fes:PropertyIsEqualTo><fes:ValueReference>zoning:class</fes:ValueReference><fes:Literal>KEY_CONTROL</fes:Literal></fes:PropertyIsEqualTo>"
                + "<fes:PropertyIsLike wildCard='*' singleChar='.' escapeChar='!'><fes:ValueReference>name</fes:ValueReference><fes:Literal>*城镇*</fes:Literal></fes:PropertyIsLike>"
                + "</fes:And></fes:Filter>";
        assertThat(ids(ok(get(GF + "typeNames=zoning:control_units&filter=" + enc(f))))).containsExactly("control_units.ZH14010520002");
        String between = "<fes:Filter " + FES + "><fes:PropertyIsBetween><fes:ValueReference>areaKm2</fes:ValueReference>"
                + "<fes:LowerBoundary><fes:Literal>100</fes:Literal></fes:LowerBoundary><fes:UpperBoundary><fes:Literal>1000</fes:Literal></fes:UpperBoundary>"
                + "</fes:PropertyIsBetween></fes:Filter>";
        assertThat(ids(ok(get(GF + "typeNames=zoning:control_units&filter=" + enc(between))))).containsExactly("control_units.ZH14010630001");
        String not = "<fes:Filter " + FES + "><fes:Not><fes:PropertyIsNull><fes:ValueReference>countyName</fes:ValueReference></fes:PropertyIsNull></fes:Not></fes:Filter>";
        assertThat(ids(ok(get(GF + "typeNames=zoning:control_units&filter=" + enc(not))))).hasSize(5);
        String lt = "<fes:Filter " + FES + "><fes:Or><fes:PropertyIsLessThan><fes:ValueReference>code</fes:ValueReference><fes:Literal>ZH14010520001</fes:Literal></fes:PropertyIsLessThan>"
                + "<fes:PropertyIsEqualTo matchCase='false'><fes:ValueReference>subtype</fes:ValueReference><fes:Literal>general</fes:Literal></fes:PropertyIsEqualTo></fes:Or></fes:Filter>";
        assertThat(ids(ok(get(GF + "typeNames=zoning:control_units&filter=" + enc(lt)))))
                .containsExactly("control_units.ZH14010510001", "control_units.ZH14010630001");
    }

    @Test
    void spatialFiltersInLatLonUrnAndLonLatForms() {
        // envelope around the third unit only (lon 112.62..112.68), given lat-first in the URN CRS
        String bboxUrn = "<fes:Filter " + FES + " xmlns:gml='http://www.opengis.net/gml/3.2'><fes:BBOX><fes:ValueReference>geometry</fes:ValueReference>"
                + "<gml:Envelope srsName='urn:ogc:def:crs:EPSG::4490'><gml:lowerCorner>37.72 112.62</gml:lowerCorner><gml:upperCorner>37.78 112.68</gml:upperCorner></gml:Envelope>"
                + "</fes:BBOX></fes:Filter>";
        assertThat(ids(ok(get(GF + "typeNames=zoning:control_units&filter=" + enc(bboxUrn))))).containsExactly("control_units.ZH14010520002");
        String within = "<fes:Filter " + FES + " xmlns:gml='http://www.opengis.net/gml/3.2'><fes:Within><fes:ValueReference>geometry</fes:ValueReference>"
                + "<gml:Polygon gml:id='p1' srsName='EPSG:4490'><gml:exterior><gml:LinearRing><gml:posList>112.3 37.6 112.65 37.6 112.65 37.85 112.3 37.85 112.3 37.6</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>"
                + "</fes:Within></fes:Filter>";
        assertThat(ids(ok(get(GF + "typeNames=zoning:control_units&filter=" + enc(within))))).containsExactly("control_units.ZH14010510001", "control_units.ZH14010520001");
        String dwithin = "<fes:Filter " + FES + " xmlns:gml='http://www.opengis.net/gml/3.2'><fes:DWithin><fes:ValueReference>geometry</fes:ValueReference>"
                + "<gml:Point gml:id='p2' srsName='http://www.opengis.net/def/crs/EPSG/0/4490'><gml:pos>37.96 112.575</gml:pos></gml:Point>"
                + "<fes:Distance uom='m'>1500</fes:Distance></fes:DWithin></fes:Filter>";
        assertThat(ids(ok(get(GF + "typeNames=zoning:control_units&filter=" + enc(dwithin))))).containsExactly("control_units.ZH14010710001");
        String beyond = dwithin.replace("DWithin", "Beyond");
        assertThat(ids(ok(get(GF + "typeNames=zoning:control_units&filter=" + enc(beyond))))).hasSize(4);
        String disjoint = within.replace("Within", "Disjoint");
        assertThat(ids(ok(get(GF + "typeNames=zoning:control_units&filter=" + enc(disjoint))))).hasSize(1);
        String contains = "<fes:Filter " + FES + " xmlns:gml='http://www.opengis.net/gml/3.2'><fes:Contains><fes:ValueReference>geometry</fes:ValueReference>"
                + "<gml:Point gml:id='p3' srsName='EPSG:4490'><gml:pos>112.45 37.75</gml:pos></gml:Point></fes:Contains></fes:Filter>";
        assertThat(ids(ok(get(GF + "typeNames=zoning:control_units&filter=" + enc(contains))))).containsExactly("control_units.ZH14010510001");
        String intersects3857 = "<fes:Filter " + FES + " xmlns:gml='http://www.opengis.net/gml/3.2'><fes:Intersects><fes:ValueReference>geometry</fes:ValueReference>"
                + "<gml:Point gml:id='p4' srsName='urn:ogc:def:crs:EPSG::3857'><gml:pos>12518338 4545300</gml:pos></gml:Point></fes:Intersects></fes:Filter>";
        // 12518338 m E, 4545300 m N in Web Mercator is about 112.455 E, 37.75 N
        assertThat(ids(ok(get(GF + "typeNames=zoning:control_units&filter=" + enc(intersects3857))))).containsExactly("control_units.ZH14010510001");
    }

    @Test
    void kvpBboxFollowsTheAxisOrderOfItsCrs() {
        assertThat(ids(ok(get(GF + "typeNames=zoning:control_units&bbox=112.62,37.72,112.68,37.78,EPSG:4490"))))
                .containsExactly("control_units.ZH14010520002");
        assertThat(ids(ok(get(GF + "typeNames=zoning:control_units&bbox=37.72,112.62,37.78,112.68,urn:ogc:def:crs:EPSG::4490"))))
                .containsExactly("control_units.ZH14010520002");
        assertThat(ids(ok(get(GF + "typeNames=zoning:control_units&bbox=37.72,112.62,37.78,112.68")))).containsExactly("control_units.ZH14010520002");
        assertException(get(GF + "typeNames=zoning:control_units&bbox=112.62,37.72,112.68,37.78"), 400, "InvalidParameterValue", "bbox");
        assertException(get(GF + "typeNames=zoning:control_units&bbox=1,2,3"), 400, "InvalidParameterValue", "bbox");
    }

    @Test
    void resourceIdSelectsAcrossTypesAndRejectsIdsOfAnotherType() {
        assertThat(ids(ok(get(GF + "resourceId=control_units.ZH14010520001,river_zones.fen-2"))))
                .containsExactly("control_units.ZH14010520001", "river_zones.fen-2");
        assertThat(ids(ok(get(GF + "typeNames=zoning:control_units&resourceId=control_units.ZH14010520001,control_units.nope"))))
                .containsExactly("control_units.ZH14010520001");
        assertException(get(GF + "typeNames=zoning:control_units&resourceId=river_zones.fen-1"), 400, "InvalidParameterValue", "resourceId");
        String rid = "<fes:Filter " + FES + "><fes:ResourceId rid='region_zones.ty-basin'/></fes:Filter>";
        assertException(get(GF + "typeNames=zoning:control_units&filter=" + enc(rid)), 400, "InvalidParameterValue", "resourceId");
        assertThat(ids(ok(get(GF + "typeNames=zoning:region_zones&filter=" + enc(rid))))).containsExactly("region_zones.ty-basin");
        assertException(get(GF + "typeNames=zoning:control_units&resourceId=a&bbox=1,2,3,4"), 400, "InvalidParameterValue", "resourceId");
    }

    @Test
    void propertyNameSortByAndMultipleQueries() {
        Document d = ok(get(GF + "typeNames=zoning:control_units&propertyName=zoning:name,code&sortBy=name ASC"));
        assertThat(nodes(d, "//zoning:control_units/zoning:classZh").getLength()).isZero();
        assertThat(nodes(d, "//zoning:control_units/zoning:geometry").getLength()).isZero();
        assertThat(nodes(d, "//zoning:control_units/zoning:name").getLength()).isEqualTo(5);
        Document two = ok(get(GF + "typeNames=zoning:river_zones,zoning:region_zones&count=2&startIndex=1"));
        assertThat(text(two, "/wfs:FeatureCollection/@numberMatched")).isEqualTo("3");
        assertThat(ids(two)).containsExactly("river_zones.fen-2", "region_zones.ty-basin");
        assertException(get(GF + "typeNames=zoning:control_units&propertyName=nope"), 400, "InvalidParameterValue", "propertyName");
        assertException(get(GF + "typeNames=zoning:control_units&sortBy=name UP"), 400, "InvalidParameterValue", "sortBy");
        assertException(get(GF + "typeNames=(zoning:control_units,zoning:counties)"), 400, "InvalidParameterValue", "typeNames");
    }

    @Test
    void srsNameReprojectsAndIsEchoed() {
        Document d = ok(get(GF + "typeNames=zoning:control_units&resourceId=control_units.ZH14010510001&srsName=EPSG:3857"));
        assertThat(text(d, "(//gml:MultiSurface)[1]/@srsName")).isEqualTo("EPSG:3857");
        String first = text(d, "(//gml:posList)[1]").split(" ")[0];
        assertThat(Double.parseDouble(first)).isBetween(12_512_000.0, 12_513_000.0); // 112.4 E in Web Mercator metres
        Document gk = ok(get(GF + "typeNames=zoning:control_units&resourceId=control_units.ZH14010510001&srsName=urn:ogc:def:crs:EPSG::4546"));
        String[] ne = text(gk, "(//gml:posList)[1]").split(" ");
        // CGCS2000 GK zone CM 111E: northing first (~4.18e6), easting with 500 km false easting (~ 626 km)
        assertThat(Double.parseDouble(ne[0])).isBetween(4_170_000.0, 4_200_000.0);
        assertThat(Double.parseDouble(ne[1])).isBetween(600_000.0, 650_000.0);
        Document crs84 = ok(get(GF + "typeNames=zoning:control_units&resourceId=control_units.ZH14010510001&srsName=urn:ogc:def:crs:OGC:1.3:CRS84"));
        assertThat(text(crs84, "(//gml:posList)[1]")).startsWith("112.4 37.7");
        assertException(get(GF + "typeNames=zoning:control_units&srsName=EPSG:99999"), 400, "InvalidParameterValue", "srsName");
    }

    @Test
    void geoJsonOutput() throws Exception {
        OgcResponse r = get(GF + "typeNames=zoning:control_units&outputFormat=application/json&count=2");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/geo+json");
        JsonNode j = new ObjectMapper().readTree(r.bodyBytes());
        assertThat(j.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(j.path("numberMatched").asLong()).isEqualTo(5);
        assertThat(j.path("numberReturned").asLong()).isEqualTo(2);
        assertThat(j.path("features")).hasSize(2);
        JsonNode f = j.path("features").get(0);
        assertThat(f.path("id").asText()).isEqualTo("control_units.ZH14010510001");
        assertThat(f.path("properties").path("name").asText()).isEqualTo("晋祠生态保护红线");
        assertThat(f.path("properties").path("areaKm2").isNumber()).isTrue();
        assertThat(f.path("geometry").path("type").asText()).isEqualTo("Polygon");
        assertThat(f.path("geometry").path("coordinates").get(0).get(0).get(0).asDouble()).isEqualTo(112.4); // lon first
        assertThat(j.path("links").get(0).path("rel").asText()).isEqualTo("next");
        String next = URLDecoder.decode(j.path("links").get(0).path("href").asText(), StandardCharsets.UTF_8);
        assertThat(next).contains("outputFormat=application/json").contains("startIndex=2");
    }

    @Test
    void postedGetFeatureWithFilterSortAndPaging() {
        String xml = "<wfs:GetFeature service='WFS' version='2.0.0' count='1' xmlns:wfs='http://www.opengis.net/wfs/2.0' " + FES
                + " xmlns:z='https://ecozoning.org/zoning'>"
                + "<wfs:Query typeNames='z:control_units'><wfs:PropertyName>z:name</wfs:PropertyName>"
                + "<fes:Filter><fes:PropertyIsEqualTo><fes:ValueReference>z:class</fes:ValueReference><fes:Literal>PRIORITY_PROTECTION</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>"
                + "<fes:SortBy><fes:SortProperty><fes:ValueReference>z:code</fes:ValueReference><fes:SortOrder>DESC</fes:SortOrder></fes:SortProperty></fes:SortBy>"
                + "</wfs:Query></wfs:GetFeature>";
        OgcResponse r = post(xml);
        assertValid(wfs20Schema(), r);
        Document d = ok(post(xml));
        assertThat(ids(d)).containsExactly("control_units.ZH14010710001");
        assertThat(text(d, "/wfs:FeatureCollection/@numberMatched")).isEqualTo("2");
        // the next link re-expresses the posted query as KVP
        Document p2 = ok(follow(text(d, "/wfs:FeatureCollection/@next")));
        assertThat(ids(p2)).containsExactly("control_units.ZH14010510001");
        assertThat(nodes(p2, "//zoning:classZh").getLength()).isZero();
        assertThat(ok(follow(text(p2, "/wfs:FeatureCollection/@previous"))).getDocumentElement().getAttribute("numberReturned")).isEqualTo("1");
    }

    @Test
    void postedMultipleQueriesWithAndWithoutFilterPageConsistently() {
        String xml = "<wfs:GetFeature service='WFS' version='2.0.0' count='2' xmlns:wfs='http://www.opengis.net/wfs/2.0' " + FES + ">"
                + "<wfs:Query typeNames='zoning:river_zones'/>"
                + "<wfs:Query typeNames='zoning:control_units'><fes:Filter><fes:PropertyIsEqualTo><fes:ValueReference>class</fes:ValueReference>"
                + "<fes:Literal>GENERAL_CONTROL</fes:Literal></fes:PropertyIsEqualTo></fes:Filter></wfs:Query></wfs:GetFeature>";
        Document d = ok(post(xml));
        assertThat(text(d, "/wfs:FeatureCollection/@numberMatched")).isEqualTo("3");
        assertThat(ids(d)).containsExactly("river_zones.fen-1", "river_zones.fen-2");
        Document p2 = ok(follow(text(d, "/wfs:FeatureCollection/@next")));
        assertThat(ids(p2)).containsExactly("control_units.ZH14010630001");
    }

    @Test
    void getFeatureByIdReturnsTheBareFeatureOrNotFound() {
        OgcResponse r = get(GF + "storedQuery_id=urn:ogc:def:query:OGC-WFS::GetFeatureById&id=control_units.ZH14010520001");
        assertThat(r.status()).isEqualTo(200);
        Document d = dom(r.bodyBytes());
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("control_units");
        assertThat(text(d, "/zoning:control_units/@gml:id")).isEqualTo("control_units.ZH14010520001");
        assertValid(wfs20Schema(), r);
        assertException(get(GF + "storedQuery_id=urn:ogc:def:query:OGC-WFS::GetFeatureById&id=uuid-123"), 404, "NotFound", "id");
        assertException(get(GF + "storedQuery_id=urn:ogc:def:query:OGC-WFS::GetFeatureById&id=control_units.ZH00000010001"), 404, "NotFound", "id");
        assertException(get(GF + "storedQuery_id=urn:ogc:def:query:OGC-WFS::GetFeatureById"), 400, "MissingParameterValue", "id");
        assertException(get(GF + "storedQuery_id=urn:ogc:def:query:nope&id=x"), 400, "InvalidParameterValue", "storedQuery_Id");
        OgcResponse posted = post("<wfs:GetFeature service='WFS' version='2.0.0' xmlns:wfs='http://www.opengis.net/wfs/2.0'>"
                + "<wfs:StoredQuery id='urn:ogc:def:query:OGC-WFS::GetFeatureById'><wfs:Parameter name='id'>counties.140105</wfs:Parameter>"
                + "</wfs:StoredQuery></wfs:GetFeature>");
        assertThat(text(dom(posted.bodyBytes()), "/zoning:counties/zoning:name")).isEqualTo("小店区");
    }

    @Test
    void getPropertyValue() {
        OgcResponse r = get("service=WFS&version=2.0.0&request=GetPropertyValue&typeNames=zoning:control_units&valueReference=zoning:name&count=2");
        assertValid(wfs20Schema(), r);
        Document d = ok(r);
        assertThat(text(d, "/wfs:ValueCollection/@numberMatched")).isEqualTo("5");
        assertThat(text(d, "(//wfs:member)[1]")).isEqualTo("晋祠生态保护红线");
        Document ids = ok(get("service=WFS&version=2.0.0&request=GetPropertyValue&typeNames=zoning:river_zones&valueReference=@gml:id"));
        assertThat(text(ids, "(//wfs:member)[2]")).isEqualTo("river_zones.fen-2");
        OgcResponse geoms = get("service=WFS&version=2.0.0&request=GetPropertyValue&typeNames=zoning:river_zones&valueReference=geometry");
        assertValid(wfs20Schema(), geoms);
        assertThat(nodes(dom(geoms.bodyBytes()), "//wfs:member/gml:MultiSurface").getLength()).isEqualTo(2);
        assertException(get("service=WFS&version=2.0.0&request=GetPropertyValue&typeNames=zoning:river_zones&valueReference="), 400,
                "InvalidParameterValue", "valueReference");
        assertException(get("service=WFS&version=2.0.0&request=GetPropertyValue&typeNames=zoning:river_zones&valueReference=nope"), 400,
                "InvalidParameterValue", "valueReference");
        assertException(get("service=WFS&version=2.0.0&request=GetPropertyValue&typeNames=zoning:river_zones"), 400,
                "MissingParameterValue", "valueReference");
    }

    @Test
    void errorPaths() {
        assertException(get(GF + "count=3"), 400, "MissingParameterValue", "typeNames");
        assertException(get(GF + "typeNames=zoning:nope"), 400, "InvalidParameterValue", "typeNames");
        assertException(get(GF + "typeNames=zoning:counties&outputFormat=image/png"), 400, "InvalidParameterValue", "outputFormat");
        assertException(get(GF + "typeNames=zoning:counties&resultType=all"), 400, "InvalidParameterValue", "resultType");
        assertException(get(GF + "typeNames=zoning:counties&filter=" + enc("<fes:Filter " + FES + "><fes:PropertyIsEqualTo>")), 400,
                "OperationParsingFailed", "filter");
        String badProp = "<fes:Filter " + FES + " xmlns:ex='http://example.org'><fes:PropertyIsLessThanOrEqualTo><fes:ValueReference>ex:undefined</fes:ValueReference>"
                + "<fes:Literal>1</fes:Literal></fes:PropertyIsLessThanOrEqualTo></fes:Filter>";
        assertException(get(GF + "typeNames=zoning:counties&filter=" + enc(badProp)), 400, "InvalidParameterValue", "filter");
        String gmlDescription = "<fes:Filter " + FES + " xmlns:gml='http://www.opengis.net/gml/3.2'><fes:BBOX><fes:ValueReference>gml:description</fes:ValueReference>"
                + "<gml:Envelope srsName='urn:ogc:def:crs:EPSG::4490'><gml:lowerCorner>37 112</gml:lowerCorner><gml:upperCorner>38 113</gml:upperCorner></gml:Envelope></fes:BBOX></fes:Filter>";
        assertException(get(GF + "typeNames=zoning:counties&filter=" + enc(gmlDescription)), 400, "InvalidParameterValue", "filter");
        String notGeometry = gmlDescription.replace("gml:description", "name");
        assertException(get(GF + "typeNames=zoning:counties&filter=" + enc(notGeometry)), 400, "InvalidParameterValue", "filter");
        String function = "<fes:Filter " + FES + "><fes:PropertyIsEqualTo><fes:Function name='strToUpper'><fes:ValueReference>name</fes:ValueReference></fes:Function>"
                + "<fes:Literal>X</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>";
        assertException(get(GF + "typeNames=zoning:counties&filter=" + enc(function)), 400, "InvalidParameterValue", "filter");
        assertException(post("<wfs:GetFeature service='WFS' version='2.0.0' xmlns:wfs='http://www.opengis.net/wfs/2.0'/>"), 400,
                "MissingParameterValue", "Query");
        assertException(post("<foo/>"), 400, "OperationParsingFailed", "request");
        assertException(post("<wfs:GetFeature service='WFS' version='2.0.0' xmlns:wfs='http://www.opengis.net/wfs/2.0'><wfs:Query"), 400,
                "OperationParsingFailed", "request");
    }
}
