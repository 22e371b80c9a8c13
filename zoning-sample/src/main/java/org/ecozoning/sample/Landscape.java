package org.ecozoning.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Province-wide lines derived once from the repaired counties: the province outline, the Yellow
 * River (the stretch of the outline along Shaanxi and Henan), the 太行山 axis (a line set inside the
 * eastern border) and the key rivers' centre lines. All kept in lon/lat and in km.
 */
final class Landscape {
    final Geometry province;
    final Geometry provinceKm;
    final LineString yellowRiver;
    final LineString yellowRiverKm;
    final LineString taihangKm;
    /** River name → centre lines (lon/lat), in the order of {@link Gazetteer#KEY_RIVERS}. */
    final Map<String, List<LineString>> keyRivers = new LinkedHashMap<>();

    Landscape(Geometry province, Shapes shapes) {
        GeometryFactory f = shapes.factory();
        this.province = province;
        this.provinceKm = EqualAreaProjection.toKm(province);
        this.yellowRiver = yellowRiver(province, f);
        this.yellowRiverKm = (LineString) EqualAreaProjection.toKm(yellowRiver);
        this.taihangKm = taihang(provinceKm, f);
        for (Gazetteer.Line l : Gazetteer.KEY_RIVERS) {
            LineString ls = f.createLineString(coords(l.points()));
            keyRivers.computeIfAbsent(l.name(), k -> new ArrayList<>()).add(ls);
        }
    }

    static Coordinate[] coords(double[][] pts) {
        Coordinate[] cs = new Coordinate[pts.length];
        for (int i = 0; i < pts.length; i++) cs[i] = new Coordinate(pts[i][0], pts[i][1]);
        return cs;
    }

    /**
     * The part of the province's outer ring between the vertices nearest the river's entry (偏关)
     * and exit (垣曲), taking the way round that passes the westernmost vertex.
     */
    static LineString yellowRiver(Geometry province, GeometryFactory f) {
        Polygon largest = null;
        for (int i = 0; i < province.getNumGeometries(); i++) {
            Polygon p = (Polygon) province.getGeometryN(i);
            if (largest == null || p.getArea() > largest.getArea()) largest = p;
        }
        Coordinate[] ring = largest.getExteriorRing().getCoordinates();
        int n = ring.length - 1;
        int s = nearest(ring, n, Gazetteer.YELLOW_RIVER_START);
        int e = nearest(ring, n, Gazetteer.YELLOW_RIVER_END);
        int west = 0;
        for (int i = 0; i < n; i++) if (ring[i].x < ring[west].x) west = i;
        CoordinateList forward = walk(ring, n, s, e);
        boolean viaWest = false;
        for (int i = s; i != e; i = (i + 1) % n) if (i == west) viaWest = true;
        CoordinateList path = viaWest ? forward : walk(ring, n, e, s);
        if (!viaWest) java.util.Collections.reverse(path);
        return f.createLineString(path.toCoordinateArray());
    }

    private static CoordinateList walk(Coordinate[] ring, int n, int from, int to) {
        CoordinateList out = new CoordinateList();
        for (int i = from; ; i = (i + 1) % n) {
            out.add(ring[i].copy(), false);
            if (i == to) break;
        }
        return out;
    }

    private static int nearest(Coordinate[] ring, int n, double[] p) {
        int best = 0;
        double bd = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            double d = Math.hypot(ring[i].x - p[0], ring[i].y - p[1]);
            if (d < bd) {
                bd = d;
                best = i;
            }
        }
        return best;
    }

    /** A north–south line {@link Gazetteer#TAIHANG_INSET_KM} inside the eastern border. */
    static LineString taihang(Geometry provinceKm, GeometryFactory f) {
        double y0 = EqualAreaProjection.forward(112.5, Gazetteer.TAIHANG_SOUTH)[1];
        double y1 = EqualAreaProjection.forward(112.5, Gazetteer.TAIHANG_NORTH)[1];
        Envelope env = provinceKm.getEnvelopeInternal();
        List<Coordinate> pts = new ArrayList<>();
        for (double y = y0; y <= y1; y += 8) {
            LineString scan = f.createLineString(new Coordinate[] {new Coordinate(env.getMinX() - 1, y), new Coordinate(env.getMaxX() + 1, y)});
            Geometry cut = Shapes.intersection(scan, provinceKm);
            if (cut.isEmpty()) continue;
            double maxX = cut.getEnvelopeInternal().getMaxX();
            pts.add(new Coordinate(maxX - Gazetteer.TAIHANG_INSET_KM, y));
        }
        // Smooth the jagged border a little: a 3-point moving average.
        Coordinate[] cs = new Coordinate[pts.size()];
        for (int i = 0; i < cs.length; i++) {
            int a = Math.max(0, i - 1), b = Math.min(cs.length - 1, i + 1);
            cs[i] = new Coordinate((pts.get(a).x + pts.get(i).x + pts.get(b).x) / 3, pts.get(i).y);
        }
        return f.createLineString(cs);
    }
}
