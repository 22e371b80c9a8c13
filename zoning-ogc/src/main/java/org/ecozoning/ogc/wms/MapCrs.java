package org.ecozoning.ogc.wms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecozoning.ogc.common.CoordinateArrayTransform;
import org.ecozoning.ogc.common.Crs;
import org.ecozoning.ogc.common.CrsSupport;
import org.locationtech.jts.geom.Envelope;

/**
 * The CRS of a map as a WMS client named it, with the axis-order rule of the request's version:
 * in WMS 1.3.0 a BBOX follows the CRS's own axis order (EPSG:4326 and EPSG:4490 latitude first,
 * the CGCS2000 Gauss-Krüger CRSs northing first, CRS:84 and EPSG:3857 easting first); in WMS
 * 1.1.1 it is always x = easting/longitude. Internally envelopes are always x east, y north.
 *
 * @param name the name as sent (echoed in outputs)
 * @param epsg the EPSG code (CRS:84 is 4326)
 * @param geographic whether map units are degrees
 * @param swapAxes whether the BBOX (and capabilities BoundingBox) is written northing first
 * @param crs the shared CRS object (legacy x/y axis order), for GML output and envelope reprojection
 */
record MapCrs(String name, int epsg, boolean geographic, boolean swapAxes, Crs crs) {
    static final String CRS84 = "CRS:84";

    /**
     * @throws WmsException InvalidCRS (1.3.0) or InvalidSRS (1.1.1) when the CRS is not offered
     */
    static MapCrs resolve(String name, WmsVersion version, CrsSupport support) {
        String n = name.trim();
        Crs crs;
        try {
            crs = support.parse(n);
        } catch (IllegalArgumentException e) {
            throw WmsException.of(version.invalidCrsCode, version.crsParam, "不支持的坐标参照系 " + n + "（可用：" + String.join("、", advertised(version, support)) + "）",
                    "CRS not offered: " + n + " (offered: " + String.join(", ", advertised(version, support)) + ")");
        }
        boolean swap = false;
        if (version == WmsVersion.V1_3_0 && !n.toUpperCase(Locale.ROOT).contains("CRS84") && !n.equalsIgnoreCase(CRS84)) {
            // EPSG:n in WMS 1.3.0 means the EPSG axis order, which the URN form of the shared parser gives
            swap = n.toUpperCase(Locale.ROOT).startsWith("EPSG:") ? support.parse(Crs.urn(crs.epsg())).northingFirst() : crs.northingFirst();
        }
        Crs plain = new Crs(n, crs.epsg(), false, crs.geographic());
        return new MapCrs(n, crs.epsg(), crs.geographic(), swap, plain);
    }

    /** The CRS names a version advertises: CRS:84 first in 1.3.0, then EPSG:n for every offered code. */
    static List<String> advertised(WmsVersion version, CrsSupport support) {
        List<String> out = new ArrayList<>();
        if (version == WmsVersion.V1_3_0) out.add(CRS84);
        for (int code : support.supportedEpsg()) out.add("EPSG:" + code);
        return out;
    }

    /** A BBOX as sent ({@code minx,miny,maxx,maxy} in this CRS's request axis order) as an x-east envelope. */
    Envelope envelope(double a, double b, double c, double d) {
        return swapAxes ? new Envelope(b, d, a, c) : new Envelope(a, c, b, d);
    }

    /** An x-east envelope as {minx, miny, maxx, maxy} in this CRS's request axis order. */
    double[] ordinates(Envelope e) {
        return swapAxes ? new double[] {e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX()}
                : new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
    }

    /** Storage (lon/lat) → map coordinates; identity for geographic CRSs. One per request (scratch state). */
    CoordinateArrayTransform forward(CrsSupport support) {
        return geographic ? CoordinateArrayTransform.IDENTITY : support.arrayTransform(Crs.STORAGE.epsg(), epsg);
    }

    /** Map → storage (lon/lat) coordinates. */
    CoordinateArrayTransform inverse(CrsSupport support) {
        return geographic ? CoordinateArrayTransform.IDENTITY : support.arrayTransform(epsg, Crs.STORAGE.epsg());
    }
}
