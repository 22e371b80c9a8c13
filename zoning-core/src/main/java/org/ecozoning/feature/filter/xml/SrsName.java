package org.ecozoning.feature.filter.xml;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GML {@code srsName} reduced to an EPSG code and the axis order in which coordinates are
 * written. The short forms ({@code EPSG:4326}, {@code http://www.opengis.net/gml/srs/epsg.xml#4326})
 * are read x/y (longitude first), as WFS 1.0 and GeoServer do; the URN and {@code /def/crs/} URI
 * forms follow the EPSG axis order: latitude first for geographic CRSs and northing first for the
 * CGCS2000 Gauss-Krüger CRSs (EPSG:4491–4554). CRS84 is longitude first.
 *
 * @param text the srsName as written
 * @param epsg the EPSG code (4326 for CRS84)
 * @param northFirst whether coordinates are written latitude/northing first
 */
public record SrsName(String text, int epsg, boolean northFirst) {
    private static final Pattern SHORT = Pattern.compile("(?i)^EPSG:(\\d+)$");
    private static final Pattern XML_FRAGMENT = Pattern.compile("(?i)^https?://www\\.opengis\\.net/gml/srs/epsg\\.xml#(\\d+)$");
    private static final Pattern URN = Pattern.compile("(?i)^urn:(?:x-)?ogc:def:crs:EPSG:[^:]*:(\\d+)$");
    private static final Pattern URI = Pattern.compile("(?i)^https?://www\\.opengis\\.net/def/crs/EPSG/[^/]+/(\\d+)$");
    private static final Pattern CRS84 = Pattern.compile(
            "(?i)^(CRS:84|urn:ogc:def:crs:OGC:[^:]*:CRS84|https?://www\\.opengis\\.net/def/crs/OGC/[^/]+/CRS84)$");

    /** The storage CRS of every feature source: CGCS2000 geographic, longitude first. */
    public static final SrsName STORAGE = new SrsName("EPSG:4490", 4490, false);

    /**
     * Parses an srsName.
     *
     * @param line the source line for the error message
     * @throws XmlParseException when the name is not one of the recognised forms
     */
    public static SrsName parse(String text, int line) {
        String s = text.trim();
        Matcher m;
        if (CRS84.matcher(s).matches()) return new SrsName(s, 4326, false);
        if ((m = SHORT.matcher(s)).matches() || (m = XML_FRAGMENT.matcher(s)).matches()) {
            return new SrsName(s, code(m, s, line), false);
        }
        if ((m = URN.matcher(s)).matches() || (m = URI.matcher(s)).matches()) {
            int code = code(m, s, line);
            return new SrsName(s, code, authorityNorthFirst(code));
        }
        throw new XmlParseException(line, "无法识别的坐标参考系 srsName=\"" + s + "\"",
                "unrecognised srsName \"" + s + "\" (use EPSG:code, urn:ogc:def:crs:EPSG::code or CRS84)");
    }

    private static int code(Matcher m, String s, int line) {
        try {
            return Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            throw new XmlParseException(line, "无效的 EPSG 代码：" + s, "invalid EPSG code: " + s);
        }
    }

    /** Whether EPSG defines the first axis as latitude or northing, for the CRSs we meet in China. */
    static boolean authorityNorthFirst(int code) {
        return isGeographic(code) || (code >= 4491 && code <= 4554);
    }

    /** Geographic 2D CRSs we expect: WGS 84, CGCS2000, Beijing 1954, Xian 1980, New Beijing. */
    static boolean isGeographic(int code) {
        return code == 4326 || code == 4490 || code == 4214 || code == 4610 || code == 4555;
    }

    @Override
    public String toString() { return text.toLowerCase(Locale.ROOT).startsWith("epsg") ? text : text + " (EPSG:" + epsg + ")"; }
}
