package org.ecozoning.scheme;

import java.util.ArrayList;
import java.util.List;
import org.ecozoning.referencing.Crs;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The scheme's units and zones pre-projected into one CGCS2000 3° Gauss-Krüger zone, with STR-tree
 * indexes built once. The compliance engine measures and intersects here, in metres, so it never
 * projects a unit per request. Immutable after construction and safe for concurrent queries.
 */
public final class GkLayer {
    private final Crs crs;
    private final List<IndexedUnit> units;
    private final List<IndexedZone> zones;
    private final STRtree unitTree;
    private final STRtree zoneTree;

    GkLayer(Crs crs, List<IndexedUnit> units, List<IndexedZone> zones) {
        this.crs = crs;
        this.units = List.copyOf(units);
        this.zones = List.copyOf(zones);
        this.unitTree = new STRtree();
        for (IndexedUnit u : this.units) unitTree.insert(u.projected().getEnvelopeInternal(), u);
        unitTree.build();
        this.zoneTree = new STRtree();
        for (IndexedZone z : this.zones) zoneTree.insert(z.projected().getEnvelopeInternal(), z);
        zoneTree.build();
    }

    /** The GK CRS of this layer. */
    public Crs crs() { return crs; }

    public List<IndexedUnit> units() { return units; }

    public List<IndexedZone> zones() { return zones; }

    /** Units whose envelope meets {@code e} (projected metres). */
    @SuppressWarnings("unchecked")
    public List<IndexedUnit> unitCandidates(Envelope e) {
        if (units.isEmpty()) return List.of();
        return new ArrayList<>(unitTree.query(e));
    }

    /** Zones whose envelope meets {@code e} (projected metres). */
    @SuppressWarnings("unchecked")
    public List<IndexedZone> zoneCandidates(Envelope e) {
        if (zones.isEmpty()) return List.of();
        return new ArrayList<>(zoneTree.query(e));
    }
}
