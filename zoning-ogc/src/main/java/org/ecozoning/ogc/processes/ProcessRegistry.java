package org.ecozoning.ogc.processes;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ecozoning.ogc.report.ReportRenderer;

/** The processes the server offers, found by WPS identifier or OGC API id. */
public final class ProcessRegistry {
    private final List<ZoningProcess> processes;

    public ProcessRegistry(List<ZoningProcess> processes) { this.processes = List.copyOf(processes); }

    /** The three zoning processes over an engine lookup, reports styled from {@code stylesDir}. */
    public static ProcessRegistry standard(EngineLookup engines, ReportRenderer reports, ProcessLimits limits) {
        return standard(engines, reports, limits, IndustryInference.NONE);
    }

    /** The three zoning processes, admission compliance reading industries from descriptions with {@code inference}. */
    public static ProcessRegistry standard(EngineLookup engines, ReportRenderer reports, ProcessLimits limits, IndustryInference inference) {
        return new ProcessRegistry(List.of(new AdmissionComplianceProcess(engines, reports, inference), new BatchComplianceProcess(engines, limits),
                new UnitsAtProcess(engines)));
    }

    /** The three zoning processes, admission compliance keeping every assessment with {@code recorder}. */
    public static ProcessRegistry standard(EngineLookup engines, ReportRenderer reports, ProcessLimits limits, IndustryInference inference,
            AssessmentRecorder recorder) {
        return new ProcessRegistry(List.of(new AdmissionComplianceProcess(engines, reports, inference, recorder),
                new BatchComplianceProcess(engines, limits), new UnitsAtProcess(engines)));
    }

    /** Same, with the report renderer loaded from a styles folder, and industry inference. */
    public static ProcessRegistry standard(EngineLookup engines, Path stylesDir, ProcessLimits limits, IndustryInference inference) {
        return standard(engines, ReportRenderer.load(stylesDir), limits, inference);
    }

    /** Same, with the report renderer loaded from a styles folder (styles/control_units.sld). */
    public static ProcessRegistry standard(EngineLookup engines, Path stylesDir, ProcessLimits limits) {
        return standard(engines, ReportRenderer.load(stylesDir), limits);
    }

    public List<ZoningProcess> all() { return processes; }

    public Optional<ZoningProcess> find(String id) {
        if (id == null) return Optional.empty();
        for (ZoningProcess p : processes) {
            if (p.description().wpsId().equals(id) || p.description().apiId().equals(id)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** The process or UNKNOWN_PROCESS. */
    public ZoningProcess require(String id) {
        return find(id).orElseThrow(() -> new ProcessException(ProcessException.Kind.UNKNOWN_PROCESS, "Identifier",
                "没有过程「" + id + "」（可用：" + ids() + "）", "no process \"" + id + "\" (available: " + ids() + ")"));
    }

    private String ids() {
        return String.join(", ", processes.stream().map(p -> p.description().wpsId()).toList());
    }
}
