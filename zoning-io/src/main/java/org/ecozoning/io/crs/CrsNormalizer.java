package org.ecozoning.io.crs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.io.qa.QaIssue;
import org.ecozoning.io.source.SourceFeature;
import org.ecozoning.io.source.SourceLayer;
import org.ecozoning.referencing.CrsRegistry;
import org.ecozoning.referencing.CrsTransformer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Brings a layer's geometries to EPSG:4490 (longitude, latitude) and checks that the coordinates
 * fit what the source declares: metres where degrees are declared (or nothing is), degrees where a
 * projection is declared, latitude and longitude swapped. Such mismatches are errors
 * (WRONG_CRS_SUSPECTED) that name the CRS the numbers look like; a missing or unknown declaration
 * over plausible degrees is a warning.
 */
public final class CrsNormalizer {
    /** What a layer's coordinates look like. */
    enum Shape { DEGREES, SWAPPED_DEGREES, METRES, UNKNOWN, EMPTY }

    /**
     * Transforms the layer in place (its features' geometries are replaced) and returns the issues.
     */
    public List<QaIssue> normalize(SourceLayer layer) {
        String prjText = layer.crsText();
        List<QaIssue> issues = new ArrayList<>();
        Envelope env = new Envelope();
        for (SourceFeature f : layer.features()) {
            if (f.geometry() != null && !f.geometry().isEmpty()) env.expandToInclude(f.geometry().getEnvelopeInternal());
        }
        Shape shape = shape(env);
        if (shape == Shape.EMPTY) return issues;
        SupportedCrs declared = SupportedCrs.ofEpsg(layer.declaredEpsg());
        String envText = String.format(Locale.ROOT, "[%.3f, %.3f, %.3f, %.3f]", env.getMinX(), env.getMinY(), env.getMaxX(), env.getMaxY());
        if (declared != null && declared.projected()) {
            if (shape == Shape.DEGREES || shape == Shape.SWAPPED_DEGREES) {
                issues.add(error("声明的坐标系为投影坐标 EPSG:" + declared.epsg() + "，但坐标值像经纬度（范围 " + envText + "），请检查 .prj",
                        "declared CRS is projected EPSG:" + declared.epsg() + " but the coordinates look like degrees (extent "
                                + envText + "); check the .prj", layer));
                return issues;
            }
            transform(layer, declared);
            Envelope after = new Envelope();
            for (SourceFeature f : layer.features()) {
                if (f.geometry() != null && !f.geometry().isEmpty()) after.expandToInclude(f.geometry().getEnvelopeInternal());
            }
            if (shape(after) != Shape.DEGREES) {
                issues.add(error("按声明的 EPSG:" + declared.epsg() + " 转换后坐标不在中国范围内（原始范围 " + envText + "），坐标系可能声明错误",
                        "after transforming from the declared EPSG:" + declared.epsg() + " the coordinates are not in China (source extent "
                                + envText + "); the declared CRS is probably wrong", layer));
            }
            return issues;
        }
        // Declared geographic, unknown or undeclared: the numbers must be degrees, longitude first.
        switch (shape) {
            case METRES -> {
                String[] guess = guessProjected(env);
                String g = guess == null ? "" : "，疑似 " + guess[0];
                String gEn = guess == null ? "" : "; they look like " + guess[1];
                String what = layer.crsDeclared() ? (declared != null ? "声明为地理坐标 EPSG:" + declared.epsg() : "坐标系无法识别")
                        : "没有 .prj 坐标系声明";
                String whatEn = layer.crsDeclared() ? (declared != null ? "declared geographic EPSG:" + declared.epsg() : "the CRS is not recognised")
                        : "no .prj declares a CRS";
                issues.add(error(what + "，但坐标值以米为单位（范围 " + envText + "）" + g + "。请提供正确的 .prj 或转换为 CGCS2000 经纬度",
                        whatEn + ", but the coordinates are in metres (extent " + envText + ")" + gEn
                                + ". Supply the right .prj or convert to CGCS2000 longitude/latitude", layer));
                return issues;
            }
            case SWAPPED_DEGREES -> {
                issues.add(error("坐标疑似经纬度顺序颠倒（范围 " + envText + "），应为经度在前",
                        "latitude and longitude look swapped (extent " + envText + "); longitude must come first", layer));
                return issues;
            }
            case UNKNOWN -> {
                issues.add(error("坐标值既不像经纬度也不像山西的高斯-克吕格投影坐标（范围 " + envText + "）",
                        "coordinates look neither like degrees nor like Gauss-Kruger metres for Shanxi (extent " + envText + ")", layer));
                return issues;
            }
            default -> { }
        }
        if (!layer.crsDeclared()) {
            issues.add(QaIssue.warning(IssueCode.MISSING_PRJ, "未声明坐标系，按 CGCS2000 经纬度（EPSG:4490）读取",
                    "no CRS declared; read as CGCS2000 longitude/latitude (EPSG:4490)").withFile(layer.file()));
        } else if (declared == null) {
            String p = prjText == null ? "" : " " + abbreviate(prjText);
            issues.add(QaIssue.warning(IssueCode.UNKNOWN_CRS, "坐标系无法识别，坐标值像经纬度，按 CGCS2000（EPSG:4490）读取：" + p,
                    "CRS not recognised; the coordinates look like degrees and are read as CGCS2000 (EPSG:4490):" + p).withFile(layer.file()));
        }
        return issues;
    }

