package org.ecozoning.ogc.processes;

import java.time.Instant;

/**
 * One execution as the job store keeps it (an immutable snapshot; the job service replaces it as
 * the job advances): which process, status and progress, times, the result or the error, and the
 * protocol's own request echo ({@code request}, e.g. the WPS response form) needed to answer status requests.
 */
public record Job(String id, String processId, JobStatus status, int percent, String message, Instant created, Instant started,
                  Instant finished, Instant expires, ProcessResult result, ProcessException error, Object request) {

    public Job withStatus(JobStatus s, int pct, String msg, Instant now) {
        return new Job(id, processId, s, pct, msg, created, s == JobStatus.RUNNING && started == null ? now : started,
                s.finished() ? now : finished, expires, result, error, request);
    }

    public Job succeeded(ProcessResult r, Instant now, Instant expiry) {
        return new Job(id, processId, JobStatus.SUCCESSFUL, 100, "完成 / done", created, started, now, expiry, r, null, request);
    }

    public Job failed(ProcessException e, Instant now, Instant expiry) {
        return new Job(id, processId, JobStatus.FAILED, percent, e.getMessage(), created, started, now, expiry, null, e, request);
    }
}
