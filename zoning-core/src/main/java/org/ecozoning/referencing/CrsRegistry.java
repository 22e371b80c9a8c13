package org.ecozoning.referencing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;

/**
 * The CRSs ecozoning accepts and publishes, and the parser of their names. Known: EPSG:4326 (WGS
 * 84), EPSG:4490 (CGCS2000), CRS:84, EPSG:3857 (Web Mercator) and every CGCS2000 Gauss-Krüger CRS:
 * 3° zones by central meridian (EPSG:4534–4554, CM 75°E–135°E, e.g. 4546 = CM 111°E, 4547 = CM
 * 114°E) and with zone prefix (EPSG:4513–4533, zones 25–45, e.g. 4525/4526), 6° zones by central
 * meridian (EPSG:4502–4512) and with zone prefix (EPSG:4491–4501). Anything else is refused with a
 * message listing what is supported.
 */
public final class CrsRegistry {
    private static final Map<String, Crs> BY_ID;
    private static final Pattern EPSG_SHORT = Pattern.compile("(?i)EPSG:(\\d+)");
    private static final Pattern EPSG_URN = Pattern.compile("(?i)urn:(?:x-)?ogc:def:crs:EPSG:(?:[0-9.]*:)?(\\d+)");
    private static final Pattern EPSG_URI = Pattern.compile("(?i)https?://www\\.opengis\\.net/def/crs/EPSG/[0-9.]+/(\\d+)");
    private static final Pattern EPSG_GML = Pattern.compile("(?i)https?://www\\.opengis\\.net/gml/srs/epsg\\.xml#(\\d+)");
    private static final Pattern CRS84 = Pattern.compile(
            "(?i)(CRS:84|OGC:CRS84|CRS84|urn:ogc:def:crs:OGC:[0-9.]*:CRS84|https?://www\\.opengis\\.net/def/crs/OGC/[0-9.]+/CRS84)");

    /** CGCS2000 geographic. */
    public static final Crs CGCS2000;
    /** WGS 84 geographic. */
    public static final Crs WGS84;
    /** OGC CRS84: WGS 84 with longitude first. */
    public static final Crs CRS84_LONLAT;
    /** Web Mercator. */
    public static final Crs WEB_MERCATOR;

    static {
        Map<String, Crs> m = new LinkedHashMap<>();
        put(m, geographic("EPSG:4490", 4490, "China Geodetic Coordinate System 2000 (CGCS2000)", AxisOrder.NORTH_EAST));
        put(m, geographic("EPSG:4326", 4326, "WGS 84", AxisOrder.NORTH_EAST));
        put(m, geographic("CRS:84", 0, "WGS 84 (CRS84, longitude first)", AxisOrder.EAST_NORTH));
        put(m, projected("EPSG:3857", 3857, "WGS 84 / Pseudo-Mercator", AxisOrder.EAST_NORTH,
                "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +no_defs", Double.NaN));
        for (int cm = 75, code = 4534, zone = 25; cm <= 135; cm += 3, code++, zone++) {
            put(m, gk(code, "CGCS2000 / 3-degree Gauss-Kruger CM " + cm + "E", cm, 500000));
            put(m, gk(code - 21, "CGCS2000 / 3-degree Gauss-Kruger zone " + zone, cm, zone * 1_000_000d + 500000));
        }
        for (int cm = 75, code = 4502, zone = 13; cm <= 135; cm += 6, code++, zone++) {
            put(m, gk(code, "CGCS2000 / Gauss-Kruger CM " + cm + "E", cm, 500000));
            put(m, gk(code - 11, "CGCS2000 / Gauss-Kruger zone " + zone, cm, zone * 1_000_000d + 500000));
        }
        BY_ID = Collections.unmodifiableMap(m);
        CGCS2000 = m.get("EPSG:4490");
        WGS84 = m.get("EPSG:4326");
        CRS84_LONLAT = m.get("CRS:84");
        WEB_MERCATOR = m.get("EPSG:3857");
    }

