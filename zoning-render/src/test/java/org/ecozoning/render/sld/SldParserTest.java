package org.ecozoning.render.sld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.AttributeType;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.filter.Filter;
import org.ecozoning.feature.filter.xml.XmlParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class SldParserTest {
    static final Path STYLES = Path.of("../styles");
    private static final String HEAD = "<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\" "
            + "xmlns:ogc=\"http://www.opengis.net/ogc\" xmlns:gml=\"http://www.opengis.net/gml\"><NamedLayer><Name>l</Name><UserStyle><FeatureTypeStyle>";
    private static final String TAIL = "</FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>";

    private final SldParser parser = new SldParser();

    static Stream<Path> styleFiles() throws IOException {
        return Files.list(STYLES).filter(p -> p.toString().endsWith(".sld")).sorted();
    }

    @Test
    void theStylesFolderHasEveryPublishedLayer() throws IOException {
        assertThat(styleFiles().map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                "control_units.sld", "river_zones.sld", "region_zones.sld", "air_zones.sld", "land_zones.sld",
                "soil_zones.sld", "noise_zones.sld", "counties.sld", "supervision_cases.sld", "unit_statistics.sld",
                "unit_statistics_prohibited.sld");
    }

    @ParameterizedTest
    @MethodSource("styleFiles")
    void everyStyleParsesWithChineseTitlesAndRules(Path file) throws IOException {
        StyledLayerDescriptor sld = parser.parse(file);
        Style s = sld.defaultStyle();
        assertThat(s).isNotNull();
        assertThat(s.isDefault()).isTrue();
        String base = file.getFileName().toString().replace(".sld", "");
        assertThat(sld.layers().get(0).name()).isEqualTo(base);
        assertThat(s.title()).matches(".*\\p{IsHan}.*");
        assertThat(s.rules()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.title()).matches(".*\\p{IsHan}.*");
            assertThat(r.symbolizers()).isNotEmpty();
        });
    }

    @Test
    void controlUnitsStyleRulesByClassWithElseAndScaleLimitedLabels() throws IOException {
        Style s = parser.parse(STYLES.resolve("control_units.sld")).defaultStyle();
        assertThat(s.featureTypeStyles()).hasSize(2);
        List<Rule> fills = s.featureTypeStyles().get(0).rules();
        assertThat(fills).extracting(Rule::title).containsExactly("优先保护单元", "重点管控单元", "一般管控单元", "其他（未分类）");
        assertThat(fills.get(3).elseFilter()).isTrue();
        Feature key = unit("KEY_CONTROL");
        assertThat(fills.get(1).filter().test(key)).isTrue();
        assertThat(fills.get(0).filter().test(key)).isFalse();
        Symbolizer.Polygon green = (Symbolizer.Polygon) fills.get(0).symbolizers().get(0);
        assertThat(green.fill().color().getGreen()).isGreaterThan(green.fill().color().getRed());
        assertThat(green.fill().opacity()).isBetween(0.3, 0.8);
        assertThat(green.stroke().lineJoin()).isEqualTo(BasicStroke.JOIN_ROUND);
        Rule labels = s.featureTypeStyles().get(1).rules().get(0);
        assertThat(labels.maxScale()).isEqualTo(250_000);
        assertThat(labels.appliesAt(100_000)).isTrue();
        assertThat(labels.appliesAt(250_000)).isFalse();
        assertThat(labels.appliesAt(1_000_000)).isFalse();
        Symbolizer.Text t = (Symbolizer.Text) labels.symbolizers().get(0);
        assertThat(t.label().evaluate(unit("KEY_CONTROL"))).isEqualTo("某单元");
        assertThat(t.halo().fill().color()).isEqualTo(Color.WHITE);
        assertThat(t.halo().radius()).isPositive();
        assertThat(t.font().families()).contains("Noto Sans CJK SC");
    }

    @Test
    void zoneStylesCoverEveryZoneType() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path p : styleFiles().toList()) all.append(Files.readString(p));
        for (org.ecozoning.model.ZoneType z : org.ecozoning.model.ZoneType.values()) {
            assertThat(all.toString()).contains("<ogc:Literal>" + z.name() + "</ogc:Literal>");
            assertThat(all.toString()).contains(z.labelZh());
        }
        Style river = parser.parse(STYLES.resolve("river_zones.sld")).defaultStyle();
        Symbolizer.Polygon buffer = (Symbolizer.Polygon) river.rules().get(1).symbolizers().get(0);
        assertThat(buffer.fill().graphicFill().mark().wellKnownName()).isEqualTo("shape://slash");
        assertThat(buffer.stroke().dashArray()).containsExactly(6f, 3f);
    }

    private static Feature unit(String cls) {
        FeatureType t = new FeatureType("u", "u", "u", "geom", "Point", List.of(
                new AttributeDescriptor("name", AttributeType.STRING, "n"), new AttributeDescriptor("class", AttributeType.STRING, "c")));
        return new Feature(t, "1", new Object[] {"某单元", cls}, new GeometryFactory().createPoint(new Coordinate(112, 37)));
    }

    @Test
    void se11DocumentWithSvgParametersAndDescriptions() throws IOException {
        StyledLayerDescriptor sld;
        try (var in = getClass().getResourceAsStream("/places-se11.sld")) {
            sld = parser.parse(in);
        }
        assertThat(sld.version()).isEqualTo("1.1.0");
        Style s = sld.defaultStyle();
        assertThat(s.title()).isEqualTo("地点（测试）");
        assertThat(s.abstractText()).isEqualTo("SE 1.1 test style");
        Rule river = s.rules().get(0);
        assertThat(river.title()).isEqualTo("河流");
        Symbolizer.Line line = (Symbolizer.Line) river.symbolizers().get(0);
        assertThat(line.stroke().width()).isEqualTo(3);
        assertThat(line.stroke().lineCap()).isEqualTo(BasicStroke.CAP_ROUND);
        assertThat(line.stroke().dashArray()).containsExactly(12f, 4f);
        Symbolizer.Text label = (Symbolizer.Text) river.symbolizers().get(1);
        assertThat(label.font().bold()).isTrue();
        assertThat(label.placement()).isEqualTo(new LabelPlacement.LinePlacement(9));
        assertThat(label.label().parts()).hasSize(2);
        assertThat(s.rules().get(1).elseFilter()).isTrue();
        Symbolizer.Point square = (Symbolizer.Point) s.rules().stream().filter(r -> "square".equals(r.name())).findFirst().orElseThrow()
                .symbolizers().get(0);
        assertThat(square.graphic().rotation()).isEqualTo(45);
        Symbolizer.Text points = (Symbolizer.Text) s.rules().get(s.rules().size() - 1).symbolizers().get(0);
        assertThat(points.placement()).isEqualTo(new LabelPlacement.PointPlacement(0.5, 0, 0, 9, 0));
        assertThat(points.halo().fill().color()).isEqualTo(Color.WHITE);
        assertThat(points.fill().color()).isEqualTo(Color.BLACK);
    }

    @Test
    void cssParameterWithLiteralsMarksAndFillsAndDefaults() {
        Style s = parser.parse(HEAD + """
                <Rule><PolygonSymbolizer><Fill><CssParameter name="fill"><ogc:Literal>#00ff00</ogc:Literal></CssParameter>
                <CssParameter name="fill-opacity">0.25</CssParameter></Fill></PolygonSymbolizer>
                <PointSymbolizer><Graphic><Mark><WellKnownName>Star</WellKnownName></Mark><Opacity>0.5</Opacity><Size><ogc:Literal>11</ogc:Literal></Size></Graphic></PointSymbolizer>
                <PointSymbolizer/>
                <LineSymbolizer><Stroke><CssParameter name="stroke">#ABC</CssParameter><CssParameter name="stroke-dasharray">5,2</CssParameter>
                <CssParameter name="stroke-linejoin">bevel</CssParameter><CssParameter name="stroke-opacity">0.5</CssParameter></Stroke></LineSymbolizer>
                </Rule>""" + TAIL).defaultStyle();
        List<Symbolizer> sym = s.rules().get(0).symbolizers();
        Fill fill = ((Symbolizer.Polygon) sym.get(0)).fill();
        assertThat(fill.color()).isEqualTo(new Color(0x00FF00));
        assertThat(fill.paint().getAlpha()).isEqualTo(64);
        assertThat(((Symbolizer.Polygon) sym.get(0)).stroke()).isNull();
        Graphic star = ((Symbolizer.Point) sym.get(1)).graphic();
        assertThat(star.mark().wellKnownName()).isEqualTo("star");
        assertThat(star.mark().fill()).isEqualTo(Fill.DEFAULT);
        assertThat(star.size()).isEqualTo(11);
        assertThat(star.opacity()).isEqualTo(0.5);
        Graphic def = ((Symbolizer.Point) sym.get(2)).graphic();
        assertThat(def.mark().wellKnownName()).isEqualTo("square");
        assertThat(def.size()).isEqualTo(6);
        Stroke st = ((Symbolizer.Line) sym.get(3)).stroke();
        assertThat(st.color()).isEqualTo(new Color(0xAABBCC));
        assertThat(st.dashArray()).containsExactly(5f, 2f);
        assertThat(st.lineJoin()).isEqualTo(BasicStroke.JOIN_BEVEL);
        assertThat(st.paint().getAlpha()).isEqualTo(128);
    }

    @Test
    void labelConcatenationAndMixedContent() {
        Style s = parser.parse(HEAD + """
                <Rule><TextSymbolizer><Label>
                    <ogc:PropertyName>name</ogc:PropertyName>（<ogc:PropertyName>class</ogc:PropertyName>）
                  </Label></TextSymbolizer>
                <TextSymbolizer><Label><ogc:Function name="Concatenate"><ogc:Literal>单元 </ogc:Literal><ogc:PropertyName>name</ogc:PropertyName></ogc:Function></Label>
                <Font><CssParameter name="font-family">SimHei, "Microsoft YaHei"</CssParameter><CssParameter name="font-family">Noto Sans CJK SC</CssParameter>
                <CssParameter name="font-size">14</CssParameter><CssParameter name="font-style">italic</CssParameter><CssParameter name="font-weight">700</CssParameter></Font>
                </TextSymbolizer></Rule>""" + TAIL).defaultStyle();
        Symbolizer.Text mixed = (Symbolizer.Text) s.rules().get(0).symbolizers().get(0);
        assertThat(mixed.label().evaluate(unit("KEY_CONTROL"))).isEqualTo("某单元（KEY_CONTROL）");
        assertThat(mixed.placement()).isEqualTo(LabelPlacement.PointPlacement.DEFAULT);
        Symbolizer.Text fn = (Symbolizer.Text) s.rules().get(0).symbolizers().get(1);
        assertThat(fn.label().evaluate(unit("X"))).isEqualTo("单元 某单元");
        assertThat(fn.font().families()).containsExactly("SimHei", "Microsoft YaHei", "Noto Sans CJK SC");
        assertThat(fn.font().size()).isEqualTo(14);
        assertThat(fn.font().italic()).isTrue();
        assertThat(fn.font().bold()).isTrue();
    }

    @Test
    void ruleFilterScalesAndSpatialFilterPlaceholder() {
        Style s = parser.parse(HEAD + """
                <Rule><Name>r</Name><ogc:Filter><ogc:And>
                  <ogc:PropertyIsLike wildCard="*" singleChar="." escape="!"><ogc:PropertyName>name</ogc:PropertyName><ogc:Literal>某*</ogc:Literal></ogc:PropertyIsLike>
                  <ogc:BBOX><gml:Box><gml:coordinates>111,36 113,38</gml:coordinates></gml:Box></ogc:BBOX>
                </ogc:And></ogc:Filter>
                <MinScaleDenominator>1000</MinScaleDenominator><MaxScaleDenominator>50000</MaxScaleDenominator>
                <LineSymbolizer/></Rule>""" + TAIL).defaultStyle();
        Rule r = s.rules().get(0);
        assertThat(r.legendLabel()).isEqualTo("r");
        assertThat(r.minScale()).isEqualTo(1000);
        assertThat(r.appliesAt(999)).isFalse();
        assertThat(r.appliesAt(1000)).isTrue();
        assertThat(r.appliesAt(49_999)).isTrue();
        assertThat(r.appliesAt(50_000)).isFalse();
        Filter.And and = (Filter.And) r.filter();
        assertThat(and.filters().get(1)).isInstanceOf(Filter.Spatial.class);
        assertThat(((Symbolizer.Line) r.symbolizers().get(0)).stroke()).isEqualTo(Stroke.DEFAULT);
    }

    @Test
    void bareUserStyleRootIsAccepted() {
        StyledLayerDescriptor sld = parser.parse("<UserStyle xmlns=\"http://www.opengis.net/sld\"><Name>s</Name>"
                + "<FeatureTypeStyle><Rule><LineSymbolizer/></Rule></FeatureTypeStyle></UserStyle>");
        assertThat(sld.defaultStyle().name()).isEqualTo("s");
    }

    @Test
    void errorsCarryLineNumbersAndBilingualMessages() {
        assertThatThrownBy(() -> parser.parse(HEAD + "\n<Rule>\n<PolygonSymbolizer><Fill><CssParameter name=\"fill\">green</CssParameter></Fill></PolygonSymbolizer></Rule>" + TAIL))
                .isInstanceOf(XmlParseException.class).hasMessageContaining("第 3 行").hasMessageContaining("line 3")
                .hasMessageContaining("无效的颜色").hasMessageContaining("invalid colour: green");
        assertThatThrownBy(() -> parser.parse(HEAD + "\n\n<Rule><PointSymbolizer><Graphic><Mark><WellKnownName>hexagon</WellKnownName></Mark></Graphic></PointSymbolizer></Rule>" + TAIL))
                .isInstanceOf(XmlParseException.class).hasMessageContaining("line 3").hasMessageContaining("hexagon");
        assertThatThrownBy(() -> parser.parse(HEAD + "<Rule><PolygonSymbolizer><Fill><CssParameter name=\"fill-opacity\">1.5</CssParameter></Fill></PolygonSymbolizer></Rule>" + TAIL))
                .isInstanceOf(XmlParseException.class).hasMessageContaining("opacity");
        assertThatThrownBy(() -> parser.parse(HEAD + "<Rule><LineSymbolizer><Stroke><CssParameter name=\"stroke-width\"><ogc:PropertyName>w</ogc:PropertyName></CssParameter></Stroke></LineSymbolizer></Rule>" + TAIL))
                .isInstanceOf(XmlParseException.class).hasMessageContaining("only literal values");
        assertThatThrownBy(() -> parser.parse(HEAD + "<Rule><TextSymbolizer><Font/></TextSymbolizer></Rule>" + TAIL))
                .isInstanceOf(XmlParseException.class).hasMessageContaining("<Label>");
        assertThatThrownBy(() -> parser.parse("<wfs:GetFeature xmlns:wfs=\"http://www.opengis.net/wfs\"/>"))
                .isInstanceOf(XmlParseException.class).hasMessageContaining("not an SLD document");
        assertThatThrownBy(() -> parser.parse(HEAD + "<Rule><MaxScaleDenominator>abc</MaxScaleDenominator></Rule>" + TAIL))
                .isInstanceOf(XmlParseException.class).hasMessageContaining("invalid number").hasMessageContaining("abc");
        assertThatThrownBy(() -> parser.parse(HEAD + "<Rule><LineSymbolizer/>" + TAIL))
                .isInstanceOf(XmlParseException.class).hasMessageContaining("malformed XML");
    }

    @Test
    void hardenedAgainstDtdAndExternalEntities(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("passwd");
        Files.writeString(secret, "root:x:0:0");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE sld [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + HEAD + "<Rule><Title>&x;</Title><LineSymbolizer/></Rule>" + TAIL;
        assertThatThrownBy(() -> parser.parse(xxe)).isInstanceOf(XmlParseException.class)
                .hasMessageContaining("DTD").hasMessageNotContaining("root:x");
        Path file = dir.resolve("evil.sld");
        Files.writeString(file, xxe);
        assertThatThrownBy(() -> parser.parse(file)).isInstanceOf(XmlParseException.class).hasMessageContaining("evil.sld");
    }

    @Test
    void styleLibraryLoadsTheFolderByFileAndStyleName(@TempDir Path dir) throws IOException {
        StyleLibrary lib = StyleLibrary.load(STYLES);
        assertThat(lib.names()).contains("control_units", "counties", "soil_zones");
        assertThat(lib.get("control_units").title()).isEqualTo("环境管控单元");
        assertThat(lib.find("nope")).isEmpty();
        assertThatThrownBy(() -> lib.get("nope")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("未知样式");
        assertThat(lib.document("counties").layers()).hasSize(1);

        Files.writeString(dir.resolve("a.sld"), "<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\" version=\"1.0.0\"><NamedLayer><Name>a</Name>"
                + "<UserStyle><Name>first</Name><FeatureTypeStyle><Rule><LineSymbolizer/></Rule></FeatureTypeStyle></UserStyle>"
                + "<UserStyle><Name>second</Name><IsDefault>true</IsDefault><FeatureTypeStyle><Rule><PointSymbolizer/></Rule></FeatureTypeStyle></UserStyle>"
                + "</NamedLayer></StyledLayerDescriptor>");
        StyleLibrary two = StyleLibrary.load(dir);
        assertThat(two.get("a").name()).isEqualTo("second");
        assertThat(two.get("first").rules().get(0).symbolizers().get(0)).isInstanceOf(Symbolizer.Line.class);
        Files.writeString(dir.resolve("b.sld"), "<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\">\n<NamedLayer>");
        assertThatThrownBy(() -> StyleLibrary.load(dir)).isInstanceOf(XmlParseException.class).hasMessageContaining("b.sld");
    }
}
