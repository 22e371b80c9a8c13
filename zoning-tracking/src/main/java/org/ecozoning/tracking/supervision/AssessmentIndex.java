package org.ecozoning.tracking.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecozoning.referencing.CrsRegistry;
import org.ecozoning.referencing.CrsTransformer;
import org.ecozoning.referencing.GaussKruger;
import org.ecozoning.store.AssessmentQuery;
import org.ecozoning.store.SavedAssessment;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeStores;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The saved assessments of approved projects that have a site, indexed by place, to find the
 * one that explains a detected change: within {@code matchMeters} of it (measured in the
 * Gauss-Krüger zone of the change) and saved between {@code daysBefore} before and
 * {@code daysAfter} after its detection. Holds only id, date and geometry of each assessment.
 */
public final class AssessmentIndex {
    private record Entry(long id, LocalDate savedOn, Geometry geometry) { }

    private final STRtree tree = new STRtree();
    private final SupervisionOptions options;
    private final int size;

    private AssessmentIndex(List<Entry> entries, SupervisionOptions options) {
        this.options = options;
        for (Entry e : entries) tree.insert(e.geometry().getEnvelopeInternal(), e);
        tree.build();
        this.size = entries.size();
    }

    /** Loads the approved assessments with a site from the store, page by page. */
    public static AssessmentIndex load(SchemeStore store, SupervisionOptions options) {
        List<Entry> entries = new ArrayList<>();
        int offset = 0;
        while (true) {
            List<SavedAssessment> page = store.assessments(AssessmentQuery.all().page(1000, offset));
            for (SavedAssessment a : page) {
                if (a.geometry() == null || !options.approvedVerdicts().contains(a.verdict())) continue;
                entries.add(new Entry(a.id(), a.createdAt().atZone(SchemeStores.PROVINCE_ZONE).toLocalDate(), a.geometry()));
            }
            if (page.size() < 1000) break;
            offset += page.size();
        }
        return new AssessmentIndex(entries, options);
    }

    public int size() { return size; }

    /** The id of an approved assessment that explains the change, if any. */
    @SuppressWarnings("unchecked")
    public Optional<Long> match(ChangePolygon c) {
        if (size == 0) return Optional.empty();
        Envelope e = new Envelope(c.geometry().getEnvelopeInternal());
        double lat = Math.toRadians(e.centre().y);
        double dLat = options.matchMeters() / 110_574.0;
        double dLon = options.matchMeters() / (111_320.0 * Math.max(0.2, Math.cos(lat)));
        e.expandBy(dLon * 1.05, dLat * 1.05);
        List<Entry> candidates = tree.query(e);
        if (candidates.isEmpty()) return Optional.empty();
        CrsTransformer t = CrsTransformer.of(CrsRegistry.CGCS2000, GaussKruger.zoneFor(e.centre().x));
        Geometry change = null;
        for (Entry a : candidates) {
            long days = ChronoUnit.DAYS.between(a.savedOn(), c.detectedOn());
            if (days > options.daysBefore() || -days > options.daysAfter()) continue;
            if (change == null) change = t.transform(c.geometry());
            if (change.isWithinDistance(t.transform(a.geometry()), options.matchMeters())) return Optional.of(a.id());
        }
        return Optional.empty();
    }
}
