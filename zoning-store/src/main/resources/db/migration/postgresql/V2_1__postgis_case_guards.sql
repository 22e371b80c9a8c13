-- PostGIS-specific part of schema version 2: spatial index of cases, append-only case history.
CREATE INDEX supervision_case_geom ON supervision_case USING GIST (geom);
CREATE TRIGGER supervision_case_event_append_only BEFORE UPDATE OR DELETE ON supervision_case_event
    FOR EACH ROW EXECUTE FUNCTION ecozoning_append_only();
CREATE TRIGGER supervision_case_event_no_truncate BEFORE TRUNCATE ON supervision_case_event
    FOR EACH STATEMENT EXECUTE FUNCTION ecozoning_append_only();
CREATE TRIGGER supervision_case_no_delete BEFORE DELETE ON supervision_case
    FOR EACH ROW EXECUTE FUNCTION ecozoning_append_only();
CREATE TRIGGER supervision_case_no_truncate BEFORE TRUNCATE ON supervision_case
    FOR EACH STATEMENT EXECUTE FUNCTION ecozoning_append_only();
