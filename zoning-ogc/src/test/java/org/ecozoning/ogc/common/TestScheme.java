package org.ecozoning.ogc.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitCode;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.model.ZoneType;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** A small hand-made scheme for tests: five control units around Taiyuan, three element zones, the shipped counties. */
public final class TestScheme {
    private static final GeometryFactory GF = new GeometryFactory();
    private static LayerCatalog catalog;

    private TestScheme() { }

    public static Geometry box(double minx, double miny, double maxx, double maxy) {
        return GF.toGeometry(new Envelope(minx, maxx, miny, maxy));
    }

    public static List<ControlUnit> units() {
        return List.of(
                unit("ZH14010510001", "晋祠生态保护红线", UnitClass.PRIORITY_PROTECTION, UnitSubtype.ECOLOGICAL_RED_LINE, "140105", "小店区",
                        box(112.40, 37.70, 112.50, 37.80)),
                unit("ZH14010520001", "太原不锈钢产业园区", UnitClass.KEY_CONTROL, UnitSubtype.INDUSTRIAL_PARK, "140105", "小店区",
                        box(112.50, 37.70, 112.60, 37.80)),
                unit("ZH14010520002", "小店城镇中心", UnitClass.KEY_CONTROL, UnitSubtype.URBAN_CENTRE, "140105", "小店区",
                        box(112.60, 37.70, 112.70, 37.80)),
                unit("ZH14010630001", "迎泽一般管控区", UnitClass.GENERAL_CONTROL, UnitSubtype.GENERAL, "140106", "迎泽区",
                        box(112.40, 37.80, 112.70, 37.90)),
                unit("ZH14010710001", "杏花岭水源保护区", UnitClass.PRIORITY_PROTECTION, UnitSubtype.DRINKING_WATER_SOURCE, "140107",
                        "杏花岭区", GF.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
                            (org.locationtech.jts.geom.Polygon) box(112.55, 37.90, 112.60, 37.95),
                            (org.locationtech.jts.geom.Polygon) box(112.65, 37.90, 112.70, 37.95)})));
    }

    private static ControlUnit unit(String code, String name, UnitClass c, UnitSubtype s, String county, String countyName, Geometry g) {
        return new ControlUnit(new UnitCode(code), name, c, s, "140100", "太原市", county, countyName, g);
    }

    public static List<ElementZone> zones() {
        return List.of(
                new ElementZone("fen-1", ZoneType.RIVER_SHORELINE, "汾河岸线（小店段）", box(112.52, 37.60, 112.54, 37.95)),
                new ElementZone("fen-2", ZoneType.RIVER_SHORELINE, "汾河岸线（阳曲段）", box(112.54, 37.95, 112.56, 38.10)),
                new ElementZone("ty-basin", ZoneType.TAIYUAN_BASIN, "太原盆地", box(112.0, 37.0, 113.0, 38.2)));
    }

    public static Path countiesFile() {
        Path p = Path.of("../workspace/data/shanxi-counties.geojson");
        if (!Files.exists(p)) p = Path.of("workspace/data/shanxi-counties.geojson");
        return p;
    }

    /** The catalog of the test scheme (built once). */
    public static synchronized LayerCatalog catalog() {
        if (catalog == null) {
            try {
                catalog = SchemeLayers.build(units(), zones(), countiesFile());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return catalog;
    }
}
