package org.ecozoning.server.portal.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.ZoneFamily;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.scheme.County;
import org.ecozoning.scheme.Scheme;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Coordinate;

/**
 * What the map asks about places: the units and element zones at a tapped point with their access
 * lists (province → city → unit, each by dimension), a search over unit codes, unit names, counties
 * and "lon,lat" text, and the scheme's extent and layers. Plain maps out, so the JSON shape is
 * visible here; geometry in EPSG:4490, longitude first.
 */
final class PlaceQueries {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final Pattern LONLAT = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*[,，\\s]\\s*(-?\\d+(?:\\.\\d+)?)\\s*");
    static final int SEARCH_LIMIT = 20;

    Map<String, Object> meta(Scheme s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemeVersion", s.version());
        m.put("bbox", bbox(s.extent()));
        m.put("units", s.units().size());
        m.put("zones", s.zones().size());
        List<Map<String, Object>> families = new ArrayList<>();
        for (ZoneFamily f : ZoneFamily.values()) {
            families.add(Map.of("layer", "zoning:" + f.layerName(), "titleZh", f.titleZh(), "titleEn", f.titleEn(),
                    "count", s.zones().stream().filter(z -> z.type().family() == f).count()));
        }
        m.put("zoneLayers", families);
        return m;
    }

    Map<String, Object> at(Scheme s, double lon, double lat) {
        if (lon < -180 || lon > 180) throw ProblemException.invalidParameter("lon", "经度应在 -180 到 180 之间", "longitude must be within -180..180");
        if (lat < -90 || lat > 90) throw ProblemException.invalidParameter("lat", "纬度应在 -90 到 90 之间", "latitude must be within -90..90");
        Point p = GF.createPoint(new Coordinate(lon, lat));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lon", lon);
        out.put("lat", lat);
        out.put("schemeVersion", s.version());
        County county = null;
        for (County c : s.counties()) {
            if (c.geometry().getEnvelopeInternal().contains(lon, lat) && c.geometry().covers(p)) { county = c; break; }
        }
        if (county != null) out.put("county", Map.of("code", county.adcode(), "name", county.name(),
                "cityName", county.cityName() == null ? "" : county.cityName()));
        List<Map<String, Object>> units = new ArrayList<>();
        for (ControlUnit u : s.units()) {
            if (u.geometry().getEnvelopeInternal().contains(lon, lat) && u.geometry().covers(p)) units.add(unit(s, u, true));
        }
        out.put("units", units);
        List<Map<String, Object>> zones = new ArrayList<>();
        for (ElementZone z : s.zones()) {
            if (z.geometry().getEnvelopeInternal().contains(lon, lat) && z.geometry().covers(p)) {
                Map<String, Object> zm = new LinkedHashMap<>();
                zm.put("id", z.id());
                zm.put("name", z.name());
                zm.put("type", z.type().name());
                zm.put("typeZh", z.type().labelZh());
                zm.put("typeEn", z.type().labelEn());
                zm.put("layer", "zoning:" + z.type().family().layerName());
                zones.add(zm);
            }
        }
        out.put("zones", zones);
        return out;
    }

    /** One unit; with {@code lists} its access list province → city → unit, each level by dimension. */
    static Map<String, Object> unit(Scheme s, ControlUnit u, boolean lists) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", u.code().value());
        m.put("name", u.name());
        m.put("class", u.unitClass().name());
        m.put("classDigit", u.unitClass().digit());
        m.put("classZh", u.unitClass().labelZh());
        m.put("classEn", u.unitClass().labelEn());
        m.put("cityName", u.cityName());
        m.put("countyName", u.countyName());
        Envelope e = u.geometry().getEnvelopeInternal();
        m.put("bbox", bbox(e));
        if (lists) {
            List<Map<String, Object>> levels = new ArrayList<>();
            levels.add(level(s, ListLevel.PROVINCE, s.provinceCode(), "山西省 Shanxi"));
            if (u.cityCode() != null) levels.add(level(s, ListLevel.CITY, u.cityCode(), u.cityName()));
            levels.add(level(s, ListLevel.UNIT, u.code().value(), u.name()));
            m.put("lists", levels);
        }
        return m;
    }

    private static Map<String, Object> level(Scheme s, ListLevel level, String scope, String scopeName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", level.name());
        m.put("levelZh", level.labelZh());
        m.put("levelEn", level.labelEn());
        m.put("scopeCode", scope);
        m.put("scopeName", scopeName);
        List<Map<String, Object>> dims = new ArrayList<>();
        List<Clause> clauses = s.clauses(level, scope);
        for (Dimension d : Dimension.values()) {
            List<Map<String, Object>> cs = new ArrayList<>();
            for (Clause c : clauses) {
                if (c.dimension() == d) cs.add(Map.of("id", c.id(), "text", c.text(), "ruleIds", c.ruleIds()));
            }
            dims.add(Map.of("dimension", d.name(), "labelZh", d.labelZh(), "labelEn", d.labelEn(), "clauses", cs));
        }
        m.put("dimensions", dims);
        return m;
    }

    Map<String, Object> search(Scheme s, String q) {
        String t = q.trim();
        List<Map<String, Object>> hits = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("q", t);
        out.put("results", hits);
        if (t.isEmpty()) return out;
        Matcher ll = LONLAT.matcher(t);
        if (ll.matches()) {
            double a = Double.parseDouble(ll.group(1));
            double b = Double.parseDouble(ll.group(2));
            // accept "lat,lon" too when only that reading is a plausible longitude
            double lon = Math.abs(a) <= 180 && (Math.abs(b) <= 90 || Math.abs(a) > 90) ? a : b;
            double lat = lon == a ? b : a;
            if (Math.abs(lon) <= 180 && Math.abs(lat) <= 90) {
                hits.add(Map.of("kind", "point", "label", String.format(Locale.ROOT, "%.6f, %.6f", lon, lat),
                        "center", List.of(lon, lat)));
                return out;
            }
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (County c : s.counties()) {
            if (hits.size() >= SEARCH_LIMIT) break;
            if (c.name().contains(t) || c.adcode().equals(t)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", "county");
                m.put("code", c.adcode());
                m.put("label", (c.cityName() == null ? "" : c.cityName() + " ") + c.name());
                m.put("bbox", bbox(c.geometry().getEnvelopeInternal()));
                hits.add(m);
            }
        }
        for (ControlUnit u : s.units()) {
            if (hits.size() >= SEARCH_LIMIT) break;
            String code = u.code().value().toLowerCase(Locale.ROOT);
            if (code.startsWith(lower) || u.name().contains(t) || (u.countyName() != null && u.countyName().contains(t))) {
                Map<String, Object> m = unit(s, u, false);
                m.put("kind", "unit");
                m.put("label", u.code().value() + " " + u.name());
                Geometry g = u.geometry();
                Point ip = g.getInteriorPoint();
                m.put("center", List.of(ip.getX(), ip.getY()));
                hits.add(m);
            }
        }
        return out;
    }

    static List<Double> bbox(Envelope e) {
        if (e.isNull()) return List.of();
        return List.of(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }
}
