package org.ecozoning.store;

import java.time.Instant;
import org.locationtech.jts.geom.Geometry;

/**
 * An assessment as kept by the store; see {@link NewAssessment}. {@code reference} is null only for
 * assessments saved before schema version 4.
 */
public record SavedAssessment(long id, Instant createdAt, long versionId, String actor, String countyCode, String verdict,
        String inputJson, String reportJson, Geometry geometry, String reference) {}
