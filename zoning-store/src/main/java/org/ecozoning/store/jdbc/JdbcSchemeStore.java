package org.ecozoning.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.SchemeContent;
import org.ecozoning.model.UnitCode;
import org.ecozoning.store.AssessmentQuery;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.AuditAction;
import org.ecozoning.store.AuditEntry;
import org.ecozoning.store.ConflictException;
import org.ecozoning.store.NewAssessment;
import org.ecozoning.store.NotFoundException;
import org.ecozoning.store.QaWarning;
import org.ecozoning.store.SavedAssessment;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeVersion;
import org.ecozoning.store.StoreAccess;
import org.ecozoning.store.StoreException;
import org.ecozoning.store.StoredScheme;
import org.ecozoning.store.VersionKind;
import org.ecozoning.store.VersionStamp;
import org.ecozoning.store.VersionStatus;
import org.ecozoning.store.diff.SchemeDiff;
import org.ecozoning.store.diff.SchemeDiffer;
import org.locationtech.jts.geom.Geometry;

/**
 * {@link SchemeStore} over JDBC: the same SQL on H2GIS and PostGIS, with the differences in a
 * {@link SqlDialect}. Every public write is one transaction that starts with the guarded revision
 * bump of the version it touches (optimistic lock + status check + row lock) and ends with its
 * audit entry. Schema migrations run when the store is constructed.
 */
