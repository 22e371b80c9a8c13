package org.ecozoning.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ecozoning.store.Fixtures.ALICE;
import static org.ecozoning.store.Fixtures.BOB;
import static org.ecozoning.store.Fixtures.C1;
import static org.ecozoning.store.Fixtures.C2;
import static org.ecozoning.store.Fixtures.C3;
import static org.ecozoning.store.Fixtures.U1;
import static org.ecozoning.store.Fixtures.U2;
import static org.ecozoning.store.Fixtures.U3;
import static org.ecozoning.store.Fixtures.Z1;
import static org.ecozoning.store.Fixtures.Z2;
import static org.ecozoning.store.Fixtures.rect;
import static org.ecozoning.store.Fixtures.unit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.SchemeContent;
import org.ecozoning.model.UnitCode;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.model.ZoneType;
import org.ecozoning.store.diff.ChangeKind;
import org.ecozoning.store.diff.ClauseChange;
import org.ecozoning.store.diff.DiffGeoJson;
import org.ecozoning.store.diff.SchemeDiff;
import org.ecozoning.store.diff.UnitChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/**
 * The behaviour every {@link SchemeStore} must have, run against each store by a subclass that
 * supplies a fresh, empty database per test.
 */
abstract class SchemeStoreContract {
    /** The newest Flyway migration version; every store opens at it. */
    static final String LATEST_SCHEMA = "6";

    /** A JDBC URL of a new, empty database (or schema) for one test. */
    protected abstract String newDatabaseUrl() throws Exception;

    /** Whether another process may open the database while this test holds it open. */
    protected abstract boolean sharedAccess();

    protected String url;
    protected SchemeStore store;
    protected final Fixtures.MutableClock clock = new Fixtures.MutableClock(Instant.parse("2025-03-01T02:00:00Z"));

    @BeforeEach
    void openStore() throws Exception {
        url = newDatabaseUrl();
        store = SchemeStores.open(url, clock);
    }

    @AfterEach
    void closeStore() {
        if (store != null) store.close();
    }

    // ---- helpers ----

    /** A version with the base content, filed and published, in force from {@code effective}. */
    protected SchemeVersion publishedVersion(String name, SchemeContent content, LocalDate effective) {
        SchemeVersion v = store.createDraft(name, VersionKind.PERIODIC, null, null, ALICE);
        v = store.replaceContent(v.id(), v.revision(), content, List.of(), ALICE);
        v = store.file(v.id(), v.revision(), "山西省生态环境厅", effective.minusDays(30), ALICE);
        return store.publish(v.id(), v.revision(), effective, ALICE);
    }

    protected long countPublished() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM scheme_version WHERE status = 'PUBLISHED'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- migrations ----

    @Test
    void migrationsRunOnStartAndAreIdempotent() throws Exception {
        assertThat(store.schemaVersion()).isEqualTo(LATEST_SCHEMA);
        SchemeVersion v = publishedVersion("2024年版", Fixtures.base(), LocalDate.of(2024, 1, 1));
        int applied = historyRows();
        store.close();
        store = SchemeStores.open(url, clock);
        store.close();
        store = SchemeStores.open(url, clock);
        assertThat(store.schemaVersion()).isEqualTo(LATEST_SCHEMA);
        assertThat(historyRows()).isEqualTo(applied);
        assertThat(store.published()).map(SchemeVersion::id).contains(v.id());
        assertThat(store.content(v.id())).isEqualTo(Fixtures.base());
    }

    private int historyRows() throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void contentRoundTripsExactly() {
        SchemeVersion v = store.createDraft("2024年版", VersionKind.PERIODIC, "首版", null, ALICE);
        List<QaWarning> warnings = List.of(new QaWarning("WARNING", "UNIT_OVERLAP", "ZH14010510001", "与相邻单元重叠 12 m²"));
        v = store.replaceContent(v.id(), v.revision(), Fixtures.base(), warnings, ALICE);
        v = store.putRules(v.id(), v.revision(), Fixtures.RULES, ALICE);
        StoredScheme s = store.scheme(v.id());
        assertThat(s.content()).isEqualTo(Fixtures.base());
        assertThat(s.content().units().get(0).geometry().getSRID()).isEqualTo(4490);
        assertThat(s.rulesJson()).contains(Fixtures.RULES);
        assertThat(s.qaWarnings()).isEqualTo(warnings);
        assertThat(s.version().notes()).isEqualTo("首版");
        assertThat(s.version().revision()).isEqualTo(2);
    }

    // ---- lifecycle ----