    private CrsRegistry() { }

    private static void put(Map<String, Crs> m, Crs c) { m.put(c.id(), c); }

    private static Crs geographic(String id, int epsg, String name, AxisOrder order) {
        return new Crs(id, epsg, name, CrsKind.GEOGRAPHIC, order, "+proj=longlat +ellps=GRS80 +no_defs", null, Double.NaN);
    }

    private static Crs gk(int epsg, String name, int cm, double falseEasting) {
        String p = "+proj=tmerc +lat_0=0 +lon_0=" + cm + " +k=1 +x_0=" + (long) falseEasting + " +y_0=0 +ellps=GRS80 +units=m +no_defs";
        return projected("EPSG:" + epsg, epsg, name, AxisOrder.NORTH_EAST, p, cm);
    }

    private static Crs projected(String id, int epsg, String name, AxisOrder order, String proj4, double cm) {
        CoordinateReferenceSystem c = new CRSFactory().createFromParameters(id, proj4);
        return new Crs(id, epsg, name, CrsKind.PROJECTED, order, proj4, c.getProjection(), cm);
    }

    /** The CRS with this EPSG code, or a {@link CrsException}. */
    public static Crs epsg(int code) {
        Crs c = BY_ID.get("EPSG:" + code);
        if (c == null) throw unknown("EPSG:" + code);
        return c;
    }

    /** Every known CRS. */
    public static List<Crs> all() { return new ArrayList<>(BY_ID.values()); }

    /** The CRS named by any accepted form (see {@link #resolve}). */
    public static Crs get(String identifier) { return resolve(identifier).crs(); }

    /**
     * Parses {@code EPSG:n}, {@code urn:ogc:def:crs:EPSG::n}, {@code http://www.opengis.net/def/crs/EPSG/0/n},
     * {@code http://www.opengis.net/gml/srs/epsg.xml#n}, a bare number, and the CRS84 forms, and says
     * which axis order that form implies.
     */
    public static ResolvedCrs resolve(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            throw new CrsException("UNKNOWN_CRS", "未指定坐标参照系", "no coordinate reference system given");
        }
        String s = identifier.trim();
        if (CRS84.matcher(s).matches()) return new ResolvedCrs(CRS84_LONLAT, AxisOrder.EAST_NORTH, identifier);
        Matcher m;
        if ((m = EPSG_URN.matcher(s)).matches() || (m = EPSG_URI.matcher(s)).matches()) {
            Crs c = byCode(m.group(1), identifier);
            return new ResolvedCrs(c, c.authorityAxisOrder(), identifier);
        }
        if ((m = EPSG_SHORT.matcher(s)).matches() || (m = EPSG_GML.matcher(s)).matches()) {
            return new ResolvedCrs(byCode(m.group(1), identifier), AxisOrder.EAST_NORTH, identifier);
        }
        if (s.matches("\\d{4,6}")) return new ResolvedCrs(byCode(s, identifier), AxisOrder.EAST_NORTH, identifier);
        throw unknown(identifier);
    }

    private static Crs byCode(String digits, String asGiven) {
        Crs c = BY_ID.get("EPSG:" + Integer.parseInt(digits));
        if (c == null) throw unknown(asGiven);
        return c;
    }

    private static CrsException unknown(String id) {
        String supported = "EPSG:4490, EPSG:4326, CRS:84, EPSG:3857, EPSG:4491–4554 (CGCS2000 Gauss-Krüger)";
        return new CrsException("UNKNOWN_CRS",
                "不支持的坐标参照系「" + id + "」，支持：" + supported,
                "unsupported coordinate reference system \"" + id + "\"; supported: " + supported);
    }

    /** Whether the identifier names a CRS this registry knows. */
    public static boolean isKnown(String identifier) {
        try {
            resolve(identifier);
            return true;
        } catch (CrsException e) {
            return false;
        }
    }
}
