-- H2GIS-specific part of schema version 2: spatial index of cases, append-only case history.
CREATE SPATIAL INDEX supervision_case_geom ON supervision_case(geom);
CREATE TRIGGER supervision_case_event_append_only BEFORE UPDATE, DELETE ON supervision_case_event
    FOR EACH ROW CALL 'org.ecozoning.store.jdbc.H2AppendOnlyTrigger';
CREATE TRIGGER supervision_case_no_delete BEFORE DELETE ON supervision_case
    FOR EACH ROW CALL 'org.ecozoning.store.jdbc.H2AppendOnlyTrigger';
