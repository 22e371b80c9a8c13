-- ecozoning scheme store, schema version 4: a public reference per saved assessment.
-- reference: an unguessable random token (at least 128 bits, URL-safe base64, 22..64 characters),
-- the "share link" of a report: whoever holds it may read that one assessment. Assessments saved
-- before V4 keep a NULL reference (they stay readable by id through the store; the column is not
-- back-filled because saved_assessment is append-only). The actor index serves "my projects".

ALTER TABLE saved_assessment ADD COLUMN reference VARCHAR(64);
CREATE UNIQUE INDEX saved_assessment_reference ON saved_assessment(reference);
CREATE INDEX saved_assessment_actor ON saved_assessment(actor);
