package org.ecozoning.ogc.processes;

import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.model.ZoningException;
import org.ecozoning.referencing.AxisSwap;
import org.ecozoning.referencing.CrsRegistry;
import org.ecozoning.referencing.CrsTransformer;
import org.ecozoning.referencing.ResolvedCrs;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Brings a client geometry into CGCS2000 longitude/latitude (the storage CRS of units and zones):
 * resolves the CRS name, applies its axis order, and — for an assessed site — the swap and repair
 * the engine reported, so drawn overlaps match what was judged.
 */
public final class SiteGeometry {
    private SiteGeometry() { }

    /** The geometry in EPSG:4490 lon/lat. */
    public static Geometry geographic(Geometry g, String crs, String locator) {
        try {
            ResolvedCrs rc = CrsRegistry.resolve(crs == null || crs.isBlank() ? "EPSG:4490" : crs);
            Geometry xy = rc.needsSwap() ? AxisSwap.swapXY(g) : g;
            return CrsTransformer.of(rc.crs(), CrsRegistry.CGCS2000).transform(xy);
        } catch (ZoningException e) {
            throw ProcessException.of(e, locator);
        }
    }

    /** The assessed site in EPSG:4490 as the engine saw it (swapped and repaired as its report says). */
    public static Geometry assessed(Geometry g, String crs, AssessmentReport r) {
        ResolvedCrs rc = CrsRegistry.resolve(r.input().crs());
        Geometry xy = rc.needsSwap() ? AxisSwap.swapXY(g) : g;
        if (r.input().axesSwapped()) xy = AxisSwap.swapXY(xy);
        Geometry geo = CrsTransformer.of(rc.crs(), CrsRegistry.CGCS2000).transform(xy);
        if (r.input().repaired()) geo = GeometryFixer.fix(geo);
        return geo;
    }
}
