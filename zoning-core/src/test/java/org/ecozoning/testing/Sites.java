package org.ecozoning.testing;

import org.ecozoning.compliance.ProjectInput;
import org.ecozoning.referencing.CrsRegistry;
import org.ecozoning.referencing.CrsTransformer;
import org.ecozoning.referencing.GaussKruger;
import org.ecozoning.rules.ProjectNature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.densify.Densifier;

/** Test sites: points, squares of a given size on the ground, metre offsets in lon/lat. */
public final class Sites {
    private Sites() { }

    public static Point point(double lon, double lat) { return TestScheme.GF.createPoint(new Coordinate(lon, lat)); }

    /** A point {@code metres} east of (lon, lat), computed in the Gauss-Krüger zone of lon. */
    public static Point eastOf(double lon, double lat, double metres) {
        var gk = GaussKruger.zoneFor(lon);
        double[] p = CrsTransformer.of(CrsRegistry.CGCS2000, gk).transform(lon, lat);
        double[] q = CrsTransformer.of(gk, CrsRegistry.CGCS2000).transform(p[0] + metres, p[1]);
        return point(q[0], q[1]);
    }

    /**
     * A square of {@code side} metres centred on (lon, lat), built in the Gauss-Krüger zone of lon
     * with edges densified every 50 m, returned in EPSG:4490.
     */
    public static Geometry square(double lon, double lat, double side) {
        var gk = GaussKruger.zoneFor(lon);
        return CrsTransformer.of(gk, CrsRegistry.CGCS2000).transform(squareIn(gk.id(), lon, lat, side));
    }

    /** The same square, expressed in the GK zone of lon (metres). */
    public static Geometry squareIn(String gkId, double lon, double lat, double side) {
        var gk = CrsRegistry.get(gkId);
        double[] c = CrsTransformer.of(CrsRegistry.CGCS2000, gk).transform(lon, lat);
        double h = side / 2;
        Polygon sq = TestScheme.GF.createPolygon(new Coordinate[] {
                new Coordinate(c[0] - h, c[1] - h), new Coordinate(c[0] + h, c[1] - h), new Coordinate(c[0] + h, c[1] + h),
                new Coordinate(c[0] - h, c[1] + h), new Coordinate(c[0] - h, c[1] - h)});
        return Densifier.densify(sq, 50);
    }

    public static ProjectInput.Builder at(Geometry g, String industry, ProjectNature nature) {
        return ProjectInput.builder().geometry(g).crs("EPSG:4490").industry(industry).nature(nature);
    }

    public static ProjectInput input(double lon, double lat, String industry, ProjectNature nature) {
        return at(point(lon, lat), industry, nature).build();
    }
}
