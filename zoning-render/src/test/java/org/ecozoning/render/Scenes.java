package org.ecozoning.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecozoning.feature.AttributeDescriptor;
import org.ecozoning.feature.AttributeType;
import org.ecozoning.feature.Feature;
import org.ecozoning.feature.FeatureType;
import org.ecozoning.feature.MemoryFeatureSource;
import org.ecozoning.render.sld.SldParser;
import org.ecozoning.render.sld.Style;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Small hand-made scenes around Taiyuan for rendering tests (lon/lat, EPSG:4490). */
final class Scenes {
    static final Path STYLES = Path.of("../styles");

    static final FeatureType UNITS = new FeatureType("control_units", "环境管控单元", "Control units", "geom", "MultiPolygon", List.of(
            attr("code"), attr("name"), attr("class"), attr("subtype"), attr("cityCode"), attr("cityName"),
            attr("countyCode"), attr("countyName")));
    static final FeatureType ZONES = new FeatureType("zones", "要素分区", "Zones", "geom", "Geometry", List.of(
            attr("id"), attr("type"), attr("name")));
    static final FeatureType PLACES = new FeatureType("places", "地点", "Places", "geom", "Geometry", List.of(
            attr("name"), attr("kind"), new AttributeDescriptor("rank", AttributeType.INTEGER, "等级")));

    private Scenes() { }

    private static AttributeDescriptor attr(String name) {
        return new AttributeDescriptor(name, AttributeType.STRING, name);
    }

    static Geometry wkt(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Feature unit(String code, String name, String cls, String wkt) {
        return new Feature(UNITS, code, new Object[] {code, name, cls, null, "1401", "太原市", "140105", "小店区"}, wkt(wkt));
    }

    /** Four units: one of each class and one with an unknown class (else-rule), in a 0.2° window. */
    static MemoryFeatureSource units() {
        List<Feature> f = new ArrayList<>();
        f.add(unit("ZH14010510001", "晋祠优先保护单元", "PRIORITY_PROTECTION",
                "MULTIPOLYGON (((112.42 37.72, 112.50 37.72, 112.50 37.80, 112.42 37.80, 112.42 37.72)))"));
        f.add(unit("ZH14010520001", "小店重点管控单元", "KEY_CONTROL",
                "MULTIPOLYGON (((112.50 37.72, 112.60 37.72, 112.58 37.79, 112.50 37.80, 112.50 37.72), (112.53 37.74, 112.56 37.74, 112.555 37.765, 112.53 37.765, 112.53 37.74)))"));
        f.add(unit("ZH14010530001", "清徐一般管控单元", "GENERAL_CONTROL",
                "MULTIPOLYGON (((112.42 37.66, 112.52 37.66, 112.52 37.72, 112.42 37.72, 112.42 37.66)))"));
        f.add(unit("ZH14010590001", "待定单元", "UNKNOWN",
                "MULTIPOLYGON (((112.52 37.66, 112.60 37.66, 112.60 37.72, 112.52 37.72, 112.52 37.66)))"));
        return new MemoryFeatureSource(UNITS, f);
    }

    static MemoryFeatureSource zones() {
        List<Feature> f = new ArrayList<>();
        f.add(new Feature(ZONES, "z1", new Object[] {"z1", "YELLOW_RIVER_1KM", "黄河岸线外推1公里"},
                wkt("POLYGON ((112.43 37.67, 112.47 37.67, 112.47 37.79, 112.43 37.79, 112.43 37.67))")));
        f.add(new Feature(ZONES, "z2", new Object[] {"z2", "RIVER_SHORELINE", "汾河岸线"},
                wkt("POLYGON ((112.545 37.67, 112.59 37.67, 112.59 37.70, 112.545 37.70, 112.545 37.67))")));
        return new MemoryFeatureSource(ZONES, f);
    }

    /** A river line and six points of different kinds. */
    static MemoryFeatureSource places() {
        List<Feature> f = new ArrayList<>();
        f.add(new Feature(PLACES, "r1", new Object[] {"汾河", "river", 1L},
                wkt("LINESTRING (112.40 37.68, 112.45 37.70, 112.52 37.705, 112.58 37.75, 112.62 37.78)")));
        String[] kinds = {"circle", "star", "triangle", "cross", "x", "square"};
        for (int i = 0; i < kinds.length; i++) {
            f.add(new Feature(PLACES, "p" + i, new Object[] {"点" + (i + 1), kinds[i], (long) i},
                    wkt("POINT (" + (112.44 + i * 0.03) + " 37.775)")));
        }
        return new MemoryFeatureSource(PLACES, f);
    }

    static Style style(String file) throws IOException {
        return new SldParser().parse(STYLES.resolve(file)).defaultStyle();
    }

    static Style inline(String sld) {
        return new SldParser().parse(sld).defaultStyle();
    }
}
