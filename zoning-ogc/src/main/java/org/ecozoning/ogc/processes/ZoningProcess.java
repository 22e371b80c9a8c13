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

    /** What an execution knows about itself: its job id, when it was requested, and where to report progress. */
    record ExecutionContext(String jobId, java.time.Instant requested, Progress progress) { }
}
