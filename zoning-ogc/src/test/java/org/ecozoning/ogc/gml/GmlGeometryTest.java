package org.ecozoning.ogc.gml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamWriter;
import org.ecozoning.ogc.common.SecureXml;
import org.ecozoning.ogc.common.Xml;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.w3c.dom.Element;

/** GML geometry writer and reader agree, in both GML versions and with swapped axes. */
class GmlGeometryTest {
    private static Element write(Geometry g, GmlVersion v, boolean swap, String declared) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter w = Xml.writer(out);
        w.writeStartDocument();
        w.setPrefix("gml", v.namespace());
        w.writeStartElement("root");
        w.writeNamespace("gml", v.namespace());
        new GmlGeometryWriter(v, 7).write(w, g, "urn:ogc:def:crs:EPSG::4490", swap, v.idRequired() ? "f.1.g" : null, declared);
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
        return (Element) SecureXml.parse(out.toString(StandardCharsets.UTF_8), "t").getDocumentElement().getFirstChild();
    }

    @Test
    void roundTripsPolygonsWithHolesLinesPointsAndCollections() throws Exception {
        WKTReader wkt = new WKTReader();
        String[] shapes = {
            "POLYGON ((112 37, 113 37, 113 38, 112 38, 112 37), (112.2 37.2, 112.4 37.2, 112.4 37.4, 112.2 37.2))",
            "MULTIPOLYGON (((112 37, 113 37, 113 38, 112 37)), ((114 39, 115 39, 115 40, 114 39)))",
            "LINESTRING (112.1234567 37.7654321, 112.5 37.5)",
            "MULTILINESTRING ((1 2, 3 4), (5 6, 7 8))",
            "POINT (112.5 37.8)",
            "MULTIPOINT ((1 2), (3 4))",
            "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (1 1, 2 2))"};
        GmlGeometryReader reader = new GmlGeometryReader();
        for (GmlVersion v : GmlVersion.values()) {
            for (String s : shapes) {
                Geometry g = wkt.read(s);
                Geometry back = reader.read(write(g, v, false, "Geometry")).geometry();
                // ring orientation may be changed on output (see ringsAreWrittenCounterClockwiseOutsideClockwiseInside)
                assertThat(back.norm().equalsExact(g.norm(), 1e-9)).as(v + " " + s + " -> " + back).isTrue();
                Geometry swapped = GmlGeometryReader.swapAxes(reader.read(write(g, v, true, "Geometry")).geometry());
                assertThat(swapped.norm().equalsExact(g.norm(), 1e-9)).as("swapped " + s).isTrue();
            }
        }
    }

    @Test
    void ringsAreWrittenCounterClockwiseOutsideClockwiseInside() throws Exception {
        // stored the other way round: clockwise shell, counter-clockwise hole
        Geometry g = new WKTReader().read(
                "POLYGON ((112 37, 112 38, 113 38, 113 37, 112 37), (112.2 37.2, 112.4 37.2, 112.4 37.4, 112.2 37.2))");
        GmlGeometryReader reader = new GmlGeometryReader();
        for (boolean swap : new boolean[] {false, true}) {
            Geometry back = reader.read(write(g, GmlVersion.GML_3_2, swap, "Geometry")).geometry();
            if (swap) back = GmlGeometryReader.swapAxes(back);
            var p = (org.locationtech.jts.geom.Polygon) back;
            assertThat(org.locationtech.jts.algorithm.Orientation.isCCW(p.getExteriorRing().getCoordinateSequence()))
                    .as("exterior CCW, swap=" + swap).isTrue();
            assertThat(org.locationtech.jts.algorithm.Orientation.isCCW(p.getInteriorRingN(0).getCoordinateSequence()))
                    .as("interior CW, swap=" + swap).isFalse();
            assertThat(back.norm().equalsExact(g.norm(), 1e-9)).isTrue();
        }
    }

    @Test
    void singlePolygonIsWrappedWhenTheTypeDeclaresMulti() throws Exception {
        Geometry g = new WKTReader().read("POLYGON ((112 37, 113 37, 113 38, 112 37))");
        Element e = write(g, GmlVersion.GML_3_2, false, "MultiPolygon");
        assertThat(e.getLocalName()).isEqualTo("MultiSurface");
        assertThat(e.getAttributeNS(GmlVersion.GML_3_2.namespace(), "id")).isEqualTo("f.1.g");
        assertThat(e.getAttribute("srsName")).isEqualTo("urn:ogc:def:crs:EPSG::4490");
        Element polygon = (Element) e.getFirstChild().getFirstChild();
        assertThat(polygon.getAttributeNS(GmlVersion.GML_3_2.namespace(), "id")).isEqualTo("f.1.g.1");
        assertThat(write(g, GmlVersion.GML_3_1_1, false, "MultiPolygon").hasAttributeNS(GmlVersion.GML_3_1_1.namespace(), "id")).isFalse();
    }

    @Test
    void readsLegacyFormsAndRejectsBadInput() {
        GmlGeometryReader r = new GmlGeometryReader();
        Element box = SecureXml.parse("<gml:Box xmlns:gml='http://www.opengis.net/gml' srsName='EPSG:4326'>"
                + "<gml:coordinates>112,37 113,38</gml:coordinates></gml:Box>", "t").getDocumentElement();
        GmlGeometryReader.Result res = r.read(box);
        assertThat(res.srsName()).isEqualTo("EPSG:4326");
        assertThat(res.geometry().getEnvelopeInternal().getMaxX()).isEqualTo(113);
        Element env3d = SecureXml.parse("<gml:Envelope xmlns:gml='http://www.opengis.net/gml/3.2' srsDimension='3'>"
                + "<gml:lowerCorner>1 2 0</gml:lowerCorner><gml:upperCorner>3 4 9</gml:upperCorner></gml:Envelope>", "t").getDocumentElement();
        assertThat(r.read(env3d).geometry().getArea()).isEqualTo(4.0);
        Element open = SecureXml.parse("<gml:Polygon xmlns:gml='http://www.opengis.net/gml/3.2'><gml:exterior><gml:LinearRing>"
                + "<gml:posList>0 0 1 0 1 1 0 1</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>", "t").getDocumentElement();
        assertThatThrownBy(() -> r.read(open)).isInstanceOf(IllegalArgumentException.class);
        Element odd = SecureXml.parse("<gml:LineString xmlns:gml='http://www.opengis.net/gml/3.2'><gml:posList>0 0 1</gml:posList></gml:LineString>", "t")
                .getDocumentElement();
        assertThatThrownBy(() -> r.read(odd)).hasMessageContaining("multiple");
        Element inverted = SecureXml.parse("<gml:Envelope xmlns:gml='http://www.opengis.net/gml/3.2'><gml:lowerCorner>3 4</gml:lowerCorner>"
                + "<gml:upperCorner>1 2</gml:upperCorner></gml:Envelope>", "t").getDocumentElement();
        assertThatThrownBy(() -> r.read(inverted)).isInstanceOf(IllegalArgumentException.class);
    }
}
