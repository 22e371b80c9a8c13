package org.ecozoning.store;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.SchemeContent;
import org.ecozoning.model.UnitCode;
import org.ecozoning.store.diff.SchemeDiff;
import org.locationtech.jts.geom.Geometry;

/**
 * Persistent, versioned storage of the zoning scheme: versions and their lifecycle (draft → filed
 * → published → superseded), their content, rules document and QA warnings, an append-only audit
 * log, and saved assessments. One logical schema on two stores (embedded H2GIS, PostGIS); open
 * one with {@link SchemeStores#open(String)}.
 *
 * <p>Guarantees: at every instant at most one version is published and, once one was, exactly
 * one; a failed or interrupted publish leaves the previous one in force. Only drafts can be
 * edited, and every edit names the revision it was based on: a stale revision raises
 * {@link ConflictException} and writes nothing. Every change writes an audit entry in the same
 * transaction. Implementations are thread-safe.
 */
public interface SchemeStore extends AutoCloseable {

    // ---- versions ----------------------------------------------------------------------------

    /**
     * Creates a draft. With {@code baseVersionId} null the draft is empty; otherwise its content,
     * rules and QA warnings are copied from that version (copy-on-write: the base is never touched).
     */
    SchemeVersion createDraft(String name, VersionKind kind, String notes, Long baseVersionId, Attribution by);

    /** Creates a draft as a copy of the published version; refused when none is published. */
    SchemeVersion createDraftFromPublished(String name, VersionKind kind, String notes, Attribution by);

    Optional<SchemeVersion> version(long id);

    /** All versions, oldest first. */
    List<SchemeVersion> versions();

    /** The version with status PUBLISHED (the latest published), if any. */
    Optional<SchemeVersion> published();

    /**
     * The version in force on {@code date}: of the versions ever published, the one with the latest
     * effective date not after {@code date} (ties go to the one published last).
     */
    Optional<SchemeVersion> inForceOn(LocalDate date);

    /** The whole scheme in force on {@code date}. */
    Optional<StoredScheme> schemeAsOf(LocalDate date);

    /** The whole of one version. */
    StoredScheme scheme(long versionId);

    SchemeContent content(long versionId);

    Optional<String> rules(long versionId);

    List<QaWarning> qaWarnings(long versionId);

    /** Units of a version whose geometry intersects {@code area} (EPSG:4490), using the spatial index. */
    List<ControlUnit> unitsIntersecting(long versionId, Geometry area);

    // ---- draft edits: each names the revision it is based on and returns the version after it ---

    /** Replaces the whole content and QA warnings of a draft (an import). */
    SchemeVersion replaceContent(long versionId, long expectedRevision, SchemeContent content, List<QaWarning> warnings, Attribution by);

    /** Adds a unit to a draft or replaces the unit with the same code. */
    SchemeVersion putUnit(long versionId, long expectedRevision, ControlUnit unit, Attribution by);

    SchemeVersion removeUnit(long versionId, long expectedRevision, UnitCode code, Attribution by);

    SchemeVersion putZone(long versionId, long expectedRevision, ElementZone zone, Attribution by);

    SchemeVersion removeZone(long versionId, long expectedRevision, String zoneId, Attribution by);

    SchemeVersion putClause(long versionId, long expectedRevision, Clause clause, Attribution by);

    SchemeVersion removeClause(long versionId, long expectedRevision, String clauseId, Attribution by);

    /** Sets the rules JSON document of a draft; it must be well-formed JSON. */
    SchemeVersion putRules(long versionId, long expectedRevision, String rulesJson, Attribution by);

    // ---- lifecycle -----------------------------------------------------------------------------

    /** DRAFT → FILED (备案) with the authority and the filing date. */
    SchemeVersion file(long versionId, long expectedRevision, String authority, LocalDate filedDate, Attribution by);

    /**
     * FILED → PUBLISHED with an effective date, superseding the published version, in one
     * transaction. The effective date may not precede the filing date nor the effective date of
     * the version it supersedes.
     */
    SchemeVersion publish(long versionId, long expectedRevision, LocalDate effectiveDate, Attribution by);

    // ---- comparison and history -----------------------------------------------------------------

    /** What changed from one version to another. */
    SchemeDiff diff(long fromVersionId, long toVersionId);

    /** Audit entries, oldest first; of one version when {@code versionId} is given, else all. */
    List<AuditEntry> audit(Long versionId);

    // ---- saved assessments -----------------------------------------------------------------------

    /** Keeps an assessment; returns its id. Input and report must be well-formed JSON. */
    long saveAssessment(NewAssessment assessment);

    Optional<SavedAssessment> assessment(long id);

    List<SavedAssessment> assessments(AssessmentQuery query);

    /**
     * The assessment with this public reference ({@link AssessmentReference}); empty when none is
     * saved under it or the text is not a well-formed reference.
     */
    Optional<SavedAssessment> assessmentByReference(String reference);

    // ---- change notification and housekeeping ------------------------------------------------------

    /** Which version is published now: one indexed single-row query, cheap enough to poll. */
    VersionStamp currentVersionStamp();

    /**
     * Calls {@code onChange} (on a daemon thread) whenever the published version changes, checking
     * at least every {@code pollInterval}; on PostgreSQL a NOTIFY from the publishing server wakes
     * it at once. Close the returned handle to stop.
     */
    AutoCloseable watch(Duration pollInterval, Consumer<VersionStamp> onChange);

    /** The schema (migration) version of the database, e.g. "1.2". */
    String schemaVersion();

    /** Which store this is: "h2gis" or "postgis". */
    String storeKind();

    @Override
    void close();
}
