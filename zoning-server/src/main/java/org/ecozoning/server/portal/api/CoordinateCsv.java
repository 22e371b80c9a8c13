package org.ecozoning.server.portal.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecozoning.ogc.common.ProblemException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads a CSV of coordinates: one vertex per line, in the order of the outline. An optional header
 * names the columns ({@code lon/lng/经度/x/east/E} and {@code lat/纬度/y/north/N}); without one the
 * first two numeric fields are taken as x (longitude or easting) then y (latitude or northing), so a
 * leading point-name column is skipped. One vertex gives a point, two a line, three or more a
 * polygon (closed if needed).
 */
final class CoordinateCsv {
    private CoordinateCsv() {
    }

    static List<Geometry> parse(String text, GeometryFactory gf) {
        int xi = -1;
        int yi = -1;
        List<Coordinate> cs = new ArrayList<>();
        int lineNo = 0;
        for (String raw : text.split("\\R")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("\\s*[,，;\\t]\\s*");
            if (cs.isEmpty() && xi < 0 && !isNumber(f[f.length - 1])) {
                for (int i = 0; i < f.length; i++) {
                    String h = f[i].toLowerCase(Locale.ROOT).replace("\"", "");
                    if (h.matches("lon|lng|longitude|经度|x|east|easting|e")) xi = i;
                    if (h.matches("lat|latitude|纬度|y|north|northing|n")) yi = i;
                }
                if (xi < 0 || yi < 0) {
                    throw ProblemException.badRequest("无法识别 CSV 表头（需要 经度/lon/x 与 纬度/lat/y 列）：" + line,
                            "unrecognised CSV header (need lon/x and lat/y columns): " + line);
                }
                continue;
            }
            double x;
            double y;
            if (xi >= 0) {
                if (f.length <= Math.max(xi, yi) || !isNumber(f[xi]) || !isNumber(f[yi])) throw bad(lineNo, line);
                x = Double.parseDouble(f[xi]);
                y = Double.parseDouble(f[yi]);
            } else {
                List<Double> nums = new ArrayList<>();
                for (String s : f) if (isNumber(s)) nums.add(Double.parseDouble(s));
                if (nums.size() < 2) throw bad(lineNo, line);
                x = nums.get(nums.size() >= 3 && !isNumber(f[0]) ? 0 : 0);
                y = nums.get(1);
            }
            cs.add(new Coordinate(x, y));
        }
        if (cs.isEmpty()) throw ProblemException.badRequest("CSV 中没有坐标", "the CSV holds no coordinates");
        if (cs.size() == 1) return List.of(gf.createPoint(cs.get(0)));
        if (cs.size() == 2) return List.of(gf.createLineString(cs.toArray(Coordinate[]::new)));
        if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) cs.add(new Coordinate(cs.get(0)));
        if (cs.size() < 4) return List.of(gf.createLineString(cs.subList(0, 2).toArray(Coordinate[]::new)));
        return List.of(gf.createPolygon(cs.toArray(Coordinate[]::new)));
    }

    private static ProblemException bad(int lineNo, String line) {
        return ProblemException.badRequest("第 " + lineNo + " 行没有两个坐标数值：" + line, "line " + lineNo + " has no two coordinate numbers: " + line);
    }

    private static boolean isNumber(String s) {
        return s.strip().matches("[-+]?\\d+(\\.\\d*)?([eE][-+]?\\d+)?");
    }
}
