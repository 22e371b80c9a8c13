package org.ecozoning.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ecozoning.io.kml.KmlReader;
import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.io.source.SourceLayer;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.UnitSubtype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** KML Placemarks with ExtendedData, all geometry kinds, and the refusal of DTDs and entities. */
class KmlTest {
    @TempDir
    Path tmp;

    private static final String KML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2">
              <Document>
                <name>管控单元</name>
                <Schema name="u" id="u"><SimpleField name="单元编码" type="string"/></Schema>
                <Folder>
                  <Placemark id="p1">
                    <name>小店区水源地保护区</name>
                    <ExtendedData>
                      <Data name="单元编码"><value>ZH14010510001</value></Data>
                      <Data name="管控类别"><displayName>类别</displayName><value>优先保护</value></Data>
                      <Data name="空间布局约束"><value>1.禁止新建排污口。2.禁止游泳、垂钓。</value></Data>
                    </ExtendedData>
                    <Polygon>
                      <outerBoundaryIs><LinearRing><coordinates>
                        112.50,37.70,0 112.52,37.70,0 112.52,37.72,0 112.50,37.72,0 112.50,37.70,0
                      </coordinates></LinearRing></outerBoundaryIs>
                      <innerBoundaryIs><LinearRing><coordinates>112.505,37.705 112.51,37.705 112.51,37.71 112.505,37.71 112.505,37.705</coordinates></LinearRing></innerBoundaryIs>
                    </Polygon>
                  </Placemark>
                  <Placemark>
                    <name>标签名</name>
                    <ExtendedData><SchemaData schemaUrl="#u">
                      <SimpleData name="单元编码">ZH14010520001</SimpleData>
                      <SimpleData name="单元名称">小店区工业园区</SimpleData>
                      <SimpleData name="管控类别">2</SimpleData>
                    </SchemaData></ExtendedData>
                    <MultiGeometry>
                      <Polygon><outerBoundaryIs><LinearRing><coordinates>112.53,37.70 112.54,37.70 112.54,37.71 112.53,37.71 112.53,37.70</coordinates></LinearRing></outerBoundaryIs></Polygon>
                      <Polygon><outerBoundaryIs><LinearRing><coordinates>112.55,37.70 112.56,37.70 112.56,37.71 112.55,37.71</coordinates></LinearRing></outerBoundaryIs></Polygon>
                    </MultiGeometry>
                  </Placemark>
                  <Placemark><name>河</name><LineString><coordinates>112.5,37.6 112.51,37.7</coordinates></LineString></Placemark>
                  <Placemark><name>点</name><Point><coordinates>112.5,37.6,100</coordinates></Point></Placemark>
                </Folder>
              </Document>
            </kml>
            """;

    @Test
    void readsAttributesAndGeometries() throws Exception {
        Path f = tmp.resolve("units.kml");
        Files.writeString(f, KML);
        SourceLayer layer = new KmlReader().read(f, null);
        assertThat(layer.features()).hasSize(4);
        assertThat(layer.declaredEpsg()).isEqualTo(4326);
        var p1 = layer.features().get(0);
        assertThat(p1.id()).isEqualTo("p1");
        assertThat(p1.attributes()).containsEntry("单元编码", "ZH14010510001").containsEntry("管控类别", "优先保护")
                .containsEntry("name", "小店区水源地保护区");
        assertThat((Object) p1.geometry()).isInstanceOf(Polygon.class);
        assertThat(((Polygon) p1.geometry()).getNumInteriorRing()).isEqualTo(1);
        var p2 = layer.features().get(1);
        assertThat(p2.attributes()).containsEntry("单元名称", "小店区工业园区").containsEntry("name", "标签名");
        assertThat((Object) p2.geometry()).isInstanceOf(MultiPolygon.class);
        assertThat(p2.geometry().getNumGeometries()).isEqualTo(2);
        assertThat((Object) layer.features().get(2).geometry()).isInstanceOf(LineString.class);
        assertThat((Object) layer.features().get(3).geometry()).isInstanceOf(Point.class);
    }

    @Test
    void importsWithTheChineseMapping() throws Exception {
        Path f = tmp.resolve("units.kml");
        Files.writeString(f, KML);
        ImportResult r = Fixtures.importer().read(f, Fixtures.importer().mappings().get("chinese"), null);
        // The line and the point cannot be units: one unsupported-geometry error each (the code field is empty: malformed).
        assertThat(r.content().units()).extracting(ControlUnit::name).containsExactly("ZH14010510001", "小店区工业园区");
        ControlUnit a = r.content().units().get(0);
        assertThat(a.subtype()).isEqualTo(UnitSubtype.ECOLOGICAL_RED_LINE);
        assertThat(r.content().clauses()).extracting(c -> c.text()).contains("禁止新建排污口。", "禁止游泳、垂钓。");
        assertThat(r.qa().byCode(IssueCode.MALFORMED_CODE)).hasSize(2);
    }

    @Test
    void aDtdIsRefused() throws Exception {
        Path f = tmp.resolve("xxe.kml");
        Files.writeString(f, """
                <?xml version="1.0"?>
                <!DOCTYPE kml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>&xxe;</name></Placemark></kml>
                """);
        ImportResult r = Fixtures.importer().read(f, null, null);
        assertThat(r.qa().errors()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.MALFORMED_FILE);
            assertThat(i.messageZh()).contains("DTD");
            assertThat(i.messageEn()).contains("refused");
        });
        assertThat(r.content().units()).isEmpty();
    }

    @Test
    void aDtdWithoutEntitiesIsRefusedToo() throws Exception {
        Path f = tmp.resolve("dtd.kml");
        Files.writeString(f, "<?xml version=\"1.0\"?><!DOCTYPE kml SYSTEM \"http://127.0.0.1:1/kml.dtd\"><kml><Placemark/></kml>");
        assertThat(Fixtures.importer().read(f, null, null).qa().errors()).singleElement()
                .satisfies(i -> assertThat(i.messageEn()).contains("DTD"));
    }

    @Test
    void truncatedKmlSaysWhere() throws Exception {
        Path f = tmp.resolve("cut.kml");
        Files.writeString(f, KML.substring(0, KML.indexOf("<MultiGeometry>") + 30));
        ImportResult r = Fixtures.importer().read(f, null, null);
        assertThat(r.qa().errors()).singleElement().satisfies(i -> {
            assertThat(i.file()).isEqualTo("cut.kml");
            assertThat(i.featureIndex()).isEqualTo(1);
            assertThat(i.messageEn()).contains("not well-formed").contains("line");
        });
    }

    @Test
    void kmzIsUnpacked() throws Exception {
        Path kmz = tmp.resolve("units.kmz");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(kmz))) {
            out.putNextEntry(new java.util.zip.ZipEntry("doc.kml"));
            out.write(KML.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        ImportResult r = Fixtures.importer().read(kmz, Fixtures.importer().mappings().get("chinese"), null);
        assertThat(r.format()).isEqualTo(Format.KML);
        assertThat(r.content().units()).hasSize(2);
    }
}
