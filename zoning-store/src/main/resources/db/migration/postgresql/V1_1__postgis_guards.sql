-- PostGIS-specific part of schema version 1.

-- Spatial (GiST) indexes.
CREATE INDEX control_unit_geom ON control_unit USING GIST (geom);
CREATE INDEX element_zone_geom ON element_zone USING GIST (geom);
CREATE INDEX saved_assessment_geom ON saved_assessment USING GIST (geom);

-- At most one PUBLISHED version: a partial unique index.
CREATE UNIQUE INDEX scheme_version_one_published ON scheme_version ((true)) WHERE status = 'PUBLISHED';

-- Nothing is ever deleted: versions, the audit log and saved assessments are append-only.
CREATE FUNCTION ecozoning_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '表 % 只允许追加，不能修改或删除 / table % is append-only: % refused', TG_TABLE_NAME, TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'P0001';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION ecozoning_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION ecozoning_append_only();
CREATE TRIGGER saved_assessment_append_only BEFORE UPDATE OR DELETE ON saved_assessment
    FOR EACH ROW EXECUTE FUNCTION ecozoning_append_only();
CREATE TRIGGER saved_assessment_no_truncate BEFORE TRUNCATE ON saved_assessment
    FOR EACH STATEMENT EXECUTE FUNCTION ecozoning_append_only();
CREATE TRIGGER scheme_version_no_delete BEFORE DELETE ON scheme_version
    FOR EACH ROW EXECUTE FUNCTION ecozoning_append_only();
CREATE TRIGGER scheme_version_no_truncate BEFORE TRUNCATE ON scheme_version
    FOR EACH STATEMENT EXECUTE FUNCTION ecozoning_append_only();
