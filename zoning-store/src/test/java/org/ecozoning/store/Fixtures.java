package org.ecozoning.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
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
import org.locationtech.jts.geom.PrecisionModel;

/** Small hand-made scheme content near Taiyuan (EPSG:4490) for the store tests. */
final class Fixtures {
    static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(), 4490);
    static final Attribution ALICE = Attribution.of("alice", "测试 test");
    static final Attribution BOB = Attribution.of("bob", "another editor");

    private Fixtures() {}

    /** An axis-aligned rectangle with its south-west corner at (lon, lat). */
    static Geometry rect(double lon, double lat, double width, double height) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + width, lat),
                new Coordinate(lon + width, lat + height), new Coordinate(lon, lat + height), new Coordinate(lon, lat)});
    }

    static ControlUnit unit(String code, String name, UnitSubtype subtype, Geometry g) {
        UnitCode c = new UnitCode(code);
        return new ControlUnit(c, name, subtype.unitClass(), subtype, "140100", "太原市", c.adminCode(), "小店区", g);
    }

    static final ControlUnit U1 = unit("ZH14010510001", "晋祠泉域保护区", UnitSubtype.KARST_SPRING, rect(112.40, 37.70, 0.01, 0.01));
    static final ControlUnit U2 = unit("ZH14010520001", "小店工业园区", UnitSubtype.INDUSTRIAL_PARK, rect(112.50, 37.75, 0.02, 0.01));
    static final ControlUnit U3 = unit("ZH14010530001", "小店区一般管控单元", UnitSubtype.GENERAL, rect(112.60, 37.80, 0.03, 0.02));

    static final ElementZone Z1 = new ElementZone("fen-shore", ZoneType.RIVER_SHORELINE, "汾河岸线", rect(112.45, 37.70, 0.005, 0.2));
    static final ElementZone Z2 = new ElementZone("taiyuan-basin", ZoneType.TAIYUAN_BASIN, "太原盆地", rect(112.0, 37.0, 1.0, 1.0));

    static final Clause C1 = new Clause("P-1", ListLevel.PROVINCE, "140000", Dimension.SPATIAL_LAYOUT, "禁止新建高污染项目。", List.of("R1"));
    static final Clause C2 = new Clause("C-1", ListLevel.CITY, "140100", Dimension.POLLUTANT_EMISSION, "严格控制挥发性有机物排放。", List.of());
    static final Clause C3 = new Clause("U-1", ListLevel.UNIT, "ZH14010520001", Dimension.ENVIRONMENTAL_RISK, "园区应建立风险防控体系。",
            List.of("R7", "R8"));

    static SchemeContent base() {
        return new SchemeContent(List.of(U1, U2, U3), List.of(Z1, Z2), List.of(C1, C2, C3));
    }

    static final String RULES = "{\"rules\":[{\"id\":\"R1\",\"when\":{\"unitClass\":\"PRIORITY_PROTECTION\"},\"verdict\":\"PROHIBITED\"}]}";

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) { this.now = start; }

        void set(Instant i) { now = i; }

        @Override
        public ZoneId getZone() { return ZoneOffset.UTC; }

        @Override
        public Clock withZone(ZoneId zone) { return this; }

        @Override
        public Instant instant() { return now; }
    }

    static UnitClass classOf(String code) { return new UnitCode(code).unitClass(); }
}
