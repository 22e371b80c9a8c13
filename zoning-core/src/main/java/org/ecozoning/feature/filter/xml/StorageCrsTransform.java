package org.ecozoning.feature.filter.xml;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Brings coordinates of a GML literal into the storage CRS (EPSG:4490, longitude first), in place,
 * so that filters are always expressed the way sources store geometries. The default swaps
 * north-first axes and reprojects other EPSG codes with proj4j; WGS 84 and CGCS2000 are treated as
 * the same datum (they differ by centimetres).
 */
@FunctionalInterface
public interface StorageCrsTransform {
    /**
     * @param xy interleaved coordinates as written in the document (x0, y0, x1, y1, …)
     * @param count the number of coordinate pairs
     * @param srs the literal's CRS, or null when the document names none (taken as the storage CRS)
     * @param line the source line for error messages
     */
    void toStorage(double[] xy, int count, SrsName srs, int line);

    /** Axis swap plus proj4j reprojection. */
    StorageCrsTransform DEFAULT = new StorageCrsTransform() {
        private final Map<Integer, CoordinateTransform> transforms = new ConcurrentHashMap<>();

        @Override
        public void toStorage(double[] xy, int count, SrsName srs, int line) {
            if (srs == null) return;
            if (srs.northFirst()) {
                for (int i = 0; i < count; i++) {
                    double t = xy[2 * i];
                    xy[2 * i] = xy[2 * i + 1];
                    xy[2 * i + 1] = t;
                }
            }
            if (srs.epsg() == 4326 || srs.epsg() == 4490) return;
            CoordinateTransform t = transforms.computeIfAbsent(srs.epsg(), code -> create(code, line));
            ProjCoordinate in = new ProjCoordinate(), out = new ProjCoordinate();
            for (int i = 0; i < count; i++) {
                in.x = xy[2 * i];
                in.y = xy[2 * i + 1];
                t.transform(in, out);
                xy[2 * i] = out.x;
                xy[2 * i + 1] = out.y;
            }
        }

        private CoordinateTransform create(int code, int line) {
            try {
                CRSFactory f = new CRSFactory();
                return new CoordinateTransformFactory().createTransform(
                        f.createFromName("EPSG:" + code), f.createFromName("EPSG:4490"));
            } catch (Proj4jException e) {
                throw new XmlParseException(line, "不支持的坐标参考系 EPSG:" + code, "unsupported CRS EPSG:" + code, e);
            }
        }
    };
}
