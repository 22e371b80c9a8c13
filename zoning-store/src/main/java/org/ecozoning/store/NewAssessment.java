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
 */
public record NewAssessment(long versionId, String actor, String countyCode, String verdict, String inputJson, String reportJson,
        Geometry geometry) {
    public NewAssessment {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(inputJson, "inputJson");
        Objects.requireNonNull(reportJson, "reportJson");
    }
}
