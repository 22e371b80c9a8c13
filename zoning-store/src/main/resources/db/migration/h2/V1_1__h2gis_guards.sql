-- H2GIS-specific part of schema version 1.

-- Spatial (R-tree) indexes.
CREATE SPATIAL INDEX control_unit_geom ON control_unit(geom);
CREATE SPATIAL INDEX element_zone_geom ON element_zone(geom);
CREATE SPATIAL INDEX saved_assessment_geom ON saved_assessment(geom);

-- At most one PUBLISHED version. H2 has no partial index: a generated column that is 1 for the
-- published row and NULL otherwise carries a UNIQUE constraint (NULLs are distinct in H2).
ALTER TABLE scheme_version ADD COLUMN published_guard INTEGER
    GENERATED ALWAYS AS (CASE WHEN status = 'PUBLISHED' THEN 1 END);
ALTER TABLE scheme_version ADD CONSTRAINT scheme_version_one_published UNIQUE (published_guard);

-- Nothing is ever deleted: versions, the audit log and saved assessments are append-only.
CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log
    FOR EACH ROW CALL 'org.ecozoning.store.jdbc.H2AppendOnlyTrigger';
CREATE TRIGGER saved_assessment_append_only BEFORE UPDATE, DELETE ON saved_assessment
    FOR EACH ROW CALL 'org.ecozoning.store.jdbc.H2AppendOnlyTrigger';
CREATE TRIGGER scheme_version_no_delete BEFORE DELETE ON scheme_version
    FOR EACH ROW CALL 'org.ecozoning.store.jdbc.H2AppendOnlyTrigger';
