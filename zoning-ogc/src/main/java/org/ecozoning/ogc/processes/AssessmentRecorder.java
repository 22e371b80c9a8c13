package org.ecozoning.ogc.processes;

import java.time.Instant;
import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.scheme.Scheme;
import org.locationtech.jts.geom.Geometry;

/**
 * Where single-site assessments are kept (the port that keeps the processes free of any store):
 * the server implements it over its scheme store and wires it in; {@link #NONE} keeps nothing.
 * Used through {@link AssessmentSaving}, which chooses the reference and survives a failing save.
 */
public interface AssessmentRecorder {

    /** Whether assessments are kept at all (server configuration). */
    boolean enabled();

    /**
     * Keeps one assessment under {@code a.reference()}.
     *
     * @throws RuntimeException when it cannot be kept; the caller answers the assessment anyway
     */
    void record(Assessment a);

    /** The absolute (or, with an empty base, root-relative) URL at which the saved assessment is read back. */
    String retrievalUrl(String baseUrl, String reference);

    /**
     * One assessment to keep.
     *
     * @param reference  the public reference, already written into {@code reportJson}
     * @param actor      user name, or "anonymous"
     * @param scheme     the scheme version applied
     * @param inputJson  the request as JSON
     * @param reportJson the report as answered (with the {@code savedAssessment} member)
     * @param siteLonLat the site in EPSG:4490 (lon/lat), or null
     * @param countyCode the county of the unit with the largest share, or null
     */
    record Assessment(String reference, Instant time, String actor, String protocol, Scheme scheme, AssessmentReport report,
            String inputJson, String reportJson, Geometry siteLonLat, String countyCode) { }

    /** Keeps nothing (saving switched off, tools, tests). */
    AssessmentRecorder NONE = new AssessmentRecorder() {
        @Override public boolean enabled() { return false; }

        @Override public void record(Assessment a) { throw new IllegalStateException("saving is switched off"); }

        @Override public String retrievalUrl(String baseUrl, String reference) { return null; }
    };
}
