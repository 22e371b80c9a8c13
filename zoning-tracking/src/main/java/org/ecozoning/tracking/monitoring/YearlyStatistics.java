package org.ecozoning.tracking.monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.ElementZone;
import org.ecozoning.scheme.Scheme;

/**
 * Yearly figures and target attainment per station, control unit, element zone, county, city and
 * the province. A station's yearly figure aggregates its readings as the indicator prescribes
 * ({@link Indicator.Aggregation}); a scope's figure is the mean of its stations' figures (water
 * classes rounded up). Stations are attributed with {@link StationLocator}.
 */
public final class YearlyStatistics {
    private final List<StationFigure> stations;
    private final List<ScopeFigure> scopes;

    private YearlyStatistics(List<StationFigure> stations, List<ScopeFigure> scopes) {
        this.stations = List.copyOf(stations);
        this.scopes = List.copyOf(scopes);
    }

    public List<StationFigure> stations() { return stations; }

    public List<ScopeFigure> scopes() { return scopes; }

    /** Figures of one level, year and indicator, ordered by code. */
    public List<ScopeFigure> scopes(ScopeLevel level, int year, Indicator ind) {
        return scopes.stream().filter(s -> s.level() == level && s.year() == year && s.indicator() == ind).toList();
    }

    public Optional<ScopeFigure> scope(ScopeLevel level, String code, int year, Indicator ind) {
        return scopes.stream().filter(s -> s.level() == level && s.code().equals(code) && s.year() == year && s.indicator() == ind).findFirst();
    }

    /** The years with readings, ascending. */
    public List<Integer> years() {
        return scopes.stream().map(ScopeFigure::year).distinct().sorted().toList();
    }

    /** The yearly figure of a set of readings of one indicator at one place. */
    public static double aggregate(Indicator ind, double[] values) {
        if (values.length == 0) throw new IllegalArgumentException("no values");
        return switch (ind.aggregation()) {
            case MEAN -> mean(values);
            case P90 -> {
                double[] s = values.clone();
                Arrays.sort(s);
                int rank = (int) Math.ceil(0.9 * s.length);
                yield s[Math.max(0, rank - 1)];
            }
            case CLASS_OF_MEAN -> Math.ceil(mean(values) - 1e-9);
        };
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    private static boolean meets(double value, Target t) { return value <= t.limit() + 1e-9; }

    public static YearlyStatistics compute(List<Reading> readings, StationLocator locator, TargetSet targets) {
        Scheme scheme = locator.scheme();
        Map<String, String> unitNames = new HashMap<>();
        for (ControlUnit u : scheme.units()) unitNames.put(u.code().value(), u.name());
        Map<String, String> zoneNames = new HashMap<>();
        for (ElementZone z : scheme.zones()) zoneNames.put(z.id(), z.name());

        // station × year × indicator → values
        record Key(String station, int year, Indicator ind) { }
        Map<Key, List<Reading>> groups = new LinkedHashMap<>();
        for (Reading r : readings) groups.computeIfAbsent(new Key(r.station().id(), r.date().getYear(), r.indicator()), k -> new ArrayList<>()).add(r);
        Map<String, Place> places = new HashMap<>();
        List<StationFigure> sfs = new ArrayList<>();
        for (Map.Entry<Key, List<Reading>> e : groups.entrySet()) {
            Station st = e.getValue().get(0).station();
            Place p = places.computeIfAbsent(st.id(), k -> locator.locate(st.lon(), st.lat()).orElse(null));
            if (p == null) continue; // the importer refuses such stations; generated data never has them
            double v = aggregate(e.getKey().ind(), e.getValue().stream().mapToDouble(Reading::value).toArray());
            Target t = targets.resolve(ScopeLevel.COUNTY, p.countyCode(), p.countyCode(), p.cityCode(), e.getKey().ind(), e.getKey().year()).orElse(null);
            if (!p.unitCodes().isEmpty()) {
                t = targets.resolve(ScopeLevel.UNIT, p.unitCodes().get(0), p.countyCode(), p.cityCode(), e.getKey().ind(), e.getKey().year()).orElse(t);
            }
            sfs.add(new StationFigure(e.getKey().year(), e.getKey().ind(), st, p, e.getValue().size(), v, t, t == null ? null : meets(v, t)));
        }
        sfs.sort(Comparator.comparing((StationFigure s) -> s.year()).thenComparing(s -> s.indicator()).thenComparing(s -> s.station().id()));

        // scope → station figures
        record ScopeKey(int year, Indicator ind, ScopeLevel level, String code) { }
        Map<ScopeKey, List<StationFigure>> members = new TreeMap<>(Comparator.comparing(ScopeKey::year).thenComparing(ScopeKey::ind)
                .thenComparing(ScopeKey::level).thenComparing(ScopeKey::code));
        Map<String, String[]> meta = new HashMap<>(); // level:code → name, county, city
        for (StationFigure s : sfs) {
            Place p = s.place();
            add(members, new ScopeKey(s.year(), s.indicator(), ScopeLevel.PROVINCE, scheme.provinceCode()), s);
            meta.putIfAbsent("PROVINCE:" + scheme.provinceCode(), new String[] {"全省", null, null});
            if (p.cityCode() != null) {
                add(members, new ScopeKey(s.year(), s.indicator(), ScopeLevel.CITY, p.cityCode()), s);
                meta.putIfAbsent("CITY:" + p.cityCode(), new String[] {p.cityName(), null, p.cityCode()});
            }
            if (p.countyCode() != null) {
                add(members, new ScopeKey(s.year(), s.indicator(), ScopeLevel.COUNTY, p.countyCode()), s);
                meta.putIfAbsent("COUNTY:" + p.countyCode(), new String[] {p.countyName(), p.countyCode(), p.cityCode()});
            }
            for (String u : p.unitCodes()) {
                add(members, new ScopeKey(s.year(), s.indicator(), ScopeLevel.UNIT, u), s);
                meta.putIfAbsent("UNIT:" + u, new String[] {unitNames.getOrDefault(u, u), p.countyCode(), p.cityCode()});
            }
            for (String z : p.zoneIds()) {
                add(members, new ScopeKey(s.year(), s.indicator(), ScopeLevel.ZONE, z), s);
                meta.putIfAbsent("ZONE:" + z, new String[] {zoneNames.getOrDefault(z, z), null, null});
            }
        }
        List<ScopeFigure> out = new ArrayList<>();
        for (Map.Entry<ScopeKey, List<StationFigure>> e : members.entrySet()) {
            ScopeKey k = e.getKey();
            List<StationFigure> ms = e.getValue();
            double v = mean(ms.stream().mapToDouble(StationFigure::value).toArray());
            if (k.ind() == Indicator.WATER_CLASS) v = Math.ceil(v - 1e-9);
            String[] m = meta.get(k.level() + ":" + k.code());
            Target t = targets.resolve(k.level(), k.code(), m[1], m[2], k.ind(), k.year()).orElse(null);
            int attaining = (int) ms.stream().filter(s -> Boolean.TRUE.equals(s.attained())).count();
            int readingsCount = ms.stream().mapToInt(StationFigure::readings).sum();
            out.add(new ScopeFigure(k.year(), k.ind(), k.level(), k.code(), m[0], ms.size(), readingsCount, v, t, t == null ? null : meets(v, t), attaining));
        }
        return new YearlyStatistics(sfs, out);
    }

    private static <K> void add(Map<K, List<StationFigure>> m, K k, StationFigure s) {
        m.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
    }
}
