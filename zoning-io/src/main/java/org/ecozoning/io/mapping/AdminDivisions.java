package org.ecozoning.io.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecozoning.geojson.GeoJsonFeature;
import org.ecozoning.geojson.GeoJsonReader;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The province's county-level divisions (from {@code workspace/data/shanxi-counties.geojson}):
 * code ↔ name lookup for the PROV/CITY/AREA name fields of the national convention, county
 * boundaries for the gap check, and the province outline for the outside-province check. Knows the
 * renamings since the data's vintage (e.g. 大同县 → 云州区) so current names and codes resolve.
 * Boundaries are repaired on load (the source has self-intersections).
 */
public final class AdminDivisions {
    /**
     * A county-level division. Its boundary is repaired when first asked for (the source has
     * self-intersections) and may be approximate.
     */
    public static final class County {
        private final String code;
        private final String name;
        private final String cityCode;
        private final String cityName;
        private final List<Geometry> raw;
        private Geometry boundary;
        private PreparedGeometry prepared;

        County(String code, String name, String cityCode, String cityName, List<Geometry> raw) {
            this.code = code;
            this.name = name;
            this.cityCode = cityCode;
            this.cityName = cityName;
            this.raw = raw;
        }

        public String code() { return code; }

        public String name() { return name; }

        public String cityCode() { return cityCode; }

        public String cityName() { return cityName; }

        /** The valid boundary (repaired on first use). */
        public synchronized Geometry boundary() {
            if (boundary == null) {
                List<Geometry> fixed = new ArrayList<>();
                for (Geometry g : raw) fixed.add(g.isValid() ? g : GeometryFixer.fix(g));
                boundary = fixed.size() == 1 ? fixed.get(0) : UnaryUnionOp.union(fixed);
            }
            return boundary;
        }

        /** The boundary prepared for repeated predicates. */
        public synchronized PreparedGeometry prepared() {
            if (prepared == null) prepared = PreparedGeometryFactory.prepare(boundary());
            return prepared;
        }

        Envelope envelope() {
            Envelope e = new Envelope();
            for (Geometry g : raw) e.expandToInclude(g.getEnvelopeInternal());
            return e;
        }
    }

    /** Renamings/mergers after ~2015: new code, new name, old codes whose area it covers. */
    private static final String[][] RENAMES = {
            {"140213", "平城区", "140202,140211"},
            {"140214", "云冈区", "140203"},
            {"140215", "云州区", "140227"},
            {"140403", "潞州区", "140402,140411"},
            {"140404", "上党区", "140421"},
            {"140405", "屯留区", "140424"},
            {"140406", "潞城区", "140481"},
            {"140681", "怀仁市", "140624"},
            {"140703", "太谷区", "140726"},
    };

    private final String provinceCode;
    private final String provinceName;
    private final Map<String, County> byCode = new LinkedHashMap<>();
    private final Map<String, String> cityNames = new LinkedHashMap<>();
    private final STRtree index = new STRtree();
    private final Envelope extent = new Envelope();

    private AdminDivisions(String provinceCode, String provinceName, Collection<County> counties) {
        this.provinceCode = provinceCode;
        this.provinceName = provinceName;
        for (County c : counties) {
            byCode.put(c.code(), c);
            if (c.cityCode() != null && c.cityName() != null) cityNames.putIfAbsent(c.cityCode(), c.cityName());
            if (isOriginal(c)) {
                index.insert(c.envelope(), c);
                extent.expandToInclude(c.envelope());
            }
        }
        index.build();
    }

    /** Loads the counties GeoJSON (properties adcode, name, city) of Shanxi (140000). */
    public static AdminDivisions load(Path countiesGeoJson) throws IOException {
        GeometryFactory gf = new GeometryFactory();
        List<County> list = new ArrayList<>();
        try (InputStream in = Files.newInputStream(countiesGeoJson)) {
            for (GeoJsonFeature f : new GeoJsonReader(gf).readFeatures(in)) {
                String code = f.string("adcode");
                if (code == null || f.geometry() == null) continue;
                list.add(new County(code, f.string("name"), code.substring(0, 4) + "00", f.string("city"), List.of(f.geometry())));
            }
        }
        Map<String, County> old = new LinkedHashMap<>();
        for (County c : list) old.put(c.code(), c);
        for (String[] r : RENAMES) {
            List<Geometry> parts = new ArrayList<>();
            County any = null;
            for (String oc : r[2].split(",")) {
                County c = old.get(oc);
                if (c != null) { parts.addAll(c.raw); any = c; }
            }
            if (any != null && !old.containsKey(r[0])) list.add(new County(r[0], r[1], any.cityCode(), any.cityName(), parts));
        }
        return new AdminDivisions("140000", "山西省", list);
    }

    public String provinceCode() { return provinceCode; }

    public String provinceName() { return provinceName; }

    /** The county of a 6-digit code, or null. */
    public County county(String code) { return code == null ? null : byCode.get(code); }

    /** All counties, including the renamed ones. */
    public Collection<County> counties() { return byCode.values(); }

    /** The name of a city (prefecture) code such as 140100, or null. */
    public String cityName(String cityCode) { return cityCode == null ? null : cityNames.get(cityCode); }

    /** The code of a city by name ("太原市" or "太原"), or null. */
    public String cityCode(String name) {
        if (name == null) return null;
        String n = name.strip();
        for (Map.Entry<String, String> e : cityNames.entrySet()) {
            if (e.getValue().equals(n) || e.getValue().equals(n + "市") || e.getValue().replace("市", "").equals(n)) return e.getKey();
        }
        return null;
    }

    /**
     * The county named {@code countyName} (with or without its 县/区/市 suffix), within
     * {@code cityName} when given (names like 城区 and 郊区 occur in several cities). Null when
     * unknown or ambiguous.
     */
    public County countyByName(String cityName, String countyName) {
        if (countyName == null) return null;
        String n = countyName.strip();
        String city = cityCode(cityName);
        List<County> exact = new ArrayList<>();
        List<County> loose = new ArrayList<>();
        for (County c : byCode.values()) {
            if (city != null && !city.equals(c.cityCode())) continue;
            if (c.name().equals(n)) exact.add(c);
            else if (n.length() >= 2 && stripSuffix(c.name()).equals(stripSuffix(n))) loose.add(c);
        }
        if (exact.size() == 1) return exact.get(0);
        if (exact.isEmpty() && loose.size() == 1) return loose.get(0);
        return null;
    }

    private static String stripSuffix(String s) {
        return s.length() > 2 && (s.endsWith("县") || s.endsWith("区") || s.endsWith("市")) ? s.substring(0, s.length() - 1) : s;
    }

    /** The bounding box of the province. */
    public Envelope extent() { return new Envelope(extent); }

    /**
     * The part of {@code g} outside the province (the union of the counties it touches; empty when
     * inside), or null when {@code g} touches no county at all.
     */
    public Geometry outsideProvince(Geometry g) {
        List<Geometry> near = new ArrayList<>();
        for (Object o : index.query(g.getEnvelopeInternal())) {
            County c = (County) o;
            if (c.prepared().covers(g)) return g.getFactory().createPolygon(); // the common case: inside one county
            if (c.prepared().intersects(g)) near.add(c.boundary());
        }
        if (near.isEmpty()) return null;
        Geometry covered = near.size() == 1 ? near.get(0) : UnaryUnionOp.union(near);
        return g.difference(covered);
    }

    private static boolean isOriginal(County c) {
        for (String[] r : RENAMES) if (r[0].equals(c.code())) return false;
        return true;
    }
}
