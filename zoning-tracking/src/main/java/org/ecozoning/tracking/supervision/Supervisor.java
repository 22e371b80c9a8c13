package org.ecozoning.tracking.supervision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.compliance.ProjectInput;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.ZoningException;
import org.ecozoning.rules.Verdict;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeVersion;
import org.ecozoning.tracking.monitoring.ImportMode;
import org.ecozoning.tracking.monitoring.Rejection;

/**
 * Runs supervision (监管核查) over delivered change polygons: each change is checked with the
 * compliance engine of the version in force on its detection date, matched with the saved
 * assessments of approved projects nearby, and a case is opened for a change that breaks a rule
 * or touches a priority protection unit with no matching assessment. Changes are streamed and
 * cases written in batches, so memory does not grow with the number of changes (GeoJSON; a
 * Shapefile or GeoPackage is read whole by zoning-io).
 */
public final class Supervisor {
    /** The judgement of one change. */
    public record Check(ChangePolygon change, Long versionId, AssessmentReport report, Long matchedAssessment, NewCase newCase) { }

    private final SchemeStore store;
    private final CaseStore cases;
    private final IndustryCatalog catalog;
    private final SupervisionOptions options;

    public Supervisor(SchemeStore store, CaseStore cases, IndustryCatalog catalog, SupervisionOptions options) {
        this.store = store;
        this.cases = cases;
        this.catalog = catalog;
        this.options = options;
    }

    /**
     * Checks every change in {@code file} and opens cases. With {@link ImportMode#ALL_OR_NOTHING}
     * the file is first read once to validate it; if any change is bad nothing is checked.
     */
    public SupervisionResult run(Path file, ImportMode mode, Attribution by) {
        long t0 = System.nanoTime();
        ChangeReader reader = new ChangeReader(options.defaultSource());
        if (mode == ImportMode.ALL_OR_NOTHING) {
            Tally pre = new Tally();
            long[] n = {0};
            reader.read(file, c -> n[0]++, pre::reject);
            if (pre.rejected > 0) {
                return new SupervisionResult(n[0] + pre.rejected, 0, 0, 0, 0, 0, pre.rejected, pre.byCode, pre.listed, 0, false, (System.nanoTime() - t0) / 1_000_000);
            }
        }
        VersionEngines engines = new VersionEngines(store, catalog, options);
        AssessmentIndex index = AssessmentIndex.load(store, options);
        Tally tally = new Tally();
        List<NewCase> batch = new ArrayList<>(options.batchSize());
        reader.read(file, c -> {
            tally.read++;
            Check check;
            try {
                check = check(c, engines, index);
            } catch (ZoningException | IllegalStateException e) {
                tally.reject(new Rejection((int) Math.min(Integer.MAX_VALUE, tally.read), "CHECK_FAILED", null, "图斑 " + c.id() + " 无法研判：" + e.getMessage(),
                        "change " + c.id() + " cannot be assessed: " + e.getMessage(), c.id()));
                return;
            }
            if (check.versionId() == null) {
                tally.reject(new Rejection((int) Math.min(Integer.MAX_VALUE, tally.read), "NO_VERSION_IN_FORCE", "detected_on", "图斑 " + c.id() + " 的监测日期 "
                        + c.detectedOn() + " 没有生效的方案版本", "change " + c.id() + ": no scheme version was in force on " + c.detectedOn(), c.id()));
                return;
            }
            tally.checked++;
            if (check.report().verdict() == Verdict.OUTSIDE) tally.outside++;
            if (check.matchedAssessment() != null) tally.matched++;
            if (check.newCase() != null) {
                batch.add(check.newCase());
                if (batch.size() >= options.batchSize()) flush(batch, by, tally);
            }
        }, tally::reject);
        flush(batch, by, tally);
        tally.read += tally.rejected - tally.checkFailures();
        return new SupervisionResult(tally.read, tally.checked, tally.opened, tally.matched, tally.already, tally.outside, tally.rejected, tally.byCode,
                tally.listed, engines.built(), true, (System.nanoTime() - t0) / 1_000_000);
    }

    private void flush(List<NewCase> batch, Attribution by, Tally tally) {
        if (batch.isEmpty()) return;
        for (Long id : cases.open(batch, by)) {
            if (id == null) tally.already++;
            else tally.opened++;
        }
        batch.clear();
    }

    /** Judges one change without writing anything (the engines and index are the run's). */
    public Check check(ChangePolygon c, VersionEngines engines, AssessmentIndex index) {
        Optional<SchemeVersion> v = engines.versionOn(c.detectedOn());
        if (v.isEmpty()) return new Check(c, null, null, null, null);
        String industry = c.industryCode() != null && catalog.contains(c.industryCode()) ? c.industryCode() : options.defaultIndustry();
        AssessmentReport r = engines.engine(v.get().id()).assess(ProjectInput.builder().geometry(c.geometry()).crs("EPSG:4490")
                .industry(industry).nature(options.nature()).name(c.key()).build());
        if (r.verdict() == Verdict.OUTSIDE) return new Check(c, v.get().id(), r, null, null);
        Set<String> rules = new LinkedHashSet<>();
        for (AssessmentReport.Finding f : r.findings()) if (options.caseVerdicts().contains(f.verdict())) rules.add(f.ruleId());
        boolean priority = r.units().stream().anyMatch(u -> u.unitClass() == UnitClass.PRIORITY_PROTECTION);
        if (rules.isEmpty() && !priority) return new Check(c, v.get().id(), r, null, null);
        Optional<Long> match = index.match(c);
        if (match.isPresent()) return new Check(c, v.get().id(), r, match.get(), null);
        CaseReason reason = rules.isEmpty() ? CaseReason.PRIORITY_UNIT_UNASSESSED : CaseReason.RULE_BROKEN;
        List<String> unitCodes = r.units().stream().map(AssessmentReport.UnitHit::code).toList();
        String county = r.units().isEmpty() ? null : r.units().get(0).countyCode();
        String summary = r.verdictZh() + "；" + r.units().stream().map(u -> u.name() + "（" + u.unitClassZh() + "）").reduce((a, b) -> a + "、" + b).orElse("")
                + (rules.isEmpty() ? "" : "；规则 " + String.join("、", rules));
        return new Check(c, v.get().id(), r, null, new NewCase(c, v.get().id(), reason, r.verdict().name(), List.copyOf(rules), unitCodes, county, summary,
                r.measure() == null ? 0 : r.measure().area()));
    }

    /** Running counts of a run. */
    private static final class Tally {
        long read;
        long checked;
        long opened;
        long matched;
        long already;
        long outside;
        long rejected;
        long checkFailed;
        final TreeMap<String, Long> byCode = new TreeMap<>();
        final List<Rejection> listed = new ArrayList<>();

        void reject(Rejection r) {
            rejected++;
            if ("CHECK_FAILED".equals(r.code()) || "NO_VERSION_IN_FORCE".equals(r.code())) checkFailed++;
            byCode.merge(r.code(), 1L, Long::sum);
            if (listed.size() < SupervisionResult.MAX_LISTED) listed.add(r);
        }

        long checkFailures() { return checkFailed; }
    }
}
