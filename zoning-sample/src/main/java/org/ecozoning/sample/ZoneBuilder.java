package org.ecozoning.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.model.ZoneType;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.buffer.VariableBuffer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Builds the element zones (要素管控分区) of every {@link ZoneType}: Yellow River shoreline range and
 * its 1 km extension, key-river shorelines, Taiyuan basin, Fen valley, the three joint air-control
 * areas (exact unions of their real counties), subsidence areas, saline-alkali land, closed
 * coking/pesticide sites and noise-sensitive areas. Every zone is clipped to the province outline
 * with snap-rounding onto the output grid, so it stays valid when written.
 */
final class ZoneBuilder {
    /** Width of the Yellow River shoreline control range on the Shanxi side (km). */
    static final double YELLOW_RIVER_SHORELINE_KM = 1.5;
    /** Key-river shoreline half-width (km). */
    static final double RIVER_SHORELINE_KM = 1.0;

    private final long seed;
    private final Shapes shapes;
    private final GeometryFactory f;
    private final PrecisionModel grid;

    ZoneBuilder(long seed, Shapes shapes, double scale) {
        this.seed = seed;
        this.shapes = shapes;
        this.f = shapes.factory();
        this.grid = new PrecisionModel(scale);
    }

    List<ElementZone> build(Landscape land, Geometry province, List<County> counties, List<UnitPlanner.Plan> plans,
                            List<GeneratedUnit> units, UnitPlanner planner) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5A17E5L);
        List<ElementZone> out = new ArrayList<>();
        Geometry yr = land.yellowRiverKm;
        add(out, "YRS", 2, ZoneType.YELLOW_RIVER_SHORELINE, "黄河干流岸线管控范围",
                yr.buffer(YELLOW_RIVER_SHORELINE_KM, Shapes.QUADRANT_SEGMENTS), province);
        add(out, "YR1K", 2, ZoneType.YELLOW_RIVER_1KM, "黄河河道及干流岸线外推1公里范围",
                yr.buffer(YELLOW_RIVER_SHORELINE_KM + 1.0, Shapes.QUADRANT_SEGMENTS), province);
        for (String river : land.keyRivers.keySet()) {
            add(out, "RS", 2, ZoneType.RIVER_SHORELINE, river,
                    planner.river(river).buffer(RIVER_SHORELINE_KM, Shapes.QUADRANT_SEGMENTS), province);
        }
        Geometry taiyuan = VariableBuffer.buffer(shapes.lineKm(Gazetteer.TAIYUAN_BASIN_AXIS), Gazetteer.TAIYUAN_BASIN_HALF_WIDTH);
        add(out, "TYB", 2, ZoneType.TAIYUAN_BASIN, "太原盆地", taiyuan, province);
        Geometry linfen = VariableBuffer.buffer(shapes.lineKm(Gazetteer.LINFEN_BASIN_AXIS), Gazetteer.LINFEN_BASIN_HALF_WIDTH);
        Geometry gorge = shapes.lineKm(new double[][] {{111.85, 36.97}, {111.77, 36.84}, {111.73, 36.70}}).buffer(2.5, Shapes.QUADRANT_SEGMENTS);
        add(out, "FV", 2, ZoneType.FEN_VALLEY, "汾河谷地", shapes.union(List.of(taiyuan, linfen, gorge)), province);

        // Joint air-pollution control areas: the exact union of the named counties (already lon/lat).
        for (Map.Entry<String, List<String>> e : Gazetteer.JOINT_AIR.entrySet()) {
            List<Geometry> parts = new ArrayList<>();
            for (String code : e.getValue()) {
                counties.stream().filter(c -> c.adcode().equals(code)).findFirst()
                        .ifPresentOrElse(c -> parts.add(c.geometry()), () -> {
                            throw new IllegalStateException("joint air area county missing: " + code);
                        });
            }
            Geometry g = CountyRepair.union(parts, f);
            out.add(new ElementZone(String.format("AIR-%02d", out.stream().filter(z -> z.type() == ZoneType.JOINT_AIR_CONTROL).count() + 1), ZoneType.JOINT_AIR_CONTROL, e.getKey(), checked(g, e.getKey())));
        }

        // Subsidence areas: patches inside most mining units.
        for (GeneratedUnit u : units) {
            if (u.subtype() != UnitSubtype.MINING_AREA) continue;
            if (rnd.nextDouble() > 0.7) continue;
            Geometry km = EqualAreaProjection.toKm(u.unit().geometry());
            Coordinate c = Shapes.randomPointIn(rnd, km, 200);
            if (c == null) continue;
            Geometry patch = shapes.blob(rnd, c.x, c.y, 2.5 + 2.5 * rnd.nextDouble(), 3);
            add(out, "SUB", 2, ZoneType.SUBSIDENCE_AREA, UnitNames.countyLabel(u.unit().cityName(), u.unit().countyName()) + "采煤沉陷区", patch, province);
        }

        for (Gazetteer.Place p : Gazetteer.SALINE_ALKALI) {
            Coordinate c = shapes.km(p.lon(), p.lat());
            Geometry g = p.name().contains("盐湖") ? elongated(rnd, c, p.sizeKm()) : shapes.blob(rnd, c.x, c.y, p.sizeKm(), 3);
            add(out, "SAL", 2, ZoneType.SALINE_ALKALI_LAND, p.name(), g, province);
        }

        for (Gazetteer.Place p : Gazetteer.CLOSED_SITES) {
            Coordinate c = shapes.km(p.lon(), p.lat());
            double h = p.sizeKm();
            Geometry sq = f.toGeometry(new org.locationtech.jts.geom.Envelope(c.x - h, c.x + h, c.y - h * 0.7, c.y + h * 0.7));
            sq = AffineTransformation.rotationInstance(rnd.nextDouble() * Math.PI / 2, c.x, c.y).transform(sq);
            add(out, "CS", 2, ZoneType.CLOSED_SITE, p.name(), sq, province);
        }

        for (UnitPlanner.Plan p : plans) {
            Coordinate c = shapes.km(p.seat()[0], p.seat()[1]);
            Geometry g = shapes.blob(rnd, c.x, c.y, Math.max(1.0, 0.6 * p.urbanRadiusKm()), 2);
            add(out, "NS", 3, ZoneType.NOISE_SENSITIVE, UnitNames.countyLabel(p.county()) + "城区噪声敏感建筑物集中区域", g, province);
        }
        return out;
    }

    /** The salt lake's surroundings: an ellipse about three times as long as wide, lying WSW–ENE. */
    private Geometry elongated(SplittableRandom rnd, Coordinate c, double r) {
        Geometry circle = shapes.circle(0, 0, 1);
        AffineTransformation t = new AffineTransformation().scale(r * 1.8, r * 0.6).rotate(Math.toRadians(12 + 6 * rnd.nextDouble()))
                .translate(c.x, c.y);
        return t.transform(circle);
    }

    private void add(List<ElementZone> out, String prefix, int width, ZoneType type, String name, Geometry km, Geometry province) {
        long n = out.stream().filter(z -> z.id().startsWith(prefix + "-")).count() + 1;
        String id = prefix + "-" + String.format("%0" + width + "d", n);
        Geometry lonLat = EqualAreaProjection.toLonLat(km);
        Geometry clipped = Shapes.areal(OverlayNG.overlay(lonLat, province, OverlayNG.INTERSECTION, grid));
        if (clipped.isEmpty()) return;
        clipped.normalize();
        out.add(new ElementZone(id, type, name, checked(clipped, name)));
    }

    private static Geometry checked(Geometry g, String name) {
        IsValidOp op = new IsValidOp(g);
        if (!op.isValid()) throw new IllegalStateException("zone " + name + " invalid: " + op.getValidationError());
        return g;
    }
}
