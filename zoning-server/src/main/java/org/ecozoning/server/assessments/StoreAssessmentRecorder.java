package org.ecozoning.server.assessments;

import java.util.Objects;
import org.ecozoning.ogc.processes.AssessmentRecorder;
import org.ecozoning.server.scheme.SchemeService;
import org.ecozoning.store.NewAssessment;

/**
 * The server's {@link AssessmentRecorder}: keeps each single-site assessment in the scheme store
 * (saved_assessment, with its public reference), as made through the portal, WPS or OGC API
 * Processes. Read back at {@value #PATH}{@code /{reference}} ({@link SavedAssessmentsApi}).
 */
public final class StoreAssessmentRecorder implements AssessmentRecorder {
    /** Where saved assessments are read back. */
    public static final String PATH = "/api/assessments";

    private final SchemeService scheme;
    private final boolean enabled;

    /** @param enabled server configuration {@code assessments.save} */
    public StoreAssessmentRecorder(SchemeService scheme, boolean enabled) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.enabled = enabled;
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public void record(Assessment a) {
        long versionId = scheme.versionIdOf(a.scheme()).orElseThrow(() -> new IllegalStateException(
                "方案版本不在存储中 / scheme version " + a.scheme().version() + " is not in the store"));
        scheme.store().saveAssessment(new NewAssessment(versionId, a.actor(), a.countyCode(), a.report().verdict().name(), a.inputJson(),
                a.reportJson(), a.siteLonLat(), a.reference()));
    }

    @Override
    public String retrievalUrl(String baseUrl, String reference) {
        return (baseUrl == null ? "" : baseUrl) + PATH + "/" + reference;
    }
}
