package org.ecozoning.ogc.processes;

import java.util.Map;

/**
 * A process offered through WPS 1.0.0 and OGC API – Processes alike: it describes itself and turns
 * checked inputs into outputs. Implementations are stateless and thread-safe; they must not keep
 * references to requests.
 */
public interface ZoningProcess {
    ProcessDescription description();

    /**
     * Runs the process.
     *
     * @param in the inputs, already checked against the description
     * @param formats requested format (MIME type) per output id; absent: the default format
     * @param context the job id (for reports) and progress sink
     * @return every output the client asked for (all when {@code formats} is empty)
     */
    ProcessResult execute(ProcessInputs in, Map<String, String> formats, ExecutionContext context);

    /**
     * What an execution knows about itself: its job id, when it was requested, where to report
     * progress, and who asked through which protocol ({@link Origin}, for saved assessments).
     */
    record ExecutionContext(String jobId, java.time.Instant requested, Progress progress, Origin origin) {
        public ExecutionContext {
            if (origin == null) origin = Origin.UNKNOWN;
        }

        /** A context without origin (tools, tests): anonymous, relative links. */
        public ExecutionContext(String jobId, java.time.Instant requested, Progress progress) {
            this(jobId, requested, progress, Origin.UNKNOWN);
        }
    }

    /**
     * Who asked for an execution, copied from the request before the worker starts: the user name
     * (null: anonymous), the server's base URL as the client reached it (for links in reports, ""
     * when unknown) the protocol ("WPS", "OGC API", "portal") and the caller's roles (which
     * scheme versions it may judge against: drafts only for staff, decided by the {@link EngineLookup}).
     */
    record Origin(String actor, String baseUrl, String protocol, java.util.Set<String> roles) {
        public static final Origin UNKNOWN = new Origin(null, "", null);

        public Origin {
            if (baseUrl == null) baseUrl = "";
            roles = roles == null ? java.util.Set.of() : java.util.Set.copyOf(roles);
        }

        /** An origin with no roles (anonymous rights). */
        public Origin(String actor, String baseUrl, String protocol) {
            this(actor, baseUrl, protocol, java.util.Set.of());
        }
    }
}
