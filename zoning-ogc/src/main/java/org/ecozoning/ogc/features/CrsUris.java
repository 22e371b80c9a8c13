package org.ecozoning.ogc.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecozoning.ogc.common.Crs;
import org.ecozoning.ogc.common.CrsSupport;
import org.ecozoning.ogc.common.ProblemException;

/**
 * The coordinate reference systems of OGC API – Features Part 2, named by their OGC URIs: CRS84
 * (longitude/latitude, the default of every output and of {@code bbox}) first, then
 * {@code http://www.opengis.net/def/crs/EPSG/0/n} for every EPSG code the CRS support offers.
 * The EPSG URIs follow the EPSG axis order (latitude first for 4490 and 4326, northing first for
 * the CGCS2000 Gauss-Krüger zones 4546/4547; 3857 is easting first).
 */
final class CrsUris {
    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    static final String STORAGE = epsg(Crs.STORAGE.epsg());

    private final CrsSupport support;
    private final List<String> offered = new ArrayList<>();

    CrsUris(CrsSupport support) {
        this.support = support;
        offered.add(CRS84);
        for (int code : support.supportedEpsg()) offered.add(epsg(code));
    }

    static String epsg(int code) { return "http://www.opengis.net/def/crs/EPSG/0/" + code; }

    /** Every CRS URI offered, CRS84 first. */
    List<String> offered() { return List.copyOf(offered); }

    Crs crs84() { return support.parse(CRS84); }

    /**
     * The CRS of a {@code crs}, {@code bbox-crs} or {@code filter-crs} value: one of the offered
     * URIs (http or https, any case); null value gives CRS84.
     *
     * @throws ProblemException 400 for any other value
     */
    Crs resolve(String value, String parameter) {
        if (value == null) return crs84();
        String v = value.trim();
        String canonical = canonical(v);
        if (canonical == null) {
            throw ProblemException.invalidParameter(parameter, "不支持的坐标参照系 " + v + "（可用：" + String.join("、", offered) + "）",
                    "unsupported CRS " + v + " (offered: " + String.join(", ", offered) + ")");
        }
        return support.parse(canonical);
    }

    /** The offered URI a value names, or null. */
    String canonical(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("https://")) v = "http://" + v.substring("https://".length());
        for (String o : offered) if (o.toLowerCase(Locale.ROOT).equals(v)) return o;
        return null;
    }

    /** The URI of a resolved CRS, for the Content-Crs header. */
    String uri(Crs crs) {
        String c = canonical(crs.id());
        return c != null ? c : epsg(crs.epsg());
    }
}