public final class JdbcSchemeStore implements SchemeStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqlDialect dialect;
    private final ConnectionPool pool;
    private final UrlDataSource migrationSessions;
    private final Clock clock;
    private final ZoneId zone;
    private final String schemaVersion;
    private final VersionTable versions = new VersionTable();
    private final ContentTable content;
    private final AuditTable audit = new AuditTable();
    private final AssessmentTable assessments = new AssessmentTable();
    private final List<VersionWatcher> watchers = new CopyOnWriteArrayList<>();

    /**
     * Opens the store at {@code url} and migrates its schema.
     *
     * @param zone time zone of calendar years in assessment queries
     */
    public JdbcSchemeStore(String url, SqlDialect dialect, Clock clock, ZoneId zone) {
        this.dialect = Objects.requireNonNull(dialect);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
        this.content = new ContentTable(dialect);
        String effectiveUrl = dialect.connectionUrl(url);
        this.migrationSessions = new UrlDataSource(effectiveUrl, dialect.retainMigrationSessions());
        try {
            this.schemaVersion = Migrator.migrate(migrationSessions, dialect);
        } catch (RuntimeException e) {
            migrationSessions.close();
            throw e;
        }
        this.pool = new ConnectionPool(effectiveUrl, 8);
    }

    private record Logged(AuditAction action, String what) {}

    // ---- versions ----

    @Override
    public SchemeVersion createDraft(String name, VersionKind kind, String notes, Long baseVersionId, Attribution by) {
        checkName(name);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(by, "by");
        checkNotes(notes);
        return tx(c -> {
            OffsetDateTime now = now();
            if (baseVersionId != null) versions.get(c, baseVersionId);
            long id = versions.insertDraft(c, name.strip(), kind, notes, baseVersionId, now, by.who());
            String what;
            if (baseVersionId != null) {
                content.copy(c, baseVersionId, id);
                what = "复制版本 " + baseVersionId + " 创建草稿「" + name.strip() + "」 / draft \"" + name.strip() + "\" created as a copy of version "
                        + baseVersionId;
            } else {
                what = "创建空草稿「" + name.strip() + "」 / empty draft \"" + name.strip() + "\" created";
            }
            audit.append(c, now, by, AuditAction.CREATE_DRAFT, id, what);
            return versions.get(c, id);
        });
    }

    @Override
    public SchemeVersion createDraftFromPublished(String name, VersionKind kind, String notes, Attribution by) {
        long base = read(c -> versions.published(c, false)).orElseThrow(() -> new NotFoundException(
                "尚无已发布的版本，无法复制 / no version is published yet, nothing to copy")).id();
        return createDraft(name, kind, notes, base, by);
    }

    @Override
    public Optional<SchemeVersion> version(long id) { return read(c -> versions.find(c, id)); }

    @Override
    public List<SchemeVersion> versions() { return read(versions::all); }

    @Override
    public Optional<SchemeVersion> published() { return read(c -> versions.published(c, false)); }

    @Override
    public Optional<SchemeVersion> inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return read(c -> versions.inForceOn(c, date));
    }

    @Override
    public Optional<StoredScheme> schemeAsOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return read(c -> {
            Optional<SchemeVersion> v = versions.inForceOn(c, date);
            return v.isEmpty() ? Optional.empty() : Optional.of(scheme(c, v.get()));
        });
    }

    @Override
    public StoredScheme scheme(long versionId) { return read(c -> scheme(c, versions.get(c, versionId))); }

    private StoredScheme scheme(Connection c, SchemeVersion v) throws SQLException {
        return new StoredScheme(v, content(c, v.id()), content.rules(c, v.id()), content.warnings(c, v.id()));
    }

    private SchemeContent content(Connection c, long id) throws SQLException {
        return new SchemeContent(content.units(c, id), content.zones(c, id), content.clauses(c, id));
    }

    @Override
    public SchemeContent content(long versionId) {
        return read(c -> {
            versions.get(c, versionId);
            return content(c, versionId);
        });
    }

    @Override
    public Optional<String> rules(long versionId) { return read(c -> content.rules(c, versionId)); }

    @Override
    public List<QaWarning> qaWarnings(long versionId) { return read(c -> content.warnings(c, versionId)); }

    @Override
    public List<ControlUnit> unitsIntersecting(long versionId, Geometry area) {
        Objects.requireNonNull(area, "area");
        return read(c -> content.unitsIntersecting(c, versionId, area));
    }

    // ---- draft edits ----

    @Override
    public SchemeVersion replaceContent(long versionId, long expectedRevision, SchemeContent newContent, List<QaWarning> warnings, Attribution by) {
        Objects.requireNonNull(newContent, "content");
        List<QaWarning> w = warnings == null ? List.of() : List.copyOf(warnings);
        checkUnique(newContent);
        return edit(versionId, expectedRevision, by, "导入内容", "have its content replaced", c -> {
            content.clear(c, versionId);
            content.insertUnits(c, versionId, newContent.units());
            content.insertZones(c, versionId, newContent.zones());
            content.insertClauses(c, versionId, newContent.clauses());
            content.insertWarnings(c, versionId, w);
            String counts = newContent.units().size() + " units, " + newContent.zones().size() + " zones, " + newContent.clauses().size()
                    + " clauses, " + w.size() + " QA warnings";
            return new Logged(AuditAction.REPLACE_CONTENT, "替换全部内容 / content replaced: " + counts);
        });
    }

    @Override
    public SchemeVersion putUnit(long versionId, long expectedRevision, ControlUnit unit, Attribution by) {
        Objects.requireNonNull(unit, "unit");
        return edit(versionId, expectedRevision, by, "修改单元", "have a unit edited", c -> {
            content.putUnit(c, versionId, unit);
            return new Logged(AuditAction.PUT_UNIT, "单元 unit " + unit.code() + " 「" + unit.name() + "」");
        });
    }

    @Override
    public SchemeVersion removeUnit(long versionId, long expectedRevision, UnitCode code, Attribution by) {
        Objects.requireNonNull(code, "code");
        return edit(versionId, expectedRevision, by, "删除单元", "have a unit removed", c -> {
            if (!content.remove(c, "control_unit", "code", versionId, code.value())) {
                throw new NotFoundException("版本 " + versionId + " 中没有单元 " + code + " / version " + versionId + " has no unit " + code);
            }
            return new Logged(AuditAction.REMOVE_UNIT, "单元 unit " + code);
        });
    }

    @Override
    public SchemeVersion putZone(long versionId, long expectedRevision, ElementZone zone, Attribution by) {
        Objects.requireNonNull(zone, "zone");
        checkId(zone.id(), "要素分区编号 zone id");
        return edit(versionId, expectedRevision, by, "修改要素分区", "have a zone edited", c -> {
            content.putZone(c, versionId, zone);
            return new Logged(AuditAction.PUT_ZONE, "要素分区 zone " + zone.id() + " 「" + zone.name() + "」");
        });
    }

    @Override
    public SchemeVersion removeZone(long versionId, long expectedRevision, String zoneId, Attribution by) {
        Objects.requireNonNull(zoneId, "zoneId");
        return edit(versionId, expectedRevision, by, "删除要素分区", "have a zone removed", c -> {
            if (!content.remove(c, "element_zone", "zone_id", versionId, zoneId)) {
                throw new NotFoundException("版本 " + versionId + " 中没有要素分区 " + zoneId + " / version " + versionId + " has no zone " + zoneId);
            }
            return new Logged(AuditAction.REMOVE_ZONE, "要素分区 zone " + zoneId);
        });
    }

    @Override
    public SchemeVersion putClause(long versionId, long expectedRevision, Clause clause, Attribution by) {
        Objects.requireNonNull(clause, "clause");
        checkId(clause.id(), "条款编号 clause id");
        return edit(versionId, expectedRevision, by, "修改条款", "have a clause edited", c -> {
            content.putClause(c, versionId, clause);
            return new Logged(AuditAction.PUT_CLAUSE, "条款 clause " + clause.id());
        });
    }

    @Override
    public SchemeVersion removeClause(long versionId, long expectedRevision, String clauseId, Attribution by) {
        Objects.requireNonNull(clauseId, "clauseId");
        return edit(versionId, expectedRevision, by, "删除条款", "have a clause removed", c -> {
            if (!content.remove(c, "clause", "clause_id", versionId, clauseId)) {
                throw new NotFoundException("版本 " + versionId + " 中没有条款 " + clauseId + " / version " + versionId + " has no clause " + clauseId);
            }
            return new Logged(AuditAction.REMOVE_CLAUSE, "条款 clause " + clauseId);
        });
    }

    @Override
    public SchemeVersion putRules(long versionId, long expectedRevision, String rulesJson, Attribution by) {
        checkJson(rulesJson, "规则文档 rules document");
        return edit(versionId, expectedRevision, by, "修改规则", "have its rules changed", c -> {
            content.putRules(c, versionId, rulesJson, now());
            return new Logged(AuditAction.PUT_RULES, "规则文档 rules document (" + rulesJson.length() + " chars)");
        });
    }

    private SchemeVersion edit(long versionId, long expectedRevision, Attribution by, String whatZh, String whatEn, SqlWork<Logged> work) {
        Objects.requireNonNull(by, "by");
        return tx(c -> {
            OffsetDateTime now = now();
            versions.bump(c, versionId, expectedRevision, VersionStatus.DRAFT, now, whatZh + "（只能修改草稿）",
                    whatEn + " (only a draft can be edited)");
            Logged logged = work.run(c);
            audit.append(c, now, by, logged.action(), versionId, logged.what());
            return versions.get(c, versionId);
        });
    }

    // ---- lifecycle ----

    @Override
    public SchemeVersion file(long versionId, long expectedRevision, String authority, LocalDate filedDate, Attribution by) {
        if (authority == null || authority.isBlank() || authority.length() > 400) {
            throw new StoreException("备案须写明备案机关（不超过400字）/ filing needs the authority (at most 400 characters)");
        }
        if (filedDate == null) throw new StoreException("备案须写明备案日期 / filing needs the filing date");
        Objects.requireNonNull(by, "by");
        return tx(c -> {
            OffsetDateTime now = now();
            versions.bump(c, versionId, expectedRevision, VersionStatus.DRAFT, now, "备案（只有草稿可以备案）", "be filed (only a draft can be filed)");
            versions.markFiled(c, versionId, authority.strip(), filedDate);
            audit.append(c, now, by, AuditAction.FILE, versionId,
                    "报" + authority.strip() + "备案，备案日期 " + filedDate + " / filed with " + authority.strip() + " on " + filedDate);
            return versions.get(c, versionId);
        });
    }

    @Override
    public SchemeVersion publish(long versionId, long expectedRevision, LocalDate effectiveDate, Attribution by) {
        if (effectiveDate == null) throw new StoreException("发布须写明施行日期 / publishing needs the effective date");
        Objects.requireNonNull(by, "by");
        return tx(c -> {
            OffsetDateTime now = now();
            versions.bump(c, versionId, expectedRevision, VersionStatus.FILED, now, "发布（只有已备案的版本可以发布）",
                    "be published (only a filed version can be published)");
            SchemeVersion target = versions.get(c, versionId);
            if (effectiveDate.isBefore(target.filedDate())) {
                throw new StoreException("施行日期 " + effectiveDate + " 早于备案日期 " + target.filedDate() + " / effective date " + effectiveDate
                        + " is before the filing date " + target.filedDate());
            }
            Optional<SchemeVersion> old = versions.published(c, true);
            if (old.isPresent()) {
                SchemeVersion o = old.get();
                if (effectiveDate.isBefore(o.effectiveDate())) {
                    throw new StoreException("施行日期 " + effectiveDate + " 早于现行版本 " + o.id() + " 的施行日期 " + o.effectiveDate()
                            + " / effective date " + effectiveDate + " is before " + o.effectiveDate() + ", the effective date of version "
                            + o.id() + " now in force");
                }
                versions.markSuperseded(c, o.id(), versionId, now);
            }
            TestHooks.pauseInPublish();
            versions.markPublished(c, versionId, effectiveDate, now);
            String supersedes = old.map(o -> "，替代版本 " + o.id()).orElse("");
            String supersedesEn = old.map(o -> ", superseding version " + o.id()).orElse("");
            audit.append(c, now, by, AuditAction.PUBLISH, versionId,
                    "发布，自 " + effectiveDate + " 起施行" + supersedes + " / published, in force from " + effectiveDate + supersedesEn);
            if (old.isPresent()) {
                audit.append(c, now, by, AuditAction.SUPERSEDE, old.get().id(),
                        "被版本 " + versionId + " 替代，自 " + effectiveDate + " 起失效 / superseded by version " + versionId + " from " + effectiveDate);
            }
            dialect.afterPublish(c, versionId);
            return versions.get(c, versionId);
        });
    }

    // ---- comparison and history ----

    @Override
    public SchemeDiff diff(long fromVersionId, long toVersionId) {
        return read(c -> {
            versions.get(c, fromVersionId);
            versions.get(c, toVersionId);
            return SchemeDiffer.diff(fromVersionId, content(c, fromVersionId), toVersionId, content(c, toVersionId));
        });
    }

    @Override
    public List<AuditEntry> audit(Long versionId) { return read(c -> audit.list(c, versionId)); }

    // ---- saved assessments ----

    @Override
    public long saveAssessment(NewAssessment a) {
        Objects.requireNonNull(a, "assessment");
        Attribution by = new Attribution(a.actor(), null);
        checkJson(a.inputJson(), "评估输入 assessment input");
        checkJson(a.reportJson(), "评估报告 assessment report");
        if (a.verdict().isBlank() || a.verdict().length() > 40) throw new StoreException("评估结论须为1至40个字符 / verdict must be 1 to 40 characters");
        if (a.countyCode() != null && a.countyCode().length() > 12) throw new StoreException("县区代码过长 / county code longer than 12 characters");
        return tx(c -> {
            OffsetDateTime now = now();
            versions.get(c, a.versionId());
            long id = assessments.insert(c, a, now);
            audit.append(c, now, by, AuditAction.SAVE_ASSESSMENT, a.versionId(),
                    "保存评估 " + id + "（结论 " + a.verdict() + "）/ assessment " + id + " saved (verdict " + a.verdict() + ")");
            return id;
        });
    }

    @Override
    public Optional<SavedAssessment> assessment(long id) { return read(c -> assessments.find(c, id)); }

    @Override
    public Optional<SavedAssessment> assessmentByReference(String reference) {
        if (!org.ecozoning.store.AssessmentReference.isWellFormed(reference)) return Optional.empty();
        return read(c -> assessments.findByReference(c, reference));
    }

    @Override
    public List<SavedAssessment> assessments(AssessmentQuery query) {
        Objects.requireNonNull(query, "query");
        return read(c -> assessments.list(c, query, zone));
    }

    // ---- change notification, housekeeping ----

    @Override
    public VersionStamp currentVersionStamp() {
        Connection c = null;
        boolean broken = false;
        try {
            c = pool.borrow();
            return versions.stamp(c);
        } catch (SQLException e) {
            broken = true;
            throw map(e);
        } finally {
            pool.release(c, broken);
        }
    }

    @Override
    public AutoCloseable watch(Duration pollInterval, Consumer<VersionStamp> onChange) {
        Objects.requireNonNull(onChange, "onChange");
        long millis = Math.max(10, pollInterval.toMillis());
        VersionWatcher w = new VersionWatcher(this::currentVersionStamp, dialect.openChangeSignal(pool), millis, onChange);
        watchers.add(w);
        return () -> {
            watchers.remove(w);
            w.close();
        };
    }

    @Override
    public String schemaVersion() { return schemaVersion; }

    @Override
    public String storeKind() { return dialect.kind(); }

    @Override
    public void close() {
        for (VersionWatcher w : watchers) w.close();
        watchers.clear();
        pool.close();
        migrationSessions.close();
    }

    // ---- transactions and checks ----

    /** Transactions on this store's database for extension tables; see {@link StoreAccess}. */
    public StoreAccess access() {
        return new StoreAccess() {
            @Override
            public <T> T write(Work<T> work) { return tx(work::run); }

            @Override
            public <T> T read(Work<T> work) { return JdbcSchemeStore.this.read(work::run); }

            @Override
            public void audit(Connection c, Attribution by, AuditAction action, Long versionId, String what) throws SQLException {
                audit.append(c, now(), by, action, versionId, what);
            }

            @Override
            public OffsetDateTime now() { return JdbcSchemeStore.this.now(); }

            @Override
            public String kind() { return dialect.kind(); }
        };
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** Runs {@code work} in one read-write transaction; any failure rolls it back whole. */
    private <T> T tx(SqlWork<T> work) {
        return run(work, Connection.TRANSACTION_READ_COMMITTED);
    }

    /** Runs {@code work} on one consistent snapshot. */
    private <T> T read(SqlWork<T> work) {
        return run(work, Connection.TRANSACTION_REPEATABLE_READ);
    }

    private <T> T run(SqlWork<T> work, int isolation) {
        Connection c = null;
        boolean broken = false;
        try {
            c = pool.borrow();
            if (isolation != Connection.TRANSACTION_READ_COMMITTED) c.setTransactionIsolation(isolation);
            c.setAutoCommit(false);
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException e) {
            broken = !rollback(c);
            throw map(e);
        } catch (RuntimeException e) {
            broken = !rollback(c);
            throw e;
        } finally {
            pool.release(c, broken);
        }
    }

    private static boolean rollback(Connection c) {
        if (c == null) return false;
        try {
            c.rollback();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private RuntimeException map(SQLException e) {
        if (dialect.isUniqueViolation(e) || dialect.isConcurrencyFailure(e)) {
            return new ConflictException("与同时进行的其他修改冲突，未写入任何内容，请刷新后重试 / conflicts with a concurrent change; nothing was written,"
                    + " reload and retry", e);
        }
        if ("P0001".equals(e.getSQLState())) return new StoreException(firstLine(e.getMessage()), e);
        return new StoreException("数据库操作失败 / database operation failed (SQLState " + e.getSQLState() + "): " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new StoreException("版本名称须为1至200个字符 / version name must be 1 to 200 characters");
        }
    }

    private static void checkNotes(String notes) {
        if (notes != null && notes.length() > 4000) throw new StoreException("说明过长（不超过4000字）/ notes longer than 4000 characters");
    }

    private static void checkId(String id, String what) {
        if (id.isBlank() || id.length() > 100) throw new StoreException(what + " 须为1至100个字符 / must be 1 to 100 characters: " + id);
    }

    private static void checkJson(String json, String what) {
        if (json == null) throw new StoreException(what + " 不能为空 / must not be null");
        try {
            JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException(what + " 不是合法的 JSON / is not well-formed JSON: " + firstLine(e.getOriginalMessage()));
        }
    }

    private static void checkUnique(SchemeContent c) {
        Set<String> seen = new HashSet<>();
        for (ControlUnit u : c.units()) {
            if (!seen.add(u.code().value())) throw new StoreException("单元编码重复 / duplicate unit code: " + u.code());
        }
        seen.clear();
        for (ElementZone z : c.zones()) {
            checkId(z.id(), "要素分区编号 zone id");
            if (!seen.add(z.id())) throw new StoreException("要素分区编号重复 / duplicate zone id: " + z.id());
        }
        seen.clear();
        for (Clause cl : c.clauses()) {
            checkId(cl.id(), "条款编号 clause id");
            if (!seen.add(cl.id())) throw new StoreException("条款编号重复 / duplicate clause id: " + cl.id());
        }
    }

}
