-- ecozoning scheme store, schema version 5: processing jobs (WPS 1.0.0 and OGC API – Processes) of
-- zoning-server when jobs.store=database, so that a job's status survives a restart and every
-- stateless server over the same database answers its status URL. One row per job (status,
-- progress, times, error, the protocol's request echo as JSON); its outputs in process_job_output,
-- either inline (small: summaries, reports) or as a reference to a spooled result file under the
-- workspace's var/spool/ (large batch results). Rows past expires_at are purged with their files.
-- (Dialect folder rather than common/: binary column types differ.)

CREATE TABLE process_job (
    id             VARCHAR(64)   NOT NULL PRIMARY KEY,
    process_id     VARCHAR(100)  NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    percent        INTEGER       NOT NULL,
    message        VARCHAR(4000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE,
    finished_at    TIMESTAMP WITH TIME ZONE,
    expires_at     TIMESTAMP WITH TIME ZONE,
    error_kind     VARCHAR(32),
    error_locator  VARCHAR(200),
    error_message  text,
    request_json   text,
    CONSTRAINT process_job_status CHECK (status IN ('ACCEPTED', 'RUNNING', 'SUCCESSFUL', 'FAILED', 'DISMISSED')),
    CONSTRAINT process_job_percent CHECK (percent BETWEEN 0 AND 100)
);
CREATE INDEX process_job_created ON process_job (created_at);
CREATE INDEX process_job_expires ON process_job (expires_at);

CREATE TABLE process_job_output (
    job_id      VARCHAR(64)  NOT NULL REFERENCES process_job(id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    output_id   VARCHAR(100) NOT NULL,
    mime_type   VARCHAR(200) NOT NULL,
    schema_url  VARCHAR(500),
    encoding    VARCHAR(40),
    content     bytea,
    file_path   VARCHAR(1000),
    PRIMARY KEY (job_id, output_id),
    CONSTRAINT process_job_output_one CHECK ((content IS NULL) <> (file_path IS NULL))
);