    private static QaIssue error(String zh, String en, SourceLayer layer) {
        return QaIssue.error(IssueCode.WRONG_CRS_SUSPECTED, zh, en).withFile(layer.file());
    }

    private static String abbreviate(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > 120 ? t.substring(0, 120) + "…" : t;
    }

    static Shape shape(Envelope e) {
        if (e.isNull()) return Shape.EMPTY;
        if (inside(e, 70, 140, 0, 60)) return Shape.DEGREES;
        if (inside(e, 0, 60, 70, 140)) return Shape.SWAPPED_DEGREES;
        boolean metres = e.getMinY() > 1_000_000 && e.getMaxY() < 6_500_000
                && (inside(e, 0, 1_000_000, -1e12, 1e12) || inside(e, 13_000_000, 46_000_000, -1e12, 1e12));
        return metres ? Shape.METRES : Shape.UNKNOWN;
    }

    private static boolean inside(Envelope e, double x0, double x1, double y0, double y1) {
        return e.getMinX() >= x0 && e.getMaxX() <= x1 && e.getMinY() >= y0 && e.getMaxY() <= y1;
    }

    /** What projection metre coordinates of this extent are probably in ({zh, en}), or null. */
    static String[] guessProjected(Envelope e) {
        double x = e.centre().x;
        for (SupportedCrs c : new SupportedCrs[] {SupportedCrs.CGCS2000_GK_ZONE37, SupportedCrs.CGCS2000_GK_ZONE38}) {
            double zone = Math.floor(c.falseEasting() / 1_000_000);
            if (x >= zone * 1_000_000 && x < (zone + 1) * 1_000_000) {
                return new String[] {"EPSG:" + c.epsg() + "（" + c.title() + "）", "EPSG:" + c.epsg() + " (" + c.title() + ")"};
            }
        }
        if (x > 0 && x < 1_000_000) {
            // Without the zone number the eastings of the 111E and 114E zones overlap: name both.
            return new String[] {"不带带号的 CGCS2000 3 度带高斯-克吕格投影（EPSG:4546 中央经线 111°E 或 EPSG:4547 中央经线 114°E）",
                    "CGCS2000 3-degree Gauss-Kruger without zone number (EPSG:4546, CM 111E, or EPSG:4547, CM 114E)"};
        }
        return null;
    }

    /** Replaces each feature's geometry by its transform from {@code from} to EPSG:4490. */
    static void transform(SourceLayer layer, SupportedCrs from) {
        CrsTransformer t = CrsTransformer.of(from.crs(), CrsRegistry.CGCS2000);
        List<SourceFeature> fs = layer.features();
        for (int i = 0; i < fs.size(); i++) {
            SourceFeature f = fs.get(i);
            if (f.geometry() == null) continue;
            fs.set(i, new SourceFeature(f.index(), f.id(), f.attributes(), copyTransformed(t, f.geometry())));
        }
    }

    /** Transforms projected coordinates of one geometry to EPSG:4490 (for tests and tools). */
    public static Geometry toCgcs2000(Geometry g, SupportedCrs from) {
        return copyTransformed(CrsTransformer.of(from.crs(), CrsRegistry.CGCS2000), g);
    }

    /** Transforms EPSG:4490 coordinates of one geometry to a supported projection (for tests and tools). */
    public static Geometry fromCgcs2000(Geometry g, SupportedCrs to) {
        return copyTransformed(CrsTransformer.of(CrsRegistry.CGCS2000, to.crs()), g);
    }

    /** Always a fresh copy (callers own the result), even when the transformation is the identity. */
    private static Geometry copyTransformed(CrsTransformer t, Geometry g) {
        return t.isIdentity() ? g.copy() : t.transform(g);
    }
}
