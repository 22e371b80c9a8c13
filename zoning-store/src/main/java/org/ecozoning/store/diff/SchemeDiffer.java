package org.ecozoning.store.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.SchemeContent;
import org.ecozoning.store.measure.GaussKrugerArea;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Compares two scheme contents. Units are matched by code; a unit whose code disappeared and a
 * unit whose code appeared with exactly the same (normalised) geometry are one re-coded unit, not
 * a removal and an addition. Zones and clauses are matched by id.
 */
public final class SchemeDiffer {
    private SchemeDiffer() {}

    public static SchemeDiff diff(long fromVersion, SchemeContent from, long toVersion, SchemeContent to) {
        return new SchemeDiff(fromVersion, toVersion, units(from.units(), to.units()), zones(from.zones(), to.zones()),
                clauses(from.clauses(), to.clauses()));
    }

    static List<UnitChange> units(List<ControlUnit> from, List<ControlUnit> to) {
        Map<String, ControlUnit> before = new LinkedHashMap<>();
        for (ControlUnit u : from) before.put(u.code().value(), u);
        Map<String, ControlUnit> after = new LinkedHashMap<>();
        for (ControlUnit u : to) after.put(u.code().value(), u);

        // re-code candidates: codes only in the old version, indexed by their normalised shape
        Map<String, ControlUnit> goneByShape = new HashMap<>();
        for (ControlUnit u : from) {
            if (!after.containsKey(u.code().value())) goneByShape.putIfAbsent(shapeKey(u.geometry()), u);
        }
        List<UnitChange> changes = new ArrayList<>();
        Map<String, ControlUnit> recodedFrom = new HashMap<>();
        for (ControlUnit u : to) {
            ControlUnit old = before.get(u.code().value());
            if (old == null) {
                ControlUnit same = goneByShape.remove(shapeKey(u.geometry()));
                if (same != null) {
                    recodedFrom.put(same.code().value(), same);
                    changes.add(matched(same, u));
                } else {
                    changes.add(unit(List.of(ChangeKind.ADDED), null, u, null));
                }
            } else {
                UnitChange c = matched(old, u);
                if (c != null) changes.add(c);
            }
        }
        for (ControlUnit u : from) {
            String code = u.code().value();
            if (!after.containsKey(code) && !recodedFrom.containsKey(code)) {
                changes.add(unit(List.of(ChangeKind.REMOVED), u, null, null));
            }
        }
        return changes;
    }

    private static UnitChange matched(ControlUnit old, ControlUnit now) {
        List<ChangeKind> kinds = new ArrayList<>();
        if (!old.code().equals(now.code())) kinds.add(ChangeKind.RECODED);
        boolean reshaped = !sameShape(old.geometry(), now.geometry());
        if (reshaped) kinds.add(ChangeKind.RESHAPED);
        if (old.unitClass() != now.unitClass() || old.subtype() != now.subtype()) kinds.add(ChangeKind.RECLASSED);
        if (!old.name().equals(now.name())) kinds.add(ChangeKind.RENAMED);
        if (!Objects.equals(old.cityCode(), now.cityCode()) || !Objects.equals(old.countyCode(), now.countyCode())
                || !Objects.equals(old.cityName(), now.cityName()) || !Objects.equals(old.countyName(), now.countyName())) {
            kinds.add(ChangeKind.REASSIGNED);
        }
        if (kinds.isEmpty()) return null;
        Double changedArea = reshaped ? changedArea(old.geometry(), now.geometry()) : 0.0;
        return unit(kinds, old, now, changedArea);
    }

    private static UnitChange unit(List<ChangeKind> kinds, ControlUnit old, ControlUnit now, Double changedArea) {
        ControlUnit any = now != null ? now : old;
        Double areaBefore = old == null ? null : GaussKrugerArea.squareMetres(old.geometry());
        Double areaAfter = now == null ? null : GaussKrugerArea.squareMetres(now.geometry());
        if (changedArea == null) changedArea = areaBefore != null ? areaBefore : areaAfter;
        boolean recoded = old != null && now != null && !old.code().equals(now.code());
        boolean renamed = old != null && now != null && !old.name().equals(now.name());
        boolean reclassed = old != null && now != null && (old.unitClass() != now.unitClass() || old.subtype() != now.subtype());
        return new UnitChange(any.code().value(), recoded ? old.code().value() : null, kinds, any.name(), renamed ? old.name() : null,
                any.unitClass().name(), reclassed ? old.unitClass().name() : null, any.subtype().name(),
                reclassed ? old.subtype().name() : null, any.countyCode(), areaBefore, areaAfter, changedArea, old, now);
    }

