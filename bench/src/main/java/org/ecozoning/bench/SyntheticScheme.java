package org.ecozoning.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ecozoning.geojson.GeoJsonFeature;
import org.ecozoning.geojson.GeoJsonReader;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitCode;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.model.ZoneType;
import org.ecozoning.rules.RuleSet;
import org.ecozoning.scheme.Scheme;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * A synthetic scheme for benchmarks: {@code n} Voronoi units over Shanxi (clipped to the province
 * outline when the counties file is at hand, else to its envelope), edges densified to about one
 * vertex per 200 m like real unit boundaries, classes and subtypes drawn with a fixed seed, and
 * element zones of every type placed where the rules look for them.
 */
public final class SyntheticScheme {
    static final GeometryFactory GF = new GeometryFactory();
    static final Envelope SHANXI = new Envelope(110.23, 114.56, 34.58, 40.73);

    private SyntheticScheme() { }

    public static Scheme build(int unitCount, RuleSet rules, Path countiesFile) {
        Random rnd = new Random(20240601L);
        Geometry province = province(countiesFile);
        VoronoiDiagramBuilder vb = new VoronoiDiagramBuilder();
        List<Coordinate> seeds = new ArrayList<>();
        while (seeds.size() < unitCount) {
            Coordinate c = new Coordinate(SHANXI.getMinX() + rnd.nextDouble() * SHANXI.getWidth(),
                    SHANXI.getMinY() + rnd.nextDouble() * SHANXI.getHeight());
            if (province.getEnvelopeInternal().contains(c) && province.contains(GF.createPoint(c))) seeds.add(c);
        }
        vb.setSites(seeds);
        Envelope clip = new Envelope(SHANXI);
        clip.expandBy(0.5);
        vb.setClipEnvelope(clip);
        Geometry cells = vb.getDiagram(GF);
        UnitSubtype[] priority = {UnitSubtype.ECOLOGICAL_RED_LINE, UnitSubtype.NATURE_RESERVE, UnitSubtype.DRINKING_WATER_SOURCE,
                UnitSubtype.IMPORTANT_WETLAND, UnitSubtype.KARST_SPRING, UnitSubtype.ECOLOGICAL_FOREST};
        UnitSubtype[] key = {UnitSubtype.INDUSTRIAL_PARK, UnitSubtype.CHEMICAL_PARK, UnitSubtype.URBAN_CENTRE, UnitSubtype.MINING_AREA};
        List<ControlUnit> units = new ArrayList<>();
        int[] seq = new int[4];
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            Geometry cell = cells.getGeometryN(i).intersection(province);
            cell = polygonal(cell);
            if (cell == null) continue;
            cell = Densifier.densify(cell, 0.002);
            double r = rnd.nextDouble();
            UnitSubtype st = r < 0.25 ? priority[rnd.nextInt(priority.length)] : r < 0.6 ? key[rnd.nextInt(key.length)] : UnitSubtype.GENERAL;
            UnitClass uc = st.unitClass();
            String county = "1401" + String.format("%02d", 1 + rnd.nextInt(20));
            UnitCode code = UnitCode.of(county, uc, ++seq[uc.digit()]);
            units.add(new ControlUnit(code, "合成单元 " + code, uc, st, "140100", "太原市", county, "合成县", cell));
        }
        return Scheme.builder("synthetic-" + unitCount, rules).units(units).zones(zones(rnd)).build();
    }

    private static Geometry polygonal(Geometry g) {
        if (g.isEmpty()) return null;
        if (g instanceof Polygonal) return g;
        List<Polygon> ps = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) ps.add(p);
        if (ps.isEmpty()) return null;
        return ps.size() == 1 ? ps.get(0) : GF.createMultiPolygon(ps.toArray(Polygon[]::new));
    }

    /** The union of the repaired county polygons, or the province envelope without the file. */
    static Geometry province(Path countiesFile) {
        if (countiesFile != null && Files.exists(countiesFile)) {
            try (InputStream in = Files.newInputStream(countiesFile)) {
                List<Geometry> gs = new ArrayList<>();
                for (GeoJsonFeature f : new GeoJsonReader(GF).readFeatures(in)) gs.add(GeometryFixer.fix(f.geometry()));
                Geometry u = UnaryUnionOp.union(gs);
                // close the slivers between neighbouring counties
                return u.buffer(0.002).buffer(-0.002);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return GF.toGeometry(SHANXI);
    }

    private static List<ElementZone> zones(Random rnd) {
        List<ElementZone> zs = new ArrayList<>();
        int[] n = {0};
        java.util.function.BiConsumer<ZoneType, Object[]> add = (t, a) -> zs.add(new ElementZone("SZ" + (++n[0]), t, (String) a[0], (Geometry) a[1]));
        add.accept(ZoneType.YELLOW_RIVER_SHORELINE, new Object[] {"黄河岸线", rect(110.25, 34.6, 110.45, 40.7)});
        add.accept(ZoneType.YELLOW_RIVER_1KM, new Object[] {"黄河干流岸线外推1公里", rect(110.25, 34.6, 110.46, 40.7)});
        Geometry fen = GF.createLineString(new Coordinate[] {new Coordinate(111.6, 35.6), new Coordinate(111.9, 36.5),
                new Coordinate(112.3, 37.4), new Coordinate(112.5, 37.9), new Coordinate(112.2, 38.7)});
        add.accept(ZoneType.RIVER_SHORELINE, new Object[] {"汾河岸线", Densifier.densify(fen.buffer(0.01), 0.002)});
        Geometry qin = GF.createLineString(new Coordinate[] {new Coordinate(112.2, 36.9), new Coordinate(112.5, 36.0), new Coordinate(112.9, 35.2)});
        add.accept(ZoneType.RIVER_SHORELINE, new Object[] {"沁河岸线", Densifier.densify(qin.buffer(0.01), 0.002)});
        add.accept(ZoneType.TAIYUAN_BASIN, new Object[] {"太原盆地", rect(112.0, 37.2, 112.8, 38.0)});
        add.accept(ZoneType.FEN_VALLEY, new Object[] {"汾河谷地", rect(111.2, 35.5, 112.6, 37.6)});
        add.accept(ZoneType.JOINT_AIR_CONTROL, new Object[] {"清徐-交城片区", rect(112.0, 37.4, 112.4, 37.7)});
        add.accept(ZoneType.JOINT_AIR_CONTROL, new Object[] {"平遥-介休-孝义片区", rect(111.6, 36.9, 112.2, 37.3)});
        add.accept(ZoneType.JOINT_AIR_CONTROL, new Object[] {"新绛-稷山-河津-闻喜-曲沃-侯马片区", rect(110.6, 35.3, 111.5, 35.8)});
        for (int i = 0; i < 20; i++) add.accept(ZoneType.SUBSIDENCE_AREA, new Object[] {"采煤沉陷区" + i, square(rnd, 0.05)});
        for (int i = 0; i < 5; i++) add.accept(ZoneType.SALINE_ALKALI_LAND, new Object[] {"盐碱地" + i, square(rnd, 0.05)});
        for (int i = 0; i < 30; i++) add.accept(ZoneType.CLOSED_SITE, new Object[] {"关闭地块" + i, square(rnd, 0.005)});
        for (int i = 0; i < 60; i++) add.accept(ZoneType.NOISE_SENSITIVE, new Object[] {"噪声敏感区" + i, square(rnd, 0.02)});
        return zs;
    }

    private static Geometry square(Random rnd, double size) {
        double x = SHANXI.getMinX() + 0.5 + rnd.nextDouble() * (SHANXI.getWidth() - 1);
        double y = SHANXI.getMinY() + 0.5 + rnd.nextDouble() * (SHANXI.getHeight() - 1);
        return rect(x, y, x + size, y + size);
    }

    static Geometry rect(double x0, double y0, double x1, double y1) {
        return Densifier.densify(GF.toGeometry(new Envelope(x0, x1, y0, y1)), 0.01);
    }
}
