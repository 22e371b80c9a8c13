package org.ecozoning.feature.filter.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

class GmlGeometryParserTest {
    private static final String GML = "xmlns:gml=\"http://www.opengis.net/gml\"";
    private final GmlGeometryParser parser = GmlGeometryParser.standard();

    private Geometry parse(String xml) {
        return parser.parse(SafeXmlReader.read(xml.replaceFirst(">", " " + GML + ">")));
    }

    @Test
    void gml2PointAndShortSrsNameAreLonLat() {
        Point p = (Point) parse("<gml:Point srsName=\"EPSG:4326\"><gml:coordinates>112.5,37.8</gml:coordinates></gml:Point>");
        assertThat(p.getX()).isEqualTo(112.5);
        assertThat(p.getY()).isEqualTo(37.8);
    }

    @Test
    void urnSrsNameIsLatLon() {
        Point p = (Point) parse("<gml:Point srsName=\"urn:ogc:def:crs:EPSG::4490\"><gml:pos>37.8 112.5</gml:pos></gml:Point>");
        assertThat(p.getX()).isEqualTo(112.5);
        assertThat(p.getY()).isEqualTo(37.8);
        Point crs84 = (Point) parse("<gml:Point srsName=\"http://www.opengis.net/def/crs/OGC/1.3/CRS84\"><gml:pos>112.5 37.8</gml:pos></gml:Point>");
        assertThat(crs84.getX()).isEqualTo(112.5);
    }

    @Test
    void webMercatorIsReprojected() {
        Point p = (Point) parse("<gml:Point srsName=\"EPSG:3857\"><gml:pos>12523442.71 4551210.92</gml:pos></gml:Point>");
        assertThat(p.getX()).isCloseTo(112.5, within(1e-4));
        assertThat(p.getY()).isCloseTo(37.8, within(1e-3));
    }

    @Test
    void customSeparatorsInCoordinates() {
        Geometry line = parse("<gml:LineString><gml:coordinates cs=\";\" ts=\"|\" decimal=\",\">1,5;2|3;4,25</gml:coordinates></gml:LineString>");
        assertThat(line.getCoordinates()).hasSize(2);
        assertThat(line.getCoordinates()[0].x).isEqualTo(1.5);
        assertThat(line.getCoordinates()[1].y).isEqualTo(4.25);
    }

    @Test
    void gml3PolygonWithHoleAndPosList3d() {
        Polygon p = (Polygon) parse("<gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension=\"3\">"
                + "0 0 9 10 0 9 10 10 9 0 10 9 0 0 9</gml:posList></gml:LinearRing></gml:exterior>"
                + "<gml:interior><gml:LinearRing><gml:pos>2 2</gml:pos><gml:pos>4 2</gml:pos><gml:pos>4 4</gml:pos><gml:pos>2 2</gml:pos>"
                + "</gml:LinearRing></gml:interior></gml:Polygon>");
        assertThat(p.getNumInteriorRing()).isEqualTo(1);
        assertThat(p.getArea()).isEqualTo(100 - 2);
    }

    @Test
    void multiSurfaceMembersInheritSrsName() {
        MultiPolygon mp = (MultiPolygon) parse("<gml:MultiSurface srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing>"
                + "<gml:posList>37 112 37 113 38 113 37 112</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface>");
        assertThat((Object) mp.getEnvelopeInternal()).isEqualTo(new Envelope(112, 113, 37, 38));
    }

    @Test
    void envelopeAndBoxBecomeRectangles() {
        Envelope e = parser.parseEnvelope(SafeXmlReader.read("<gml:Envelope " + GML + " srsName=\"EPSG:4490\"><gml:lowerCorner>110 35</gml:lowerCorner>"
                + "<gml:upperCorner>114 40</gml:upperCorner></gml:Envelope>"), null);
        assertThat((Object) e).isEqualTo(new Envelope(110, 114, 35, 40));
        Geometry box = parse("<gml:Box><gml:coord><gml:X>110</gml:X><gml:Y>35</gml:Y></gml:coord><gml:coord><gml:X>114</gml:X><gml:Y>40</gml:Y></gml:coord></gml:Box>");
        assertThat(box.getArea()).isEqualTo(20);
    }

    @Test
    void badInputIsReportedWithItsLine() {
        assertThatThrownBy(() -> parse("<gml:LineString>\n<gml:coordinates>1,2 x,4</gml:coordinates></gml:LineString>"))
                .isInstanceOf(XmlParseException.class).hasMessageContaining("line 2").hasMessageContaining("x");
        assertThatThrownBy(() -> parse("<gml:Polygon><gml:outerBoundaryIs><gml:LinearRing><gml:coordinates>0,0 1,0 1,1 0,1</gml:coordinates>"
                + "</gml:LinearRing></gml:outerBoundaryIs></gml:Polygon>"))
                .isInstanceOf(XmlParseException.class).hasMessageContaining("not closed");
        assertThatThrownBy(() -> parse("<gml:Point srsName=\"foo:bar\"><gml:pos>1 2</gml:pos></gml:Point>"))
                .isInstanceOf(XmlParseException.class).hasMessageContaining("srsName");
    }
}
