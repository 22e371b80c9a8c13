package org.ecozoning.server.portal.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.ogc.common.ProblemException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;

/**
 * Reads the 界址点 (boundary-point) coordinate text common in Chinese land surveys (the
 * "坐标交换格式" of land-use and land-requisition submissions). Supported variant:
 * <pre>
 * [属性描述]            optional header lines "key=value"; 带号=38, 中央经线=114, 几度分带=3|6 are used
 * [地块坐标]
 * 4,0.1234,1,地块名称,面,,,,@    a line ending in "@" starts a new parcel (the fields are ignored)
 * J1,1,4195478.12,38512345.67   point name, ring number, X (northing), Y (easting), in metres
 * J2,1,...                      ring 1 is the outer ring, higher numbers are holes; rings are closed if needed
 * </pre>
 * The CRS is CGCS2000 Gauss-Krüger: the zone comes from a zone prefix on Y (Y ≥ 10,000,000, e.g.
 * 38 → EPSG:4526), else from 带号, else from 中央经线 (3° zones: EPSG:4534+; 6°: EPSG:4502+); when none
 * is given the caller must choose the CRS. Separators: comma, Chinese comma, tab or spaces.
 */
final class BoundaryPointText {

    /** Polygons in the file's projected coordinates (x = easting incl. any zone prefix) and the CRS inferred, or null. */
    record Result(List<Geometry> geometries, String crs) { }

    private BoundaryPointText() {
    }

    static Result parse(String text, GeometryFactory gf) {
        Map<String, String> header = new LinkedHashMap<>();
        List<Map<Integer, List<Coordinate>>> parcels = new ArrayList<>();
        Map<Integer, List<Coordinate>> current = null;
        int lineNo = 0;
        double prefixZone = -1;
        for (String raw : text.split("\\R")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("[")) continue;
            if (line.endsWith("@")) {
                current = new LinkedHashMap<>();
                parcels.add(current);
                continue;
            }
            int eq = line.indexOf('=');
            if (eq > 0 && !Character.isDigit(line.charAt(0)) && !line.matches("(?i)^J?\\d.*,.*")) {
                header.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                continue;
            }
            String[] f = line.split("\\s*[,，\\t]\\s*|\\s+");
            if (f.length < 4) {
                throw ProblemException.badRequest("第 " + lineNo + " 行应为「点号,圈号,X,Y」：" + line,
                        "line " + lineNo + " should be \"point,ring,X,Y\": " + line);
            }
            int ring;
            double x;
            double y;
            try {
                ring = Integer.parseInt(f[1]);
                x = Double.parseDouble(f[2]);
                y = Double.parseDouble(f[3]);
            } catch (NumberFormatException e) {
                throw ProblemException.badRequest("第 " + lineNo + " 行的圈号或坐标不是数字：" + line,
                        "line " + lineNo + ": ring number or coordinates are not numbers: " + line);
            }
            if (current == null) {
                current = new LinkedHashMap<>();
                parcels.add(current);
            }
            if (y >= 10_000_000) prefixZone = Math.floor(y / 1_000_000);
            // X is northing, Y is easting: store as (easting, northing)
            current.computeIfAbsent(ring, k -> new ArrayList<>()).add(new Coordinate(y, x));
        }
        List<Geometry> polys = new ArrayList<>();
        for (Map<Integer, List<Coordinate>> parcel : parcels) {
            if (parcel.isEmpty()) continue;
            List<LinearRing> rings = new ArrayList<>();
            for (Map.Entry<Integer, List<Coordinate>> r : parcel.entrySet()) {
                List<Coordinate> cs = new ArrayList<>(r.getValue());
                if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) cs.add(new Coordinate(cs.get(0)));
                if (cs.size() < 4) {
                    throw ProblemException.badRequest("第 " + r.getKey() + " 圈少于 3 个界址点", "ring " + r.getKey() + " has fewer than 3 points");
                }
                rings.add(gf.createLinearRing(cs.toArray(Coordinate[]::new)));
            }
            polys.add(gf.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(LinearRing[]::new)));
        }
        if (polys.isEmpty()) throw ProblemException.badRequest("没有找到界址点", "no boundary points found");
        return new Result(polys, crs(header, prefixZone));
    }

    private static String crs(Map<String, String> header, double prefixZone) {
        boolean six = "6".equals(header.getOrDefault("几度分带", "3").replaceAll("\\D", ""));
        if (prefixZone > 0) {
            int zone = (int) prefixZone;
            return six ? "EPSG:" + (4491 + zone - 13) : "EPSG:" + (4513 + zone - 25);
        }
        String cm = header.get("中央经线");
        if (cm != null && cm.replaceAll("[^0-9.]", "").length() > 0) {
            int c = (int) Math.round(Double.parseDouble(cm.replaceAll("[^0-9.]", "")));
            return six ? "EPSG:" + (4502 + (c - 75) / 6) : "EPSG:" + (4534 + (c - 75) / 3);
        }
        String zone = header.get("带号");
        if (zone != null && zone.matches("\\d+")) {
            int z = Integer.parseInt(zone);
            int c = six ? z * 6 - 3 : z * 3;
            return six ? "EPSG:" + (4502 + (c - 75) / 6) : "EPSG:" + (4534 + (c - 75) / 3);
        }
        return null;
    }
}
