package org.ecozoning.ogc.processes;

/** Life cycle of a job, named as OGC API – Processes names it; WPS 1.0.0 maps it to ProcessAccepted/Started/Succeeded/Failed. */
public enum JobStatus {
    ACCEPTED("accepted"), RUNNING("running"), SUCCESSFUL("successful"), FAILED("failed"), DISMISSED("dismissed");

    private final String apiName;

    JobStatus(String apiName) { this.apiName = apiName; }

    public String apiName() { return apiName; }

    public boolean finished() { return this == SUCCESSFUL || this == FAILED || this == DISMISSED; }
}