    @Test
    void lifecycleMovesForwardOnly() {
        SchemeVersion v = store.createDraft("2024年版", VersionKind.PERIODIC, null, null, ALICE);
        assertThat(v.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(v.revision()).isZero();
        v = store.replaceContent(v.id(), v.revision(), Fixtures.base(), List.of(), ALICE);
        long id = v.id();
        long rev = v.revision();

        assertThatThrownBy(() -> store.publish(id, rev, LocalDate.of(2024, 7, 1), ALICE))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("草稿").hasMessageContaining("draft").hasMessageContaining("filed");

        SchemeVersion filed = store.file(id, rev, "山西省生态环境厅", LocalDate.of(2024, 6, 1), ALICE);
        assertThat(filed.status()).isEqualTo(VersionStatus.FILED);
        assertThat(filed.filedAuthority()).isEqualTo("山西省生态环境厅");
        assertThat(filed.filedDate()).isEqualTo(LocalDate.of(2024, 6, 1));

        assertThatThrownBy(() -> store.file(id, filed.revision(), "x", LocalDate.of(2024, 6, 2), ALICE))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("已备案").hasMessageContaining("only a draft");
        assertThatThrownBy(() -> store.putUnit(id, filed.revision(), U1, ALICE))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("only a draft can be edited");
        assertThatThrownBy(() -> store.publish(id, filed.revision(), LocalDate.of(2024, 5, 1), ALICE))
                .isInstanceOf(StoreException.class).hasMessageContaining("before the filing date");

        SchemeVersion pub = store.publish(id, filed.revision(), LocalDate.of(2024, 7, 1), ALICE);
        assertThat(pub.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(pub.effectiveDate()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(pub.publishedAt()).isEqualTo(clock.instant());

        assertThatThrownBy(() -> store.publish(id, pub.revision(), LocalDate.of(2024, 8, 1), ALICE))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("published");
        assertThatThrownBy(() -> store.removeClause(id, pub.revision(), C1.id(), ALICE))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("已发布");

        SchemeVersion next = store.createDraftFromPublished("2025年版", VersionKind.DYNAMIC, null, ALICE);
        next = store.file(next.id(), next.revision(), "山西省生态环境厅", LocalDate.of(2025, 1, 1), ALICE);
        store.publish(next.id(), next.revision(), LocalDate.of(2025, 2, 1), ALICE);
        SchemeVersion superseded = store.version(id).orElseThrow();
        assertThat(superseded.status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(superseded.supersededBy()).isEqualTo(next.id());
        assertThatThrownBy(() -> store.file(id, superseded.revision(), "x", LocalDate.of(2025, 3, 1), ALICE))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("superseded");

        // refused steps wrote nothing: the revision of the refused version did not move
        assertThat(store.version(id).orElseThrow().revision()).isEqualTo(superseded.revision());
        assertThat(store.audit(id)).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE_DRAFT,
                AuditAction.REPLACE_CONTENT, AuditAction.FILE, AuditAction.PUBLISH, AuditAction.SUPERSEDE);
    }

    @Test
    void badInputIsRefusedWithBilingualMessages() {
        assertThatThrownBy(() -> store.createDraft(" ", VersionKind.PERIODIC, null, null, ALICE))
                .isInstanceOf(StoreException.class).hasMessageContaining("版本名称").hasMessageContaining("version name");
        assertThatThrownBy(() -> store.createDraft("x", VersionKind.PERIODIC, null, 999L, ALICE))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("999");
        assertThatThrownBy(() -> store.createDraftFromPublished("x", VersionKind.PERIODIC, null, ALICE))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no version is published");
        SchemeVersion v = store.createDraft("2024年版", VersionKind.PERIODIC, null, null, ALICE);
        SchemeContent dup = new SchemeContent(List.of(U1, U1), List.of(), List.of());
        assertThatThrownBy(() -> store.replaceContent(v.id(), v.revision(), dup, List.of(), ALICE))
                .isInstanceOf(StoreException.class).hasMessageContaining("duplicate unit code");
        ControlUnit projected = unit("ZH14010530009", "投影坐标", UnitSubtype.GENERAL, rect(500000, 4180000, 1000, 1000));
        assertThatThrownBy(() -> store.putUnit(v.id(), v.revision(), projected, ALICE))
                .isInstanceOf(StoreException.class).hasMessageContaining("EPSG:4490");
        assertThatThrownBy(() -> store.putRules(v.id(), v.revision(), "{not json", ALICE))
                .isInstanceOf(StoreException.class).hasMessageContaining("not well-formed JSON");
        assertThatThrownBy(() -> store.removeUnit(v.id(), v.revision(), U1.code(), ALICE))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("has no unit");
        assertThat(store.version(v.id()).orElseThrow().revision()).isZero();
        assertThat(store.version(12345)).isEmpty();
        assertThatThrownBy(() -> store.content(12345)).isInstanceOf(NotFoundException.class);
    }

    // ---- one published version ----

    @Test
    void exactlyOneVersionIsPublishedAfterEveryPublish() throws Exception {
        assertThat(countPublished()).isZero();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(publishedVersion("版本" + i, Fixtures.base(), LocalDate.of(2021 + i, 1, 1)).id());
            assertThat(countPublished()).isEqualTo(1);
            assertThat(store.published()).map(SchemeVersion::id).contains(ids.get(i));
        }
        assertThat(store.version(ids.get(0)).orElseThrow().supersededBy()).isEqualTo(ids.get(1));
        assertThat(store.version(ids.get(1)).orElseThrow().supersededBy()).isEqualTo(ids.get(2));
        assertThat(store.versions()).extracting(SchemeVersion::status)
                .containsExactly(VersionStatus.SUPERSEDED, VersionStatus.SUPERSEDED, VersionStatus.PUBLISHED);

        // the database itself refuses a second published row, whatever the application does
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement ps = c.prepareStatement("UPDATE scheme_version SET status = 'PUBLISHED' WHERE id = ?")) {
            ps.setLong(1, ids.get(0));
            assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class);
        }
        assertThat(countPublished()).isEqualTo(1);
    }

