package org.ecozoning.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.SchemeContent;
import org.ecozoning.model.UnitCode;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.store.AssessmentQuery;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.AuditAction;
import org.ecozoning.store.AuditEntry;
import org.ecozoning.store.ConflictException;
import org.ecozoning.store.NewAssessment;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeStores;
import org.ecozoning.store.SchemeVersion;
import org.ecozoning.store.StoreException;
import org.ecozoning.store.VersionKind;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.tracking.monitoring.ImportMode;
import org.ecozoning.tracking.monitoring.Rejection;
import org.ecozoning.tracking.supervision.CaseEvent;
import org.ecozoning.tracking.supervision.CaseExport;
import org.ecozoning.tracking.supervision.CaseQuery;
import org.ecozoning.tracking.supervision.CaseReason;
import org.ecozoning.tracking.supervision.CaseStatus;
import org.ecozoning.tracking.supervision.CaseStore;
import org.ecozoning.tracking.supervision.SupervisionCase;
import org.ecozoning.tracking.supervision.SupervisionOptions;
import org.ecozoning.tracking.supervision.SupervisionResult;
import org.ecozoning.tracking.supervision.Supervisor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/** Supervision on a hand-made scheme: which changes become cases, and the case life cycle. */
class SupervisionTest {
    static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(), 4490);
    static final Attribution STAFF = Attribution.of("监管员王", "遥感核查 2025");
    static final AtomicInteger DB = new AtomicInteger();

    SchemeStore store;
    CaseStore cases;
    Supervisor supervisor;
    @TempDir
    Path dir;

    static Geometry rect(double lon, double lat, double w, double h) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + w, lat), new Coordinate(lon + w, lat + h),
                new Coordinate(lon, lat + h), new Coordinate(lon, lat)});
    }

    static ControlUnit unit(String code, String name, UnitSubtype st, Geometry g) {
        UnitCode c = new UnitCode(code);
        return new ControlUnit(c, name, st.unitClass(), st, "140100", "太原市", c.adminCode(), "小店区", g);
    }

    static final ControlUnit RED = unit("ZH14010510001", "西山生态保护红线", UnitSubtype.ECOLOGICAL_RED_LINE, rect(112.40, 37.70, 0.05, 0.05));
    static final ControlUnit GEN = unit("ZH14010530001", "小店区一般管控单元", UnitSubtype.GENERAL, rect(112.60, 37.70, 0.05, 0.05));
    static final ControlUnit RED2 = unit("ZH14010510002", "新划红线", UnitSubtype.ECOLOGICAL_RED_LINE, rect(112.70, 37.70, 0.05, 0.05));

    @BeforeEach
    void setUp() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), ZoneOffset.UTC);
        store = SchemeStores.open("jdbc:h2:mem:supervision" + DB.incrementAndGet(), clock);
        String rules = Files.readString(SampleScheme.workspace().resolve("rules/shanxi-rules.json"));
        SchemeVersion v1 = store.createDraft("2024年版", VersionKind.PERIODIC, null, null, STAFF);
        v1 = store.replaceContent(v1.id(), v1.revision(), new SchemeContent(List.of(RED, GEN), List.of(), List.of()), List.of(), STAFF);
        v1 = store.putRules(v1.id(), v1.revision(), rules, STAFF);
        v1 = store.file(v1.id(), v1.revision(), "生态环境部", LocalDate.of(2024, 1, 1), STAFF);
        store.publish(v1.id(), v1.revision(), LocalDate.of(2024, 1, 1), STAFF);
        // 2025-07-01: a dynamic update adds a red-line patch
        SchemeVersion v2 = store.createDraftFromPublished("2025年动态更新", VersionKind.DYNAMIC, null, STAFF);
        v2 = store.putUnit(v2.id(), v2.revision(), RED2, STAFF);
        v2 = store.file(v2.id(), v2.revision(), "生态环境部", LocalDate.of(2025, 6, 1), STAFF);
        store.publish(v2.id(), v2.revision(), LocalDate.of(2025, 7, 1), STAFF);
        // an approved project inside the red line (saved 2025-03-01 by the fixed clock)
        store.saveAssessment(new NewAssessment(v1.id(), "审批科", "140105", "CONDITIONAL", "{}", "{}", rect(112.420, 37.720, 0.002, 0.002)));
        // a prohibited one elsewhere in the red line: not an approved project
        store.saveAssessment(new NewAssessment(v1.id(), "审批科", "140105", "PROHIBITED", "{}", "{}", rect(112.440, 37.740, 0.002, 0.002)));
        cases = new CaseStore(store);
        supervisor = new Supervisor(store, cases, IndustryCatalog.gbt4754(), SupervisionOptions.defaults());
    }

    @AfterEach
    void tearDown() { store.close(); }

    static String feature(String id, String date, String source, Geometry g) {
        StringBuilder props = new StringBuilder("{\"id\":\"" + id + "\"");
        if (date != null) props.append(",\"detected_on\":\"").append(date).append('"');
        if (source != null) props.append(",\"source\":\"").append(source).append('"');
        props.append('}');
        StringBuilder coords = new StringBuilder("[[");
        Coordinate[] cs = g.getCoordinates();
        for (int i = 0; i < cs.length; i++) coords.append(i > 0 ? "," : "").append(String.format(Locale.ROOT, "[%.6f,%.6f]", cs[i].x, cs[i].y));
        coords.append("]]");
        return "{\"type\":\"Feature\",\"properties\":" + props + ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + coords + "}}";
    }

    Path changes(String... features) throws Exception {
        Path f = dir.resolve("changes-" + System.nanoTime() + ".geojson");
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}");
        return f;
    }

    @Test
    void casesAreOpenedExactlyForUnexplainedChangesThatBreakRulesOrTouchPriorityUnits() throws Exception {
        Path file = changes(
                feature("RED-NOASSESS", "2025-05-10", "卫星", rect(112.405, 37.705, 0.001, 0.001)),   // red line, nothing nearby → case
                feature("RED-APPROVED", "2025-05-10", "无人机", rect(112.4215, 37.7215, 0.001, 0.001)), // on the approved project → none
                feature("RED-PROHIBITED-ONLY", "2025-05-10", "卫星", rect(112.4415, 37.7415, 0.001, 0.001)), // only a prohibited assessment → case
                feature("GENERAL", "2025-05-10", "卫星", rect(112.62, 37.72, 0.002, 0.002)),            // general unit → none
                feature("OUTSIDE", "2025-05-10", "卫星", rect(113.50, 37.00, 0.002, 0.002)),            // outside the scheme → none
                feature("NEW-RED-BEFORE", "2025-06-15", "卫星", rect(112.72, 37.72, 0.001, 0.001)),     // v1 in force: not yet red line → none
                feature("NEW-RED-AFTER", "2025-07-15", "卫星", rect(112.722, 37.722, 0.001, 0.001)),    // v2 in force: red line → case
                feature("NO-DATE", null, "卫星", rect(112.405, 37.705, 0.001, 0.001)),                  // rejected
                feature("TOO-EARLY", "2023-05-01", "卫星", rect(112.405, 37.705, 0.001, 0.001)),        // no version in force → rejected
                feature("NO-SOURCE", "2025-05-10", null, rect(112.405, 37.705, 0.001, 0.001)));         // rejected
        SupervisionResult r = supervisor.run(file, ImportMode.PARTIAL, STAFF);
        assertThat(r.imported()).isTrue();
        assertThat(r.read()).isEqualTo(10);
        assertThat(r.checked()).isEqualTo(7);
        assertThat(r.casesOpened()).isEqualTo(3);
        assertThat(r.matchedByAssessment()).isEqualTo(1);
        assertThat(r.outside()).isEqualTo(2); // OUTSIDE, and NEW-RED-BEFORE (no unit there in v1)
        assertThat(r.versionsUsed()).isEqualTo(2);
        assertThat(r.rejections()).extracting(Rejection::code).containsExactlyInAnyOrder("MISSING_DATE", "NO_VERSION_IN_FORCE", "MISSING_SOURCE");
        assertThat(r.rejectionsByCode()).containsEntry("MISSING_DATE", 1L);

        List<SupervisionCase> open = cases.list(CaseQuery.all());
        assertThat(open).extracting(SupervisionCase::changeId).containsExactlyInAnyOrder("RED-NOASSESS", "RED-PROHIBITED-ONLY", "NEW-RED-AFTER");
        SupervisionCase c = open.stream().filter(x -> x.changeId().equals("RED-NOASSESS")).findFirst().orElseThrow();
        assertThat(c.reason()).isEqualTo(CaseReason.RULE_BROKEN);
        assertThat(c.verdict()).isEqualTo("PROHIBITED");
        assertThat(c.ruleIds()).contains("PRIORITY-REDLINE");
        assertThat(c.unitCodes()).containsExactly(RED.code().value());
        assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(c.areaM2()).isBetween(8_000.0, 11_000.0); // 0.001° × 0.001° near 37.7°N ≈ 88 m × 111 m
        SupervisionCase after = open.stream().filter(x -> x.changeId().equals("NEW-RED-AFTER")).findFirst().orElseThrow();
        assertThat(store.version(after.versionId()).orElseThrow().name()).isEqualTo("2025年动态更新");

        // a second delivery of the same changes opens nothing new
        SupervisionResult again = supervisor.run(file, ImportMode.PARTIAL, STAFF);
        assertThat(again.casesOpened()).isZero();
        assertThat(again.alreadyOpen()).isEqualTo(3);
        assertThat(cases.count(null)).isEqualTo(3);
        // all or nothing: the bad changes stop the whole run
        SupervisionResult strict = supervisor.run(changes(feature("X1", "2025-05-10", "卫星", rect(112.41, 37.71, 0.001, 0.001)),
                feature("X2", null, "卫星", rect(112.41, 37.71, 0.001, 0.001))), ImportMode.ALL_OR_NOTHING, STAFF);
        assertThat(strict.imported()).isFalse();
        assertThat(strict.casesOpened()).isZero();
        assertThat(strict.rejected()).isEqualTo(1);
        assertThat(cases.count(null)).isEqualTo(3);
        assertThat(store.assessments(AssessmentQuery.all())).hasSize(2);
    }

    @Test
    void aCaseGoesThroughItsLifeCycleAndEveryStepIsAudited() throws Exception {
        supervisor.run(changes(feature("C1", "2025-05-10", "卫星", rect(112.405, 37.705, 0.001, 0.001))), ImportMode.PARTIAL, STAFF);
        SupervisionCase c = cases.list(CaseQuery.all()).get(0);
        assertThatThrownBy(() -> cases.move(c.id(), c.revision(), CaseStatus.CLOSED, null, null, STAFF)).isInstanceOf(StoreException.class)
                .hasMessageContaining("不能改为").hasMessageContaining("cannot move to");
        SupervisionCase s1 = cases.move(c.id(), c.revision(), CaseStatus.ON_SITE_CHECK, "派员现场核查", List.of(), Attribution.of("李科长", null));
        assertThat(s1.status()).isEqualTo(CaseStatus.ON_SITE_CHECK);
        assertThat(s1.updatedBy()).isEqualTo("李科长");
        assertThatThrownBy(() -> cases.move(c.id(), c.revision(), CaseStatus.CONFIRMED, null, null, STAFF)).isInstanceOf(ConflictException.class);
        cases.addNote(c.id(), "现场发现新建厂房", List.of("photos/C1-1.jpg", "photos/C1-2.jpg"), Attribution.of("张核查员", null));
        SupervisionCase s2 = cases.move(c.id(), s1.revision(), CaseStatus.CONFIRMED, "确认红线内违规建设", List.of("photos/C1-3.jpg"), STAFF);
        SupervisionCase s3 = cases.move(c.id(), s2.revision(), CaseStatus.CLOSED, "已责令拆除", List.of(), STAFF);
        assertThat(s3.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(CaseStatus.CLOSED.next()).isEmpty();

        List<CaseEvent> h = cases.history(c.id());
        assertThat(h).extracting(CaseEvent::to).containsExactly(CaseStatus.OPEN, CaseStatus.ON_SITE_CHECK, CaseStatus.ON_SITE_CHECK, CaseStatus.CONFIRMED,
                CaseStatus.CLOSED);
        assertThat(h.get(2).photos()).containsExactly("photos/C1-1.jpg", "photos/C1-2.jpg");
        assertThat(h.get(1).actor()).isEqualTo("李科长");
        List<AuditEntry> audit = store.audit(null);
        assertThat(audit).filteredOn(a -> a.action() == AuditAction.OPEN_CASE).hasSize(1);
        assertThat(audit).filteredOn(a -> a.action() == AuditAction.CASE_STATUS).extracting(AuditEntry::what)
                .hasSize(3).allMatch(w -> w.contains("案件 " + c.id()));
        assertThat(audit).filteredOn(a -> a.action() == AuditAction.CASE_NOTE).singleElement().extracting(AuditEntry::actor).isEqualTo("张核查员");

        ByteArrayOutputStream gj = new ByteArrayOutputStream();
        CaseExport.geoJson(cases, CaseQuery.all(), gj);
        String geo = gj.toString(StandardCharsets.UTF_8);
        assertThat(geo).contains("\"FeatureCollection\"", "\"changeId\":\"C1\"", "\"status\":\"CLOSED\"", "PRIORITY-REDLINE", "\"Polygon\"");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        CaseExport.csv(cases, CaseQuery.all().status(CaseStatus.CLOSED), csv);
        String[] lines = csv.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith(c.id() + ",C1,卫星,2025-05-10,已办结,违反管控要求,PROHIBITED");
    }
}