    static List<ZoneChange> zones(List<ElementZone> from, List<ElementZone> to) {
        Map<String, ElementZone> before = new LinkedHashMap<>();
        for (ElementZone z : from) before.put(z.id(), z);
        Map<String, ElementZone> after = new LinkedHashMap<>();
        for (ElementZone z : to) after.put(z.id(), z);
        List<ZoneChange> changes = new ArrayList<>();
        for (ElementZone z : to) {
            ElementZone old = before.get(z.id());
            if (old == null) {
                changes.add(zone(List.of(ChangeKind.ADDED), null, z, null));
                continue;
            }
            List<ChangeKind> kinds = new ArrayList<>();
            boolean reshaped = !sameShape(old.geometry(), z.geometry());
            if (reshaped) kinds.add(ChangeKind.RESHAPED);
            if (old.type() != z.type()) kinds.add(ChangeKind.RECLASSED);
            if (!old.name().equals(z.name())) kinds.add(ChangeKind.RENAMED);
            if (!kinds.isEmpty()) changes.add(zone(kinds, old, z, reshaped ? changedArea(old.geometry(), z.geometry()) : 0.0));
        }
        for (ElementZone z : from) {
            if (!after.containsKey(z.id())) changes.add(zone(List.of(ChangeKind.REMOVED), z, null, null));
        }
        return changes;
    }

    private static ZoneChange zone(List<ChangeKind> kinds, ElementZone old, ElementZone now, Double changedArea) {
        ElementZone any = now != null ? now : old;
        Double areaBefore = old == null ? null : GaussKrugerArea.squareMetres(old.geometry());
        Double areaAfter = now == null ? null : GaussKrugerArea.squareMetres(now.geometry());
        if (changedArea == null) changedArea = areaBefore != null ? areaBefore : areaAfter;
        boolean both = old != null && now != null;
        return new ZoneChange(any.id(), kinds, any.name(), both && !old.name().equals(now.name()) ? old.name() : null,
                any.type().name(), both && old.type() != now.type() ? old.type().name() : null, areaBefore, areaAfter, changedArea, old, now);
    }

    static List<ClauseChange> clauses(List<Clause> from, List<Clause> to) {
        Map<String, Clause> before = new LinkedHashMap<>();
        for (Clause c : from) before.put(c.id(), c);
        Map<String, Clause> after = new LinkedHashMap<>();
        for (Clause c : to) after.put(c.id(), c);
        List<ClauseChange> changes = new ArrayList<>();
        for (Clause c : to) {
            Clause old = before.get(c.id());
            if (old == null) changes.add(new ClauseChange(c.id(), ChangeKind.ADDED, null, c));
            else if (!old.equals(c)) changes.add(new ClauseChange(c.id(), ChangeKind.CHANGED, old, c));
        }
        for (Clause c : from) {
            if (!after.containsKey(c.id())) changes.add(new ClauseChange(c.id(), ChangeKind.REMOVED, c, null));
        }
        return changes;
    }

    /**
     * Same point set, vertex for vertex after normalisation (ring start and orientation do not
     * matter, nor a one-part multi geometry against its part: formats such as GeoPackage store
     * every unit as a MultiPolygon).
     */
    static boolean sameShape(Geometry a, Geometry b) {
        return canonical(a).equalsExact(canonical(b));
    }

    private static String shapeKey(Geometry g) {
        return WKBWriter.toHex(new WKBWriter().write(canonical(g)));
    }

    private static Geometry canonical(Geometry g) {
        Geometry x = g;
        while (x instanceof org.locationtech.jts.geom.GeometryCollection c && c.getNumGeometries() == 1) {
            x = c.getGeometryN(0);
        }
        return x.norm();
    }

    /** Area in m² of the land that entered or left: the symmetric difference, in one Gauss-Krüger zone. */
    static double changedArea(Geometry a, Geometry b) {
        var env = new org.locationtech.jts.geom.Envelope(a.getEnvelopeInternal());
        env.expandToInclude(b.getEnvelopeInternal());
        int cm = GaussKrugerArea.centralMeridian(env);
        Geometry pa = GaussKrugerArea.project(a, cm);
        Geometry pb = GaussKrugerArea.project(b, cm);
        return OverlayNGRobust.overlay(pa, pb, OverlayNG.SYMDIFFERENCE).getArea();
    }
}
