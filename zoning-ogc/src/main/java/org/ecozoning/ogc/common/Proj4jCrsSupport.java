package org.ecozoning.ogc.common;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecozoning.referencing.AxisOrder;
import org.ecozoning.referencing.CrsRegistry;
import org.ecozoning.referencing.CrsTransformer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * {@link CrsSupport} over the core referencing module ({@link CrsRegistry}, {@link CrsTransformer},
 * which hold the proj4j plumbing). Adds what the OGC services need on top: the OGC name forms and
 * their axis order, and a fixed list of offered EPSG codes (default: 4490, 4326, 3857, 4546, 4547).
 */
public final class Proj4jCrsSupport implements CrsSupport {
    private static final Pattern URN = Pattern.compile("urn:(?:x-)?ogc:def:crs:epsg:(?:[0-9.]*:)?(\\d+)");
    private static final Pattern HTTP_DEF = Pattern.compile("https?://www\\.opengis\\.net/def/crs/epsg/[0-9.]+/(\\d+)");
    private static final Pattern LEGACY = Pattern.compile("(?:epsg:(\\d+)|https?://www\\.opengis\\.net/gml/srs/epsg\\.xml#(\\d+))");
    private static final List<String> CRS84 = List.of("crs:84", "crs84", "urn:ogc:def:crs:ogc:1.3:crs84", "urn:ogc:def:crs:ogc::crs84",
            "urn:ogc:def:crs:ogc:2:84", "http://www.opengis.net/def/crs/ogc/1.3/crs84", "https://www.opengis.net/def/crs/ogc/1.3/crs84");

    private final List<Integer> supported;

    public Proj4jCrsSupport() { this(List.of(4490, 4326, 3857, 4546, 4547)); }

    /** @param supported EPSG codes to offer, the storage CRS 4490 first by convention */
    public Proj4jCrsSupport(List<Integer> supported) {
        this.supported = List.copyOf(supported);
        for (int code : this.supported) system(code); // fail fast on a code the registry does not know
    }

    @Override public List<Integer> supportedEpsg() { return supported; }

    @Override
    public Crs parse(String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("empty CRS name");
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (CRS84.contains(n)) return new Crs(name.trim(), 4326, false, true);
        Matcher m;
        if ((m = URN.matcher(n)).matches() || (m = HTTP_DEF.matcher(n)).matches()) {
            int code = code(m.group(1), name);
            return new Crs(name.trim(), code, epsgNorthingFirst(code), geographic(code));
        }
        if ((m = LEGACY.matcher(n)).matches()) {
            int code = code(m.group(1) != null ? m.group(1) : m.group(2), name);
            return new Crs(name.trim(), code, false, geographic(code));
        }
        throw new IllegalArgumentException("unrecognised CRS name: " + name);
    }

    private int code(String digits, String name) {
        int code;
        try {
            code = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad EPSG code in " + name);
        }
        if (!supported.contains(code)) throw new IllegalArgumentException("CRS not supported: " + name);
        return code;
    }

    /** EPSG axis order: latitude first for geographic 2D CRSs, northing first for CGCS2000 Gauss-Krüger (EPSG:4491–4554). */
    private static boolean epsgNorthingFirst(int code) {
        return system(code).authorityAxisOrder() == AxisOrder.NORTH_EAST;
    }

    private static boolean geographic(int code) { return system(code).isGeographic(); }

    private static org.ecozoning.referencing.Crs system(int code) { return CrsRegistry.epsg(code); }

    private static CrsTransformer transformer(int from, int to) { return CrsTransformer.of(system(from), system(to)); }

    @Override
    public Geometry fromStorage(Geometry g, Crs target) { return transform(g, Crs.STORAGE.epsg(), target.epsg()); }

    @Override
    public Geometry toStorage(Geometry g, Crs source) { return transform(g, source.epsg(), Crs.STORAGE.epsg()); }

    @Override
    public Envelope toStorage(Envelope e, Crs source) { return envelope(e, source.epsg(), Crs.STORAGE.epsg()); }

    @Override
    public Envelope fromStorage(Envelope e, Crs target) { return envelope(e, Crs.STORAGE.epsg(), target.epsg()); }

    private Envelope envelope(Envelope e, int from, int to) {
        if (from == to || e.isNull()) return new Envelope(e);
        // densified outline, so curved edges of the box in the target are covered
        GeometryFactory gf = new GeometryFactory();
        Geometry outline = org.locationtech.jts.densify.Densifier.densify(gf.toGeometry(e),
                Math.max(e.getWidth(), e.getHeight()) / 16.0);
        return transform(outline, from, to).getEnvelopeInternal();
    }

    private Geometry transform(Geometry g, int from, int to) {
        if (g == null) return null;
        return transformer(from, to).transform(g);
    }

    /**
     * Array transform for rendering: identity between the geographic CRSs (4490/4326/CRS84), the
     * closed-form spherical formulas between them and Web Mercator (EPSG:3857 projects lon/lat on
     * the sphere without a datum shift, as its definition requires), {@link CrsTransformer}
     * otherwise. Points that cannot be projected come out as NaN.
     */
    @Override
    public CoordinateArrayTransform arrayTransform(int from, int to) {
        for (int code : new int[] {from, to}) {
            if (!supported.contains(code)) throw new IllegalArgumentException("CRS not supported: EPSG:" + code);
        }
        if (transformer(from, to).isIdentity()) return CoordinateArrayTransform.IDENTITY;
        if (geographic(from) && to == WEB_MERCATOR) return Proj4jCrsSupport::toWebMercator;
        if (from == WEB_MERCATOR && geographic(to)) return Proj4jCrsSupport::fromWebMercator;
        return transformer(from, to)::transformInPlace;
    }

    private static final int WEB_MERCATOR = 3857;
    private static final double EARTH_RADIUS = 6378137;
    private static final double MAX_MERCATOR_LAT = 89.9;

    private static void toWebMercator(double[] xy, int count) {
        for (int i = 0, k = 0; i < count; i++, k += 2) {
            double lat = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, xy[k + 1]));
            xy[k] = Math.toRadians(xy[k]) * EARTH_RADIUS;
            xy[k + 1] = Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2)) * EARTH_RADIUS;
        }
    }

    private static void fromWebMercator(double[] xy, int count) {
        for (int i = 0, k = 0; i < count; i++, k += 2) {
            xy[k] = Math.toDegrees(xy[k] / EARTH_RADIUS);
            xy[k + 1] = Math.toDegrees(2 * Math.atan(Math.exp(xy[k + 1] / EARTH_RADIUS)) - Math.PI / 2);
        }
    }
}
