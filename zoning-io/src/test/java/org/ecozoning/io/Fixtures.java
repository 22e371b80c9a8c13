package org.ecozoning.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.io.qa.QaIssue;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.SchemeContent;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitCode;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.model.ZoneType;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** Small hand-made scheme content in 小店区 (140105), Taiyuan, and helpers to compare contents. */
final class Fixtures {
    static final GeometryFactory GF = new GeometryFactory();
    static final Path WORKSPACE = Path.of("..", "workspace").toAbsolutePath().normalize();
    private static SchemeImporter importer;

    private Fixtures() { }

    static synchronized SchemeImporter importer() {
        if (importer == null) {
            try {
                importer = SchemeImporter.forWorkspace(WORKSPACE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return importer;
    }

    static Polygon box(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1),
                new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    static Polygon boxWithHole(double x0, double y0, double x1, double y1, double h0, double k0, double h1, double k1) {
        LinearRing shell = box(x0, y0, x1, y1).getExteriorRing();
        LinearRing hole = box(h0, k0, h1, k1).getExteriorRing();
        return GF.createPolygon(shell, new LinearRing[] {hole});
    }

    static String longText() {
        return "禁止在本单元内新建、扩建化工、焦化、有色金属冶炼、造纸、电镀等高污染项目；现有企业应当按照要求实施清洁化改造，"
                + "达到国内先进水平，并逐步退出或搬迁至合规园区。严格控制挥发性有机物排放，实施重点行业超低排放改造，确保稳定达标排放。"
                + "加强地下水污染防治，落实分区防渗措施。";
    }

    /** Three units (one with a hole, one of two parts), two zones (polygon, line), clauses at all levels. */
    static SchemeContent sample() {
        ControlUnit a = new ControlUnit(new UnitCode("ZH14010510001"), "小店区汾河饮用水水源保护区", UnitClass.PRIORITY_PROTECTION,
                UnitSubtype.DRINKING_WATER_SOURCE, "140100", "太原市", "140105", "小店区",
                boxWithHole(112.50, 37.70, 112.52, 37.72, 112.505, 37.705, 112.51, 37.71));
        MultiPolygon twoParts = GF.createMultiPolygon(new Polygon[] {box(112.53, 37.70, 112.54, 37.71), box(112.55, 37.70, 112.56, 37.71)});
        ControlUnit b = new ControlUnit(new UnitCode("ZH14010520001"), "小店区化工园区", UnitClass.KEY_CONTROL, UnitSubtype.CHEMICAL_PARK,
                "140100", "太原市", "140105", "小店区", twoParts);
        ControlUnit c = new ControlUnit(new UnitCode("ZH14010530001"), "小店区一般管控单元", UnitClass.GENERAL_CONTROL, UnitSubtype.GENERAL,
                "140100", "太原市", "140105", "小店区", box(112.50, 37.72, 112.52, 37.74));
        ElementZone valley = new ElementZone("FEN-VALLEY-1", ZoneType.FEN_VALLEY, "汾河谷地", box(112.40, 37.60, 112.60, 37.80));
        ElementZone river = new ElementZone("FEN-SHORE-1", ZoneType.RIVER_SHORELINE, "汾河岸线",
                GF.createLineString(new Coordinate[] {new Coordinate(112.50, 37.60), new Coordinate(112.51, 37.70), new Coordinate(112.52, 37.80)}));
        List<Clause> clauses = new ArrayList<>();
        clauses.add(new Clause("P-KJBJYS-1", ListLevel.PROVINCE, "140000", Dimension.SPATIAL_LAYOUT, "禁止新增钢铁产能。", List.of("STEEL")));
        clauses.add(new Clause("C1401-PWWPFGK-1", ListLevel.CITY, "140100", Dimension.POLLUTANT_EMISSION,
                "执行\"超低排放\"标准，含逗号, 和换行\n第二行", List.of("AIR-JOINT", "FEN-VALLEY")));
        clauses.add(new Clause("ZH14010510001-KJBJYS-1", ListLevel.UNIT, "ZH14010510001", Dimension.SPATIAL_LAYOUT, "禁止新建排污口。", List.of()));
        clauses.add(new Clause("ZH14010510001-KJBJYS-2", ListLevel.UNIT, "ZH14010510001", Dimension.SPATIAL_LAYOUT, longText(), List.of()));
        clauses.add(new Clause("ZH14010520001-HJFXFK-1", ListLevel.UNIT, "ZH14010520001", Dimension.ENVIRONMENTAL_RISK,
                "-10 米以下地下水应当监测", List.of("CHEM-PARK-ZLD")));
        clauses.add(new Clause("ZH14010520001-ZYKFXLYQ-1", ListLevel.UNIT, "ZH14010520001", Dimension.RESOURCE_EFFICIENCY, "废水零排放。", List.of()));
        clauses.add(new Clause("ZH14010530001-PWWPFGK-1", ListLevel.UNIT, "ZH14010530001", Dimension.POLLUTANT_EMISSION, "执行一般管控要求。", List.of()));
        return new SchemeContent(List.of(a, b, c), List.of(valley, river), clauses);
    }

    /** A geometry in a canonical form: single-part multis unwrapped, normalised. */
    static Geometry canonical(Geometry g) {
        Geometry x = g.getNumGeometries() == 1 && g.getGeometryType().startsWith("Multi") ? g.getGeometryN(0) : g;
        Geometry c = x.copy();
        c.normalize();
        return c;
    }

    static void assertSameGeometry(Geometry expected, Geometry actual, double tolerance) {
        Geometry e = canonical(expected);
        Geometry a = canonical(actual);
        assertThat(a.equalsExact(e, tolerance)).as("geometry %s vs %s", a, e).isTrue();
    }

    /** Asserts that {@code actual} holds the same units, zones and clauses as {@code expected}. */
    static void assertSameContent(SchemeContent expected, SchemeContent actual, double tolerance) {
        assertThat(actual.units()).hasSameSizeAs(expected.units());
        Map<String, ControlUnit> byCode = new TreeMap<>();
        for (ControlUnit u : actual.units()) byCode.put(u.code().value(), u);
        for (ControlUnit e : expected.units()) {
            ControlUnit a = byCode.get(e.code().value());
            assertThat(a).as("unit %s", e.code()).isNotNull();
            assertThat(List.of(a.name(), a.unitClass(), a.subtype(), String.valueOf(a.cityCode()), String.valueOf(a.cityName()),
                    String.valueOf(a.countyCode()), String.valueOf(a.countyName())))
                    .isEqualTo(List.of(e.name(), e.unitClass(), e.subtype(), String.valueOf(e.cityCode()), String.valueOf(e.cityName()),
                            String.valueOf(e.countyCode()), String.valueOf(e.countyName())));
            assertSameGeometry(e.geometry(), a.geometry(), tolerance);
        }
        assertThat(actual.zones()).hasSameSizeAs(expected.zones());
        Map<String, ElementZone> zones = new TreeMap<>();
        for (ElementZone z : actual.zones()) zones.put(z.id(), z);
        for (ElementZone e : expected.zones()) {
            ElementZone a = zones.get(e.id());
            assertThat(a).as("zone %s", e.id()).isNotNull();
            assertThat(a.type()).isEqualTo(e.type());
            assertThat(a.name()).isEqualTo(e.name());
            assertSameGeometry(e.geometry(), a.geometry(), tolerance);
        }
        assertThat(actual.clauses()).containsExactlyInAnyOrderElementsOf(expected.clauses());
    }

    static List<IssueCode> codes(ImportResult r) {
        return r.qa().issues().stream().map(QaIssue::code).toList();
    }
}
