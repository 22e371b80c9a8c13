package org.ecozoning.store;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * An assessment to keep: the request and the report as JSON documents, the version that was
 * applied, the verdict, and the project geometry (EPSG:4490) for maps. Saved assessments are the
 * basis of tracking evaluation (跟踪评估) and are never changed afterwards.
 *
 * @param countyCode 6-digit county code the project lies in, or null when not known
 * @param geometry   project footprint, or null
 * @param reference  the public reference ({@link AssessmentReference}); the caller chooses it so that
 *                   the saved report can already carry it
 */
public record NewAssessment(long versionId, String actor, String countyCode, String verdict, String inputJson, String reportJson,
        Geometry geometry, String reference) {
    public NewAssessment {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(inputJson, "inputJson");
        Objects.requireNonNull(reportJson, "reportJson");
        Objects.requireNonNull(reference, "reference");
        if (!AssessmentReference.isWellFormed(reference)) {
            throw new IllegalArgumentException("报告编号格式无效 / malformed assessment reference");
        }
    }

    /** An assessment with a new random reference. */
    public NewAssessment(long versionId, String actor, String countyCode, String verdict, String inputJson, String reportJson, Geometry geometry) {
        this(versionId, actor, countyCode, verdict, inputJson, reportJson, geometry, AssessmentReference.random());
    }
}
