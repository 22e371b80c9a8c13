package org.ecozoning.compliance;

import org.ecozoning.model.ZoningException;

/**
 * A project input the engine refuses to assess (empty or non-finite geometry, too many vertices,
 * malformed WKT/GeoJSON, missing nature …). Codes are listed in docs/REPORT-SCHEMA.md.
 */
public class AssessmentException extends ZoningException {
    private static final long serialVersionUID = 1L;

    public AssessmentException(String code, String messageZh, String messageEn) { super(code, messageZh, messageEn); }

    public AssessmentException(String code, String messageZh, String messageEn, Throwable cause) {
        super(code, messageZh, messageEn, cause);
    }
}
