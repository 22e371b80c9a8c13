package org.ecozoning.io.shp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ecozoning.io.ImportException;
import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.io.qa.QaIssue;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the geometries of a .shp file (ESRI Shapefile Technical Description, 1998): Point,
 * MultiPoint, PolyLine and Polygon, with their Z and M variants read as 2D. Polygon rings are
 * assembled by orientation (clockwise shells, counter-clockwise holes, each hole given to the
 * smallest shell that contains it; a hole in no shell becomes a shell, as GDAL does). A file that is
 * shorter than its header says, or a record that runs past the end, is reported with the record
 * number and byte offset.
 */
public final class ShpReader {
    private final GeometryFactory factory;

    public ShpReader(GeometryFactory factory) { this.factory = factory; }

    /** Header facts of a .shp file. */
    public record Header(ShapeType type, long declaredBytes) { }

    /** Reads and checks the 100-byte header. */
    public static Header header(ByteBuffer buf, String file) {
        if (buf.limit() < 100) {
            throw ImportException.malformed(file, ".shp 文件不足 100 字节的文件头，文件不完整（上传中断？）",
                    ".shp file is shorter than its 100-byte header: incomplete (interrupted upload?)");
        }
        buf.order(ByteOrder.BIG_ENDIAN);
        int fileCode = buf.getInt(0);
        if (fileCode != 9994) {
            throw ImportException.malformed(file, ".shp 文件头标识错误（" + fileCode + "，应为 9994），不是 Shapefile",
                    ".shp header file code is " + fileCode + ", not 9994: not a shapefile");
        }
        long declared = (buf.getInt(24) & 0xFFFFFFFFL) * 2;
        buf.order(ByteOrder.LITTLE_ENDIAN);
        int version = buf.getInt(28);
        int typeCode = buf.getInt(32);
        ShapeType type = ShapeType.of(typeCode);
        if (version != 1000 || type == null) {
            throw ImportException.malformed(file, ".shp 文件头版本或几何类型无效（版本 " + version + "，类型 " + typeCode + "）",
                    ".shp header has an invalid version or shape type (version " + version + ", type " + typeCode + ")");
        }
        if (declared > buf.limit()) {
            throw ImportException.malformed(file, ".shp 文件被截断：文件头声明 " + declared + " 字节，实际只有 " + buf.limit()
                            + " 字节（上传中断？）",
                    ".shp file is truncated: header declares " + declared + " bytes but the file has " + buf.limit()
                            + " (interrupted upload?)");
        }
        return new Header(type, declared);
    }

    /**
     * Reads all records. The returned list has one entry per record (null for Null shapes);
     * ring-level problems go to {@code issues} with the record index.
     */
    public List<Geometry> read(ByteBuffer buf, String file, List<QaIssue> issues) {
        Header h = header(buf, file);
        if (h.type() == ShapeType.MULTIPATCH) {
            throw new ImportException(QaIssue.error(IssueCode.UNSUPPORTED_GEOMETRY, "不支持 MultiPatch 类型的 Shapefile",
                    "MultiPatch shapefiles are not supported").withFile(file));
        }
        List<Geometry> out = new ArrayList<>();
        long end = Math.min(h.declaredBytes(), buf.limit());
        int pos = 100;
        int index = 0;
        while (pos < end) {
            if (pos + 8 > end) throw truncated(file, index, pos);
            buf.order(ByteOrder.BIG_ENDIAN);
            int contentBytes = buf.getInt(pos + 4) * 2;
            if (contentBytes < 4 || pos + 8L + contentBytes > end) throw truncated(file, index, pos);
            ByteBuffer rec = buf.slice(pos + 8, contentBytes).order(ByteOrder.LITTLE_ENDIAN);
            try {
                out.add(record(rec, file, index, issues));
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ImportException(QaIssue.error(IssueCode.MALFORMED_FILE,
                        "第 " + (index + 1) + " 条记录的几何数据损坏（字节偏移 " + pos + "）：" + e.getMessage(),
                        "geometry of record " + (index + 1) + " is corrupt (byte offset " + pos + "): " + e.getMessage())
                        .withFile(file).withFeature(index, null), e);
            }
            pos += 8 + contentBytes;
            index++;
        }
        return out;
    }

    private static ImportException truncated(String file, int index, int pos) {
        return new ImportException(QaIssue.error(IssueCode.MALFORMED_FILE,
                ".shp 文件被截断：第 " + (index + 1) + " 条记录在字节偏移 " + pos + " 处不完整（上传中断？）",
                ".shp file is truncated: record " + (index + 1) + " at byte offset " + pos + " is incomplete (interrupted upload?)")
                .withFile(file).withFeature(index, null));
    }

