package org.ecozoning.feature.filter.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.AttributeType;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.filter.Filter;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class OgcFilterParserTest {
    private static final String NS = "xmlns:ogc=\"http://www.opengis.net/ogc\" xmlns:gml=\"http://www.opengis.net/gml\"";
    private static final GeometryFactory GF = new GeometryFactory();
    private static final FeatureType TYPE = new FeatureType("units", "单元", "Units", "geom", "Point", List.of(
            new AttributeDescriptor("name", AttributeType.STRING, "名称"),
            new AttributeDescriptor("class", AttributeType.STRING, "类别"),
            new AttributeDescriptor("area", AttributeType.DOUBLE, "面积")));

    private static Feature feature(String id, String name, String cls, Double area, double lon, double lat) {
        return new Feature(TYPE, id, new Object[] {name, cls, area}, GF.createPoint(new Coordinate(lon, lat)));
    }

    private final Feature taiyuan = feature("1", "太原市小店区", "KEY_CONTROL", 120.5, 112.55, 37.80);
    private final Feature datong = feature("2", "大同市平城区", "PRIORITY_PROTECTION", 40.0, 113.30, 40.08);
    private final Feature blank = feature("3", null, "GENERAL_CONTROL", null, 111.0, 35.0);

    private final OgcFilterParser parser = new OgcFilterParser(GmlGeometryParser.standard(), "geom");

    private Filter parse(String body) {
        return parser.parseFilter(SafeXmlReader.read("<ogc:Filter " + NS + ">" + body + "</ogc:Filter>"));
    }

    @Test
    void comparisonsCompareNumbersNumerically() {
        Filter gt = parse("<ogc:PropertyIsGreaterThan><ogc:PropertyName>area</ogc:PropertyName><ogc:Literal>100</ogc:Literal></ogc:PropertyIsGreaterThan>");
        assertThat(gt.test(taiyuan)).isTrue();
        assertThat(gt.test(datong)).isFalse();
        assertThat(gt.test(blank)).isFalse();
        Filter le = parse("<ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>area</ogc:PropertyName><ogc:Literal>40</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo>");
        assertThat(le.test(datong)).isTrue();
        assertThat(le.test(taiyuan)).isFalse();
    }

    @Test
    void equalityHonoursMatchCase() {
        Filter eq = parse("<ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>KEY_CONTROL</ogc:Literal></ogc:PropertyIsEqualTo>");
        assertThat(eq.test(taiyuan)).isTrue();
        assertThat(eq.test(datong)).isFalse();
        Filter insensitive = parse("<ogc:PropertyIsEqualTo matchCase=\"false\"><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>key_control</ogc:Literal></ogc:PropertyIsEqualTo>");
        assertThat(insensitive.test(taiyuan)).isTrue();
        Filter sensitive = parse("<ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>key_control</ogc:Literal></ogc:PropertyIsEqualTo>");
        assertThat(sensitive.test(taiyuan)).isFalse();
        Filter ne = parse("<ogc:PropertyIsNotEqualTo><ogc:PropertyName>eco:class</ogc:PropertyName><ogc:Literal>KEY_CONTROL</ogc:Literal></ogc:PropertyIsNotEqualTo>");
        assertThat(ne.test(taiyuan)).isFalse();
        assertThat(ne.test(datong)).isTrue();
    }

    @Test
    void likeWithFes10AndFes11EscapeAttributes() {
        Filter like10 = parse("<ogc:PropertyIsLike wildCard=\"*\" singleChar=\".\" escape=\"!\"><ogc:PropertyName>name</ogc:PropertyName><ogc:Literal>太原*</ogc:Literal></ogc:PropertyIsLike>");
        assertThat(like10.test(taiyuan)).isTrue();
        assertThat(like10.test(datong)).isFalse();
        assertThat(like10.test(blank)).isFalse();
        Filter like11 = parse("<ogc:PropertyIsLike wildCard=\"%\" singleChar=\"_\" escapeChar=\"\\\"><ogc:PropertyName>name</ogc:PropertyName><ogc:Literal>大同市__区</ogc:Literal></ogc:PropertyIsLike>");
        assertThat(like11.test(datong)).isTrue();
        assertThat(like11.test(taiyuan)).isFalse();
    }

    @Test
    void nullBetweenAndLogic() {
        Filter isNull = parse("<ogc:PropertyIsNull><ogc:PropertyName>name</ogc:PropertyName></ogc:PropertyIsNull>");
        assertThat(isNull.test(blank)).isTrue();
        assertThat(isNull.test(taiyuan)).isFalse();
        Filter between = parse("<ogc:PropertyIsBetween><ogc:PropertyName>area</ogc:PropertyName>"
                + "<ogc:LowerBoundary><ogc:Literal>30</ogc:Literal></ogc:LowerBoundary>"
                + "<ogc:UpperBoundary><ogc:Literal>100</ogc:Literal></ogc:UpperBoundary></ogc:PropertyIsBetween>");
        assertThat(between.test(datong)).isTrue();
        assertThat(between.test(taiyuan)).isFalse();
        Filter logic = parse("<ogc:Or><ogc:And>"
                + "<ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>KEY_CONTROL</ogc:Literal></ogc:PropertyIsEqualTo>"
                + "<ogc:Not><ogc:PropertyIsNull><ogc:PropertyName>name</ogc:PropertyName></ogc:PropertyIsNull></ogc:Not>"
                + "</ogc:And><ogc:PropertyIsEqualTo><ogc:PropertyName>class</ogc:PropertyName><ogc:Literal>GENERAL_CONTROL</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Or>");
        assertThat(logic.test(taiyuan)).isTrue();
        assertThat(logic.test(blank)).isTrue();
        assertThat(logic.test(datong)).isFalse();
    }

    @Test
    void bboxWithBoxAndEnvelopeAndAxisOrder() {
        Filter box = parse("<ogc:BBOX><ogc:PropertyName>geom</ogc:PropertyName><gml:Box srsName=\"EPSG:4326\">"
                + "<gml:coordinates>112,37 113,38</gml:coordinates></gml:Box></ogc:BBOX>");
        assertThat(box.test(taiyuan)).isTrue();
        assertThat(box.test(datong)).isFalse();
        // URN form: latitude first
        Filter env = parse("<ogc:BBOX><gml:Envelope srsName=\"urn:ogc:def:crs:EPSG::4326\">"
                + "<gml:lowerCorner>37 112</gml:lowerCorner><gml:upperCorner>38 113</gml:upperCorner></gml:Envelope></ogc:BBOX>");
        assertThat(env.test(taiyuan)).isTrue();
        assertThat(env.test(datong)).isFalse();
    }

    @Test
    void bboxWithoutPropertyUsesTheConfiguredGeometryOrThePlaceholder() {
        Filter f = new OgcFilterParser().parseFilter(SafeXmlReader.read("<ogc:Filter " + NS + "><ogc:BBOX><gml:Envelope>"
                + "<gml:lowerCorner>112 37</gml:lowerCorner><gml:upperCorner>113 38</gml:upperCorner></gml:Envelope></ogc:BBOX></ogc:Filter>"));
        assertThat(((Filter.Spatial) f).property().evaluate(taiyuan)).isNull();
        assertThat(f.toString()).contains(OgcFilterParser.DEFAULT_GEOMETRY);
    }

    @Test
    void binarySpatialOperatorsWithGmlLiterals() {
        String polygon = "<gml:Polygon srsName=\"EPSG:4490\"><gml:outerBoundaryIs><gml:LinearRing><gml:coordinates>"
                + "112,37 113,37 113,38 112,38 112,37</gml:coordinates></gml:LinearRing></gml:outerBoundaryIs></gml:Polygon>";
        Filter within = parse("<ogc:Within><ogc:PropertyName>geom</ogc:PropertyName>" + polygon + "</ogc:Within>");
        assertThat(within.test(taiyuan)).isTrue();
        assertThat(within.test(datong)).isFalse();
        Filter intersects = parse("<ogc:Intersects><ogc:PropertyName>geom</ogc:PropertyName>" + polygon + "</ogc:Intersects>");
        assertThat(intersects.test(taiyuan)).isTrue();
        Filter disjoint = parse("<ogc:Disjoint><ogc:PropertyName>geom</ogc:PropertyName>" + polygon + "</ogc:Disjoint>");
        assertThat(disjoint.test(datong)).isTrue();
        assertThat(disjoint.test(taiyuan)).isFalse();
        Filter contains = parse("<ogc:Contains><ogc:PropertyName>geom</ogc:PropertyName><gml:Point><gml:pos>112.55 37.80</gml:pos></gml:Point></ogc:Contains>");
        assertThat(contains.test(taiyuan)).isTrue();
        assertThat(contains.test(datong)).isFalse();
    }

    @Test
    void dwithinConvertsUnitsToMetres() {
        // 0.01 degree of latitude is about 1.1 km
        String point = "<gml:Point><gml:coordinates>112.55,37.81</gml:coordinates></gml:Point>";
        Filter near = parse("<ogc:DWithin><ogc:PropertyName>geom</ogc:PropertyName>" + point + "<ogc:Distance units=\"km\">2</ogc:Distance></ogc:DWithin>");
        Filter far = parse("<ogc:DWithin><ogc:PropertyName>geom</ogc:PropertyName>" + point + "<ogc:Distance units=\"m\">500</ogc:Distance></ogc:DWithin>");
        assertThat(((Filter.Spatial) near).distanceMetres()).isEqualTo(2000);
        assertThat(near.test(taiyuan)).isTrue();
        assertThat(far.test(taiyuan)).isFalse();
        Filter beyond = parse("<ogc:Beyond><ogc:PropertyName>geom</ogc:PropertyName>" + point + "<ogc:Distance units=\"m\">500</ogc:Distance></ogc:Beyond>");
        assertThat(beyond.test(taiyuan)).isTrue();
    }

    @Test
    void featureIdsOfFes10AndGmlObjectIdsOfFes11() {
        Filter fid = parse("<ogc:FeatureId fid=\"units.1\"/><ogc:FeatureId fid=\"units.3\"/>");
        assertThat(fid.test(taiyuan)).isTrue();
        assertThat(fid.test(blank)).isTrue();
        assertThat(fid.test(datong)).isFalse();
        Filter gmlId = parse("<ogc:GmlObjectId gml:id=\"2\"/>");
        assertThat(gmlId.test(datong)).isTrue();
        assertThat(gmlId.test(taiyuan)).isFalse();
    }

    @Test
    void emptyFilterMatchesAll() {
        assertThat(parse("")).isEqualTo(Filter.INCLUDE);
    }

    @Test
    void errorsNameTheOperatorAndLine() {
        assertThatThrownBy(() -> parse("\n<ogc:PropertyIsSimilar/>"))
                .isInstanceOf(XmlParseException.class).hasMessageContaining("PropertyIsSimilar").hasMessageContaining("line 2");
        assertThatThrownBy(() -> parse("<ogc:PropertyIsEqualTo><ogc:Add/><ogc:Literal>1</ogc:Literal></ogc:PropertyIsEqualTo>"))
                .isInstanceOf(XmlParseException.class).hasMessageContaining("not supported");
        assertThatThrownBy(() -> parse("<ogc:PropertyIsEqualTo><ogc:PropertyName>a</ogc:PropertyName></ogc:PropertyIsEqualTo>"))
                .isInstanceOf(XmlParseException.class).hasMessageContaining("two expressions");
        assertThatThrownBy(() -> parse("<ogc:BBOX><gml:Envelope srsName=\"EPSG:99999999\"><gml:lowerCorner>0 0</gml:lowerCorner><gml:upperCorner>1 1</gml:upperCorner></gml:Envelope></ogc:BBOX>"))
                .isInstanceOf(XmlParseException.class).hasMessageContaining("EPSG:99999999");
    }
}
