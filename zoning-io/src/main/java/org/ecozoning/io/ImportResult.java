package org.ecozoning.io;

import org.ecozoning.io.qa.QaReport;
import org.ecozoning.model.SchemeContent;

/**
 * What an import produced: the content (what could be mapped — complete only when the report has
 * no error), the QA report, and facts about the source (format, the field mapping used, the EPSG
 * code the source was declared in or null, the text encoding of an attribute table or null, the
 * number of unit features read). The caller stores the content only when {@link #ok()}, keeping the
 * warnings with the version; otherwise it shows the report.
 */
public record ImportResult(SchemeContent content, QaReport qa, Format format, String mapping, Integer sourceEpsg,
                           String encoding, int featuresRead) {
    /** True when the QA report has no error: the content may be written. */
    public boolean ok() { return !qa.hasErrors(); }
}