    @Test
    void concurrentPublishesNeverLeaveTwoPublishedVersions() throws Exception {
        SchemeVersion v0 = publishedVersion("2024年版", Fixtures.base(), LocalDate.of(2024, 1, 1));
        List<SchemeVersion> filed = new ArrayList<>();
        for (String name : List.of("甲", "乙")) {
            SchemeVersion d = store.createDraftFromPublished(name, VersionKind.DYNAMIC, null, ALICE);
            filed.add(store.file(d.id(), d.revision(), "山西省生态环境厅", LocalDate.of(2024, 6, 1), ALICE));
        }
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (SchemeVersion f : filed) {
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        store.publish(f.id(), f.revision(), LocalDate.of(2024, 7, 1), ALICE);
                        return "ok";
                    } catch (ConflictException e) {
                        return "conflict";
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> r : results) outcomes.add(r.get(60, TimeUnit.SECONDS));
            assertThat(outcomes).contains("ok");
            assertThat(countPublished()).isEqualTo(1);
            SchemeVersion winner = store.published().orElseThrow();
            assertThat(winner.id()).isIn(filed.get(0).id(), filed.get(1).id());
            // the chain of supersession is unbroken: v0 → (the loser, if it published first) → winner
            SchemeVersion old = store.version(v0.id()).orElseThrow();
            assertThat(old.status()).isEqualTo(VersionStatus.SUPERSEDED);
            if (outcomes.contains("conflict")) {
                assertThat(old.supersededBy()).isEqualTo(winner.id());
                SchemeVersion loser = store.version(filed.get(0).id() == winner.id() ? filed.get(1).id() : filed.get(0).id()).orElseThrow();
                assertThat(loser.status()).isEqualTo(VersionStatus.FILED);
            } else {
                SchemeVersion first = store.version(old.supersededBy()).orElseThrow();
                assertThat(first.status()).isEqualTo(VersionStatus.SUPERSEDED);
                assertThat(first.supersededBy()).isEqualTo(winner.id());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void effectiveDatesCannotGoBackwards() {
        publishedVersion("2024年版", Fixtures.base(), LocalDate.of(2024, 7, 1));
        SchemeVersion d = store.createDraftFromPublished("回溯版", VersionKind.DYNAMIC, null, ALICE);
        SchemeVersion f = store.file(d.id(), d.revision(), "山西省生态环境厅", LocalDate.of(2024, 1, 1), ALICE);
        assertThatThrownBy(() -> store.publish(f.id(), f.revision(), LocalDate.of(2024, 6, 30), ALICE))
                .isInstanceOf(StoreException.class).hasMessageContaining("施行日期").hasMessageContaining("now in force");
        assertThat(store.version(f.id()).orElseThrow().status()).isEqualTo(VersionStatus.FILED);
    }

    @Test
    void asOfFindsTheVersionInForceOnADate() {
        SchemeContent second = new SchemeContent(List.of(U1, U2), List.of(Z1), List.of(C1));
        assertThat(store.inForceOn(LocalDate.of(2024, 1, 1))).isEmpty();
        SchemeVersion v1 = publishedVersion("2021年版", Fixtures.base(), LocalDate.of(2021, 1, 1));
        SchemeVersion v2 = publishedVersion("2024年版", second, LocalDate.of(2024, 7, 1));
        // a version published later but with the same effective date wins that day
        SchemeVersion v3 = publishedVersion("2024年版（修正）", second, LocalDate.of(2024, 7, 1));

        assertThat(store.inForceOn(LocalDate.of(2020, 12, 31))).isEmpty();
        assertThat(store.inForceOn(LocalDate.of(2021, 1, 1))).map(SchemeVersion::id).contains(v1.id());
        assertThat(store.inForceOn(LocalDate.of(2024, 6, 30))).map(SchemeVersion::id).contains(v1.id());
        assertThat(store.inForceOn(LocalDate.of(2024, 7, 1))).map(SchemeVersion::id).contains(v3.id());
        assertThat(store.inForceOn(LocalDate.of(2030, 1, 1))).map(SchemeVersion::id).contains(v3.id());
        assertThat(v2.id()).isNotEqualTo(v3.id());

        StoredScheme asOf2022 = store.schemeAsOf(LocalDate.of(2022, 5, 5)).orElseThrow();
        assertThat(asOf2022.version().id()).isEqualTo(v1.id());
        assertThat(asOf2022.content()).isEqualTo(Fixtures.base());
        assertThat(store.schemeAsOf(LocalDate.of(2025, 1, 1)).orElseThrow().content()).isEqualTo(second);
        assertThat(store.schemeAsOf(LocalDate.of(2000, 1, 1))).isEmpty();
    }

    // ---- copy-on-write ----

    @Test
    void editingADraftNeverTouchesThePublishedVersion() {
        SchemeVersion pub = publishedVersion("2024年版", Fixtures.base(), LocalDate.of(2024, 1, 1));
        pub = store.version(pub.id()).orElseThrow();
        SchemeVersion draft = store.createDraftFromPublished("2025年版", VersionKind.DYNAMIC, "动态更新", ALICE);
        assertThat(draft.parentId()).isEqualTo(pub.id());
        assertThat(store.content(draft.id())).isEqualTo(store.content(pub.id()));

        ControlUnit renamed = unit(U2.code().value(), "小店经济开发区", U2.subtype(), U2.geometry());
        Clause changed = new Clause(C2.id(), C2.level(), C2.scopeCode(), C2.dimension(), "新条款文本", List.of("R9"));
        draft = store.putUnit(draft.id(), draft.revision(), renamed, ALICE);
        draft = store.removeUnit(draft.id(), draft.revision(), U3.code(), ALICE);
        draft = store.putClause(draft.id(), draft.revision(), changed, ALICE);
        draft = store.removeZone(draft.id(), draft.revision(), Z2.id(), ALICE);
        draft = store.putRules(draft.id(), draft.revision(), "{\"rules\":[]}", ALICE);

        assertThat(store.content(pub.id())).isEqualTo(Fixtures.base());
        assertThat(store.rules(pub.id())).isEmpty();
        assertThat(store.version(pub.id()).orElseThrow().revision()).isEqualTo(pub.revision());
        SchemeContent d = store.content(draft.id());
        assertThat(d.units()).containsExactly(U1, renamed);
        assertThat(d.clauses()).containsExactly(C1, changed, C3);
        assertThat(d.zones()).containsExactly(Z1);
        assertThat(store.rules(draft.id())).contains("{\"rules\":[]}");
        assertThat(draft.revision()).isEqualTo(5);
    }

    @Test
    void aCopyKeepsRulesAndWarningsOfItsBase() {
        SchemeVersion v = store.createDraft("2024年版", VersionKind.PERIODIC, null, null, ALICE);
        v = store.replaceContent(v.id(), v.revision(), Fixtures.base(), List.of(new QaWarning("ERROR", "SELF_INTERSECTION", "ZH14010510001", "自相交")), ALICE);
        v = store.putRules(v.id(), v.revision(), Fixtures.RULES, ALICE);
        SchemeVersion copy = store.createDraft("副本", VersionKind.DYNAMIC, null, v.id(), BOB);
        assertThat(store.scheme(copy.id()).content()).isEqualTo(Fixtures.base());
        assertThat(store.rules(copy.id())).contains(Fixtures.RULES);
        assertThat(store.qaWarnings(copy.id())).extracting(QaWarning::code).containsExactly("SELF_INTERSECTION");
        assertThat(store.version(copy.id()).orElseThrow().createdBy()).isEqualTo("bob");
    }

    // ---- optimistic locking ----

    @Test
    void aStaleRevisionIsAConflictNotAnOverwrite() {
        SchemeVersion v = store.createDraft("2024年版", VersionKind.PERIODIC, null, null, ALICE);
        long rev = v.revision();
        store.putUnit(v.id(), rev, U1, ALICE);
        assertThatThrownBy(() -> store.putUnit(v.id(), rev, U2, BOB))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("已被他人修改").hasMessageContaining("changed by someone else")
                .satisfies(e -> {
                    ConflictException ce = (ConflictException) e;
                    assertThat(ce.expectedRevision()).isEqualTo(rev);
                    assertThat(ce.actualRevision()).isEqualTo(rev + 1);
                });
        assertThat(store.content(v.id()).units()).containsExactly(U1);
        assertThat(store.audit(v.id())).extracting(AuditEntry::actor).containsExactly("alice", "alice");
    }

    @Test
    void concurrentWritersOfOneDraftGetOneSuccessAndOneConflict() throws Exception {
        SchemeVersion v = store.createDraft("2024年版", VersionKind.PERIODIC, null, null, ALICE);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Attribution who : List.of(ALICE, BOB)) {
                SchemeContent mine = new SchemeContent(List.of(who == ALICE ? U1 : U2), List.of(), List.of());
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        store.replaceContent(v.id(), v.revision(), mine, List.of(), who);
                        return "ok:" + who.who();
                    } catch (ConflictException e) {
                        return "conflict";
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) outcomes.add(f.get(60, TimeUnit.SECONDS));
            assertThat(outcomes).filteredOn(s -> s.startsWith("ok:")).hasSize(1);
            assertThat(outcomes).filteredOn("conflict"::equals).hasSize(1);
            String winner = outcomes.stream().filter(s -> s.startsWith("ok:")).findFirst().orElseThrow().substring(3);
            assertThat(store.content(v.id()).units()).containsExactly(winner.equals("alice") ? U1 : U2);
            assertThat(store.version(v.id()).orElseThrow().revision()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- diff ----

    @Test
    void diffReportsEveryKindOfChange() throws Exception {
        SchemeVersion v1 = publishedVersion("2024年版", Fixtures.base(), LocalDate.of(2024, 1, 1));
        SchemeVersion d = store.createDraftFromPublished("2025年版", VersionKind.DYNAMIC, null, ALICE);
        // U1 re-coded: same place, new code (and so a new class digit is not involved: still priority)
        ControlUnit u1Recoded = unit("ZH14010510002", U1.name(), U1.subtype(), U1.geometry().copy());
        // U2 reshaped: twice as wide; also renamed
        ControlUnit u2Reshaped = unit(U2.code().value(), "小店经济开发区", U2.subtype(), rect(112.50, 37.75, 0.04, 0.01));
        // U3 re-classed within its class? general has one subtype, so U3 is removed and U4 added
        ControlUnit u4 = unit("ZH14010520002", "新建化工园区", UnitSubtype.CHEMICAL_PARK, rect(112.70, 37.90, 0.01, 0.01));
        // U5 exists in both, re-classed (subtype changed within the key control class)
        ControlUnit u5Before = unit("ZH14010520003", "矿区", UnitSubtype.MINING_AREA, rect(112.80, 37.90, 0.01, 0.01));
        ControlUnit u5After = unit("ZH14010520003", "矿区", UnitSubtype.INDUSTRIAL_PARK, u5Before.geometry());
        // put u5 in the old version first: a fresh base with u5 published
        SchemeContent oldContent = new SchemeContent(List.of(U1, U2, U3, u5Before), List.of(Z1, Z2), List.of(C1, C2, C3));
        SchemeVersion v1b = store.createDraft("2024年版b", VersionKind.PERIODIC, null, null, ALICE);
        v1b = store.replaceContent(v1b.id(), v1b.revision(), oldContent, List.of(), ALICE);
        ElementZone z1Renamed = new ElementZone(Z1.id(), ZoneType.YELLOW_RIVER_SHORELINE, "黄河岸线", Z1.geometry());
        Clause c2Changed = new Clause(C2.id(), C2.level(), C2.scopeCode(), Dimension.RESOURCE_EFFICIENCY, C2.text(), List.of());
        Clause c4 = new Clause("U-2", ListLevel.UNIT, "ZH14010520002", Dimension.SPATIAL_LAYOUT, "化工园区准入要求。", List.of());
        SchemeContent newContent = new SchemeContent(List.of(u1Recoded, u2Reshaped, u4, u5After), List.of(z1Renamed, Z2), List.of(C1, c2Changed, c4));
        d = store.replaceContent(d.id(), d.revision(), newContent, List.of(), ALICE);

        SchemeDiff diff = store.diff(v1b.id(), d.id());
        Map<String, List<ChangeKind>> byCode = new java.util.TreeMap<>();
        for (UnitChange u : diff.units()) byCode.put(u.code(), u.kinds());
        assertThat(byCode).containsOnly(
                Map.entry("ZH14010510002", List.of(ChangeKind.RECODED)),
                Map.entry(U2.code().value(), List.of(ChangeKind.RESHAPED, ChangeKind.RENAMED)),
                Map.entry(U3.code().value(), List.of(ChangeKind.REMOVED)),
                Map.entry(u4.code().value(), List.of(ChangeKind.ADDED)),
                Map.entry(u5After.code().value(), List.of(ChangeKind.RECLASSED)));
        UnitChange recoded = diff.units().stream().filter(u -> u.kinds().contains(ChangeKind.RECODED)).findFirst().orElseThrow();
        assertThat(recoded.previousCode()).isEqualTo(U1.code().value());
        UnitChange reshaped = diff.units().stream().filter(u -> u.code().equals(U2.code().value())).findFirst().orElseThrow();
        assertThat(reshaped.previousName()).isEqualTo(U2.name());
        // the added strip is 0.02° × 0.01° at 37.75°N; a spherical estimate is good to well under 1 %
        double expected = sphericalArea(0.02, 0.01, 37.755);
        assertThat(reshaped.changedArea()).isCloseTo(expected, within(expected * 0.01));
        assertThat(reshaped.areaAfter() - reshaped.areaBefore()).isCloseTo(expected, within(expected * 0.01));
        UnitChange reclassed = diff.units().stream().filter(u -> u.code().equals(u5After.code().value())).findFirst().orElseThrow();
        assertThat(reclassed.previousSubtype()).isEqualTo("MINING_AREA");
        assertThat(reclassed.subtype()).isEqualTo("INDUSTRIAL_PARK");

        assertThat(diff.zones()).singleElement().satisfies(z -> {
            assertThat(z.id()).isEqualTo(Z1.id());
            assertThat(z.kinds()).containsExactly(ChangeKind.RECLASSED, ChangeKind.RENAMED);
        });
        Map<String, ChangeKind> clauseKinds = new java.util.TreeMap<>();
        for (ClauseChange c : diff.clauses()) clauseKinds.put(c.id(), c.kind());
        assertThat(clauseKinds).containsOnly(Map.entry("C-1", ChangeKind.CHANGED), Map.entry("U-1", ChangeKind.REMOVED),
                Map.entry("U-2", ChangeKind.ADDED));

        // JSON-serialisable as it is
        ObjectMapper om = new ObjectMapper();
        JsonNode json = om.readTree(om.writeValueAsString(diff));
        assertThat(json.get("units")).hasSize(5);
        assertThat(json.get("summary").get("units.added").asInt()).isEqualTo(1);
        assertThat(json.toString()).doesNotContain("\"before\":{\"code\"");

        // GeoJSON of the changed geometry
        JsonNode fc = om.readTree(DiffGeoJson.toString(diff));
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        Set<String> changes = new TreeSet<>();
        for (JsonNode f : fc.get("features")) {
            changes.add(f.get("properties").get("change").asText());
            assertThat(f.get("geometry").get("type").asText()).isEqualTo("Polygon");
        }
        assertThat(changes).containsExactlyInAnyOrder("added", "removed", "recoded", "reshaped", "reclassed");
        assertThat(fc.get("features")).hasSize(6);

        // a version compared with itself has no changes
        assertThat(store.diff(v1.id(), v1.id()).isEmpty()).isTrue();
    }

    static double sphericalArea(double dLon, double dLat, double lat) {
        double r = 6371008.8;
        double k = Math.PI / 180 * r;
        return k * dLon * Math.cos(Math.toRadians(lat)) * k * dLat;
    }

    // ---- audit ----

    @Test
    void everyChangeIsAuditedAndTheLogIsAppendOnly() throws Exception {
        SchemeVersion v = store.createDraft("2024年版", VersionKind.PERIODIC, null, null, ALICE);
        v = store.replaceContent(v.id(), v.revision(), Fixtures.base(), List.of(), ALICE);
        v = store.putUnit(v.id(), v.revision(), unit("ZH14010530002", "新单元", UnitSubtype.GENERAL, rect(112.9, 37.9, 0.01, 0.01)), BOB);
        v = store.removeUnit(v.id(), v.revision(), new UnitCode("ZH14010530002"), BOB);
        v = store.putZone(v.id(), v.revision(), new ElementZone("noise-1", ZoneType.NOISE_SENSITIVE, "噪声敏感区", rect(112.5, 37.8, 0.01, 0.01)), BOB);
        v = store.removeZone(v.id(), v.revision(), "noise-1", BOB);
        v = store.putClause(v.id(), v.revision(), new Clause("X-1", ListLevel.CITY, "140100", Dimension.SPATIAL_LAYOUT, "临时条款", List.of()), BOB);
        v = store.removeClause(v.id(), v.revision(), "X-1", BOB);
        v = store.putRules(v.id(), v.revision(), Fixtures.RULES, ALICE);
        v = store.file(v.id(), v.revision(), "山西省生态环境厅", LocalDate.of(2024, 1, 1), ALICE);
        v = store.publish(v.id(), v.revision(), LocalDate.of(2024, 2, 1), Attribution.of("chief", "省政府批复"));
        store.saveAssessment(new NewAssessment(v.id(), "officer", "140105", "ALLOWED", "{}", "{}", null));

        List<AuditEntry> log = store.audit(v.id());
        assertThat(log).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE_DRAFT, AuditAction.REPLACE_CONTENT,
                AuditAction.PUT_UNIT, AuditAction.REMOVE_UNIT, AuditAction.PUT_ZONE, AuditAction.REMOVE_ZONE, AuditAction.PUT_CLAUSE,
                AuditAction.REMOVE_CLAUSE, AuditAction.PUT_RULES, AuditAction.FILE, AuditAction.PUBLISH, AuditAction.SAVE_ASSESSMENT);
        assertThat(log).extracting(AuditEntry::actor).containsExactly("alice", "alice", "bob", "bob", "bob", "bob", "bob", "bob", "alice",
                "alice", "chief", "officer");
        assertThat(log.get(2).what()).contains("ZH14010530002");
        assertThat(log.get(2).why()).isEqualTo("another editor");
        assertThat(log.get(10).why()).isEqualTo("省政府批复");
        assertThat(log).allSatisfy(e -> assertThat(e.at()).isEqualTo(clock.instant()));
        assertThat(store.audit(null)).hasSize(log.size());

        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_log SET actor = 'mallory'")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_log")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM saved_assessment")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM scheme_version")).isInstanceOf(SQLException.class);
        }
        assertThat(store.audit(null)).hasSize(log.size());
    }

    // ---- saved assessments ----

    @Test
    void savedAssessmentsAreKeptAndFiltered() {
        SchemeVersion v = publishedVersion("2024年版", Fixtures.base(), LocalDate.of(2024, 1, 1));
        Geometry site = rect(112.55, 37.76, 0.001, 0.001);
        clock.set(Instant.parse("2024-12-31T15:30:00Z")); // 2024-12-31 23:30 in Shanghai
        long a = store.saveAssessment(new NewAssessment(v.id(), "officer", "140105", "ALLOWED", "{\"project\":\"A\"}",
                "{\"verdict\":\"ALLOWED\",\"units\":[\"ZH14010520001\"]}", site));
        clock.set(Instant.parse("2024-12-31T16:30:00Z")); // 2025-01-01 00:30 in Shanghai
        long b = store.saveAssessment(new NewAssessment(v.id(), "officer", "140105", "PROHIBITED", "{\"project\":\"B\"}", "{}", null));
        clock.set(Instant.parse("2025-06-01T00:00:00Z"));
        long c = store.saveAssessment(new NewAssessment(v.id(), "clerk", "140106", "ALLOWED", "{\"project\":\"C\"}", "{}", site));

        SavedAssessment got = store.assessment(a).orElseThrow();
        assertThat(got.versionId()).isEqualTo(v.id());
        assertThat(got.actor()).isEqualTo("officer");
        assertThat(got.createdAt()).isEqualTo(Instant.parse("2024-12-31T15:30:00Z"));
        assertThat(got.inputJson()).isEqualTo("{\"project\":\"A\"}");
        assertThat(got.reportJson()).contains("ZH14010520001");
        assertThat(got.geometry().equalsExact(site)).isTrue();
        assertThat(store.assessment(b).orElseThrow().geometry()).isNull();
        assertThat(store.assessment(9999)).isEmpty();

        assertThat(ids(store.assessments(AssessmentQuery.all()))).containsExactly(c, b, a);
        assertThat(ids(store.assessments(AssessmentQuery.all().year(2024)))).containsExactly(a);
        assertThat(ids(store.assessments(AssessmentQuery.all().year(2025)))).containsExactly(c, b);
        assertThat(ids(store.assessments(AssessmentQuery.all().county("140105")))).containsExactly(b, a);
        assertThat(ids(store.assessments(AssessmentQuery.all().verdict("ALLOWED")))).containsExactly(c, a);
        assertThat(ids(store.assessments(AssessmentQuery.all().year(2025).verdict("ALLOWED").county("140106")))).containsExactly(c);
        assertThat(ids(store.assessments(AssessmentQuery.all().version(v.id() + 100)))).isEmpty();
        assertThat(ids(store.assessments(AssessmentQuery.all().page(1, 1)))).containsExactly(b);

        assertThatThrownBy(() -> store.saveAssessment(new NewAssessment(v.id(), "x", null, "ALLOWED", "{oops", "{}", null)))
                .isInstanceOf(StoreException.class).hasMessageContaining("评估输入");
        assertThatThrownBy(() -> store.saveAssessment(new NewAssessment(777, "x", null, "ALLOWED", "{}", "{}", null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(store.assessments(AssessmentQuery.all())).hasSize(3);
    }

    @Test
    void savedAssessmentsAreFoundByTheirReferenceAndFilteredByActorAndTime() {
        SchemeVersion v = publishedVersion("2024年版", Fixtures.base(), LocalDate.of(2024, 1, 1));
        String refA = AssessmentReference.random();
        clock.set(Instant.parse("2025-01-10T00:00:00Z"));
        long a = store.saveAssessment(new NewAssessment(v.id(), "ent1", "140105", "COMPLIANT", "{\"p\":\"A\"}", "{\"reference\":\"" + refA + "\"}",
                null, refA));
        clock.set(Instant.parse("2025-02-10T00:00:00Z"));
        long b = store.saveAssessment(new NewAssessment(v.id(), "anonymous", "140106", "PROHIBITED", "{\"p\":\"B\"}", "{}", null));
        clock.set(Instant.parse("2025-03-10T00:00:00Z"));
        long c = store.saveAssessment(new NewAssessment(v.id(), "ent1", "140106", "PROHIBITED", "{\"p\":\"C\"}", "{}", null));

        SavedAssessment got = store.assessmentByReference(refA).orElseThrow();
        assertThat(got.id()).isEqualTo(a);
        assertThat(got.reference()).isEqualTo(refA);
        assertThat(got.inputJson()).isEqualTo("{\"p\":\"A\"}");
        // generated references: well-formed, distinct, each finds its own row
        String refB = store.assessment(b).orElseThrow().reference();
        String refC = store.assessment(c).orElseThrow().reference();
        assertThat(List.of(refA, refB, refC)).allMatch(AssessmentReference::isWellFormed).doesNotHaveDuplicates();
        assertThat(refB).hasSizeGreaterThanOrEqualTo(22);
        assertThat(store.assessmentByReference(refB).orElseThrow().id()).isEqualTo(b);
        assertThat(store.assessmentByReference(AssessmentReference.random())).isEmpty();
        assertThat(store.assessmentByReference("1")).isEmpty();
        assertThat(store.assessmentByReference("x' OR '1'='1")).isEmpty();
        assertThat(store.assessmentByReference(null)).isEmpty();
        // a reference is unique
        assertThatThrownBy(() -> store.saveAssessment(new NewAssessment(v.id(), "x", null, "COMPLIANT", "{}", "{}", null, refA)))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> new NewAssessment(v.id(), "x", null, "COMPLIANT", "{}", "{}", null, "short"))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(ids(store.assessments(AssessmentQuery.all().actor("ent1")))).containsExactly(c, a);
        assertThat(ids(store.assessments(AssessmentQuery.all().actor("nobody")))).isEmpty();
        assertThat(ids(store.assessments(AssessmentQuery.all().between(Instant.parse("2025-02-01T00:00:00Z"), null)))).containsExactly(c, b);
        assertThat(ids(store.assessments(AssessmentQuery.all().between(null, Instant.parse("2025-03-10T00:00:00Z"))))).containsExactly(b, a);
        assertThat(ids(store.assessments(AssessmentQuery.all().between(Instant.parse("2025-02-01T00:00:00Z"),
                Instant.parse("2025-03-01T00:00:00Z"))))).containsExactly(b);
        assertThat(ids(store.assessments(AssessmentQuery.all().actor("ent1").verdict("PROHIBITED")))).containsExactly(c);
    }

    @Test
    void upgradingFromSchema3KeepsEarlierAssessmentsReadableWithoutAReference() throws Exception {
        String old = newDatabaseUrl();
        var dialect = SchemeStores.dialectFor(old);
        String effective = dialect.connectionUrl(old);
        org.flywaydb.core.Flyway.configure(getClass().getClassLoader()).dataSource(effective, null, null)
                .locations("classpath:db/migration/common", "classpath:" + dialect.migrationFolder())
                .javaMigrations(dialect.javaMigrations().toArray(new org.flywaydb.core.api.migration.JavaMigration[0]))
                .placeholders(dialect.placeholders()).target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(effective); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO scheme_version (name, kind, status, created_at, created_by, updated_at)"
                    + " VALUES ('旧版', 'PERIODIC', 'DRAFT', CURRENT_TIMESTAMP, 'old', CURRENT_TIMESTAMP)");
            st.executeUpdate("INSERT INTO saved_assessment (created_at, version_id, actor, verdict, input_json, report_json)"
                    + " SELECT CURRENT_TIMESTAMP, id, 'old', 'COMPLIANT', '{}', '{\"v\":1}' FROM scheme_version");
        }
        try (SchemeStore upgraded = SchemeStores.open(old, clock)) {
            assertThat(upgraded.schemaVersion()).isEqualTo(LATEST_SCHEMA);
            List<SavedAssessment> all = upgraded.assessments(AssessmentQuery.all());
            assertThat(all).hasSize(1);
            assertThat(all.get(0).reference()).isNull();
            assertThat(all.get(0).reportJson()).isEqualTo("{\"v\":1}");
            long versionId = all.get(0).versionId();
            long id = upgraded.saveAssessment(new NewAssessment(versionId, "new", null, "COMPLIANT", "{}", "{}", null));
            String ref = upgraded.assessment(id).orElseThrow().reference();
            assertThat(upgraded.assessmentByReference(ref).orElseThrow().id()).isEqualTo(id);
        }
    }

    private static List<Long> ids(List<SavedAssessment> l) {
        return l.stream().map(SavedAssessment::id).toList();
    }

    // ---- spatial query ----

    @Test
    void unitsIntersectingUsesTheGeometry() {
        SchemeVersion v = publishedVersion("2024年版", Fixtures.base(), LocalDate.of(2024, 1, 1));
        assertThat(store.unitsIntersecting(v.id(), rect(112.405, 37.705, 0.001, 0.001))).containsExactly(U1);
        // touches the bounding boxes of U2 and U3 but only U2 itself
        Geometry line = Fixtures.GF.createLineString(new org.locationtech.jts.geom.Coordinate[] {
            new org.locationtech.jts.geom.Coordinate(112.51, 37.755), new org.locationtech.jts.geom.Coordinate(112.65, 37.755)});
        assertThat(store.unitsIntersecting(v.id(), line)).containsExactly(U2);
        assertThat(store.unitsIntersecting(v.id(), rect(113.5, 36.0, 0.1, 0.1))).isEmpty();
    }

    // ---- change notification ----

    @Test
    void theVersionStampChangesWithEveryPublishAndWatchersHearIt() throws Exception {
        assertThat(store.currentVersionStamp()).isEqualTo(VersionStamp.NONE);
        SchemeVersion v1 = publishedVersion("2024年版", Fixtures.base(), LocalDate.of(2024, 1, 1));
        VersionStamp s1 = store.currentVersionStamp();
        assertThat(s1.versionId()).isEqualTo(v1.id());
        assertThat(s1.publishedAt()).isEqualTo(clock.instant());
        SchemeVersion draft = store.createDraftFromPublished("草稿", VersionKind.DYNAMIC, null, ALICE);
        store.putUnit(draft.id(), draft.revision(), U3, ALICE);
        assertThat(store.currentVersionStamp()).isEqualTo(s1);

        LinkedBlockingQueue<VersionStamp> heard = new LinkedBlockingQueue<>();
        try (SchemeStore second = SchemeStores.open(url, clock); AutoCloseable w = second.watch(Duration.ofMillis(100), heard::add)) {
            SchemeVersion v2 = publishedVersion("2025年版", Fixtures.base(), LocalDate.of(2025, 1, 1));
            VersionStamp got = heard.poll(30, TimeUnit.SECONDS);
            assertThat(got).isNotNull();
            assertThat(got.versionId()).isEqualTo(v2.id());
            assertThat(second.currentVersionStamp()).isEqualTo(got);
        }
    }

    // ---- crash during publish ----

    @Test
    void aPublishKilledHalfWayLeavesTheOldVersionInForce() throws Exception {
        SchemeVersion v1 = publishedVersion("2024年版", Fixtures.base(), LocalDate.of(2024, 1, 1));
        SchemeVersion v2 = store.createDraftFromPublished("2025年版", VersionKind.PERIODIC, null, ALICE);
        v2 = store.removeUnit(v2.id(), v2.revision(), U3.code(), ALICE);
        v2 = store.file(v2.id(), v2.revision(), "山西省生态环境厅", LocalDate.of(2025, 1, 1), ALICE);
        int auditBefore = store.audit(null).size();
        store.close();
        store = null;

        Process child = startChild("publish", v2.id(), v2.revision(), "-Decozoning.store.test.pauseInPublishMillis=120000");
        try {
            awaitLine(child, "ECOZONING-TEST-PAUSED-IN-PUBLISH");
            if (sharedAccess()) {
                // while the publish is open, other connections still see the old version in force
                try (SchemeStore observer = SchemeStores.open(url, clock)) {
                    assertThat(observer.published()).map(SchemeVersion::id).contains(v1.id());
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(child.isAlive()).isFalse();

        store = SchemeStores.open(url, clock);
        assertThat(store.published()).map(SchemeVersion::id).contains(v1.id());
        assertThat(store.currentVersionStamp().versionId()).isEqualTo(v1.id());
        SchemeVersion after = store.version(v2.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(VersionStatus.FILED);
        assertThat(after.revision()).isEqualTo(v2.revision());
        assertThat(store.version(v1.id()).orElseThrow().status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(store.content(v1.id())).isEqualTo(Fixtures.base());
        assertThat(store.content(v2.id()).units()).containsExactly(U1, U2);
        assertThat(store.audit(null)).hasSize(auditBefore);
        assertThat(countPublished()).isEqualTo(1);

        // and the interrupted publish can simply be done again
        SchemeVersion done = store.publish(v2.id(), v2.revision(), LocalDate.of(2025, 2, 1), ALICE);
        assertThat(done.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(store.version(v1.id()).orElseThrow().status()).isEqualTo(VersionStatus.SUPERSEDED);
    }

    @Test
    void aCommittedChangeSurvivesAKill() throws Exception {
        SchemeVersion d = store.createDraft("2024年版", VersionKind.PERIODIC, null, null, ALICE);
        d = store.replaceContent(d.id(), d.revision(), Fixtures.base(), List.of(), ALICE);
        store.close();
        store = null;
        Process child = startChild("commit", d.id(), d.revision());
        try {
            awaitLine(child, CrashChild.COMMITTED);
        } finally {
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }
        store = SchemeStores.open(url, clock);
        assertThat(store.rules(d.id())).contains("{\"committed\":true}");
        assertThat(store.version(d.id()).orElseThrow().revision()).isEqualTo(d.revision() + 1);
        assertThat(store.audit(d.id())).extracting(AuditEntry::actor).endsWith("crash-child");
    }

    private Process startChild(String mode, long versionId, long revision, String... jvmArgs) throws java.io.IOException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        cmd.addAll(List.of(jvmArgs));
        cmd.addAll(List.of(CrashChild.class.getName(), mode, url, Long.toString(versionId), Long.toString(revision)));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectErrorStream(true);
        return pb.start();
    }

    /** Reads the child's output until {@code marker} appears; fails (with the output) if it does not within 90 s. */
    private static void awaitLine(Process child, String marker) throws InterruptedException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        CountDownLatch found = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    synchronized (seen) {
                        seen.append(line).append('\n');
                    }
                    if (line.contains(marker)) found.countDown();
                }
            } catch (java.io.IOException e) {
                // child gone
            }
        });
        reader.setDaemon(true);
        reader.start();
        boolean reached = found.await(90, TimeUnit.SECONDS);
        synchronized (seen) {
            assertThat(reached).as("child printed %s; its output:%n%s", marker, seen).isTrue();
        }
    }
}
