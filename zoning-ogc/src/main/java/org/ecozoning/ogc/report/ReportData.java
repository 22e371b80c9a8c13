package org.ecozoning.ogc.report;

import java.time.Instant;
import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.scheme.Scheme;
import org.locationtech.jts.geom.Geometry;

/**
 * Everything a printable report shows: the retrieval id (the saved assessment's public reference,
 * else the job id) and its URL (null when not saved), the time stamp, the engine's report, the
 * scheme (for the map and unit names), the site in EPSG:4490 and the distances to protection units.
 */
public record ReportData(String id, Instant time, AssessmentReport report, Scheme scheme, Geometry siteLonLat, Distances distances,
        String url) {
    public static ReportData of(String id, Instant time, AssessmentReport report, Scheme scheme, Geometry siteLonLat) {
        return new ReportData(id, time, report, scheme, siteLonLat, Distances.of(scheme, siteLonLat), null);
    }

    /** The same report as a saved assessment: its reference and where to read it back. */
    public ReportData saved(String reference, String retrievalUrl) {
        return new ReportData(reference, time, report, scheme, siteLonLat, distances, retrievalUrl);
    }
}