    private Geometry record(ByteBuffer r, String file, int index, List<QaIssue> issues) {
        int code = r.getInt(0);
        ShapeType t = ShapeType.of(code);
        if (t == null || t == ShapeType.MULTIPATCH) {
            throw new IllegalArgumentException("unsupported shape type " + code);
        }
        return switch (t.base()) {
            case 0 -> null;
            case 1 -> factory.createPoint(new Coordinate(r.getDouble(4), r.getDouble(12)));
            case 8 -> {
                int n = r.getInt(36);
                check(r, 40L + 16L * n);
                Coordinate[] cs = new Coordinate[n];
                for (int i = 0; i < n; i++) cs[i] = new Coordinate(r.getDouble(40 + 16 * i), r.getDouble(48 + 16 * i));
                yield factory.createMultiPointFromCoords(cs);
            }
            case 3, 5 -> {
                int parts = r.getInt(36);
                int points = r.getInt(40);
                if (parts < 0 || points < 0) throw new IllegalArgumentException("negative part or point count");
                check(r, 44L + 4L * parts + 16L * points);
                int base = 44 + 4 * parts;
                List<Coordinate[]> rings = new ArrayList<>();
                for (int p = 0; p < parts; p++) {
                    int from = r.getInt(44 + 4 * p);
                    int to = p + 1 < parts ? r.getInt(44 + 4 * (p + 1)) : points;
                    if (from < 0 || to > points || from > to) throw new IllegalArgumentException("bad part index " + from);
                    Coordinate[] cs = new Coordinate[to - from];
                    for (int i = from; i < to; i++) cs[i - from] = new Coordinate(r.getDouble(base + 16 * i), r.getDouble(base + 16 * i + 8));
                    rings.add(cs);
                }
                yield t.base() == 3 ? lines(rings) : polygon(rings, file, index, issues);
            }
            default -> throw new IllegalArgumentException("unsupported shape type " + code);
        };
    }

    private static void check(ByteBuffer r, long need) {
        if (need > r.limit()) throw new IllegalArgumentException("record holds " + r.limit() + " bytes, needs " + need);
    }

    private Geometry lines(List<Coordinate[]> parts) {
        List<LineString> ls = new ArrayList<>();
        for (Coordinate[] cs : parts) if (cs.length >= 2) ls.add(factory.createLineString(cs));
        if (ls.size() == 1) return ls.get(0);
        return factory.createMultiLineString(ls.toArray(LineString[]::new));
    }

    private Geometry polygon(List<Coordinate[]> parts, String file, int index, List<QaIssue> issues) {
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (Coordinate[] cs : parts) {
            Coordinate[] ring = cs;
            if (ring.length > 0 && !ring[0].equals2D(ring[ring.length - 1])) {
                ring = java.util.Arrays.copyOf(ring, ring.length + 1);
                ring[ring.length - 1] = new Coordinate(ring[0]);
                issues.add(QaIssue.warning(IssueCode.INVALID_GEOMETRY, "面的环未闭合，已自动闭合",
                        "polygon ring was not closed; closed it").withFile(file).withFeature(index, null));
            }
            if (ring.length < 4) {
                issues.add(QaIssue.warning(IssueCode.INVALID_GEOMETRY, "面的环少于 4 个点，已忽略该环",
                        "polygon ring has fewer than 4 points; ring ignored").withFile(file).withFeature(index, null));
                continue;
            }
            LinearRing lr = factory.createLinearRing(ring);
            if (Orientation.isCCW(ring)) holes.add(lr); else shells.add(lr);
        }
        if (shells.isEmpty()) { // all counter-clockwise: a writer that ignored the convention; take them as shells
            shells.addAll(holes);
            holes.clear();
        }
        List<List<LinearRing>> holesOf = new ArrayList<>();
        for (int i = 0; i < shells.size(); i++) holesOf.add(new ArrayList<>());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < shells.size(); i++) order.add(i);
        order.sort(Comparator.comparingDouble(i -> shells.get(i).getEnvelopeInternal().getArea()));
        for (LinearRing hole : holes) {
            int owner = -1;
            for (int i : order) {
                LinearRing s = shells.get(i);
                if (s.getEnvelopeInternal().contains(hole.getEnvelopeInternal()) && inside(hole, s)) {
                    owner = i;
                    break;
                }
            }
            if (owner >= 0) {
                holesOf.get(owner).add(hole);
            } else {
                shells.add(hole);
                holesOf.add(new ArrayList<>());
            }
        }
        Polygon[] polys = new Polygon[shells.size()];
        for (int i = 0; i < polys.length; i++) {
            polys[i] = factory.createPolygon(shells.get(i), holesOf.get(i).toArray(LinearRing[]::new));
        }
        if (polys.length == 0) return factory.createPolygon();
        return polys.length == 1 ? polys[0] : factory.createMultiPolygon(polys);
    }

    private static boolean inside(LinearRing hole, LinearRing shell) {
        Coordinate[] shellCs = shell.getCoordinates();
        for (Coordinate c : hole.getCoordinates()) {
            if (PointLocation.isOnLine(c, shellCs)) continue;
            return PointLocation.isInRing(c, shellCs);
        }
        return true;
    }
}
