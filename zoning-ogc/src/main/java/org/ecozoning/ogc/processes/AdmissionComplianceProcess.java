package org.ecozoning.ogc.processes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.compliance.ProjectInput;
import org.ecozoning.model.ZoningException;
import org.ecozoning.ogc.report.ReportData;
import org.ecozoning.ogc.report.ReportRenderer;
import org.ecozoning.rules.ProjectNature;
import org.locationtech.jts.geom.Geometry;

/**
 * {@code zoning:AdmissionCompliance} (OGC API: {@code admission-compliance}): judges one planned
 * project with the compliance engine of the scheme in force and returns the engine's report (JSON,
 * or the printable Chinese HTML/PDF report) and the pieces of the site in each unit it touches.
 */
public final class AdmissionComplianceProcess implements ZoningProcess {
    public static final String WPS_ID = "zoning:AdmissionCompliance";
    public static final String API_ID = "admission-compliance";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final EngineLookup engines;
    private final ReportRenderer reports;
    private final ProcessDescription description;
    private final IndustryInference inference;
    private final AssessmentSaving saving;

    public AdmissionComplianceProcess(EngineLookup engines, ReportRenderer reports) {
        this(engines, reports, IndustryInference.NONE);
    }

    public AdmissionComplianceProcess(EngineLookup engines, ReportRenderer reports, IndustryInference inference) {
        this(engines, reports, inference, AssessmentRecorder.NONE);
    }

    /**
     * @param inference reads the industry from the optional {@code description} input when
     *                  {@code industry} is absent ({@link IndustryInference#NONE}: never)
     * @param recorder  keeps every assessment (saved with its public reference, which the report carries)
     */
    public AdmissionComplianceProcess(EngineLookup engines, ReportRenderer reports, IndustryInference inference, AssessmentRecorder recorder) {
        this.saving = new AssessmentSaving(recorder);
        this.engines = engines;
        this.reports = reports;
        this.inference = java.util.Objects.requireNonNull(inference, "inference");
        this.description = new ProcessDescription(WPS_ID, API_ID, "1.0.0", "建设项目环境准入符合性研判", "Admission compliance of a planned project",
                "按生态环境分区管控方案研判拟建项目的环境准入符合性：给出结论、触发规则、涉及单元及省、市、单元三级准入清单条款。结果为预判，不代替审批。",
                "Judges a planned project against the zoning-control scheme in force: verdict, fired rules, units touched and the province, city"
                        + " and unit access-list clauses. A pre-assessment, not an approval.",
                ownInputs(), List.of(
                        new OutputDescription("report", "研判报告", "Assessment report", List.of(Format.JSON, Format.HTML, Format.PDF)),
                        new OutputDescription("overlaps", "项目与单元叠加部分", "Site pieces per control unit",
                                List.of(Format.GEOJSON, Format.GML32, Format.GML32_APP))));
    }

    /** The common inputs with industry and nature optional (they may come from the description) plus description. */
    private static List<InputDescription> ownInputs() {
        List<InputDescription> l = new ArrayList<>();
        for (InputDescription d : commonInputs(true)) {
            if (d.id().equals("industry") || d.id().equals("nature")) {
                l.add(new InputDescription(d.id(), d.titleZh(), d.titleEn(), d.abstractZh() + "（缺省时由 description 推断）", d.complex(),
                        d.dataType(), d.allowedValues(), d.formats(), 0, d.maxOccurs()));
            } else {
                l.add(d);
            }
        }
        l.add(InputDescription.literal("description", "项目描述", "Project description",
                "项目的文字描述（如「新建年产100万吨焦炭项目」）；未给出 industry 时据此推断行业代码（以及未给出的建设性质、规模），"
                        + "报告中以「推断结果，请确认」标注；无可信推断时要求提供 industry",
                "string", 0, List.of()));
        return l;
    }

    static List<InputDescription> commonInputs(boolean geometryRequired) {
        List<InputDescription> l = new ArrayList<>();
        l.add(InputDescription.complex("geometry", "项目范围", "Project site", "项目红线范围或位置（面、线、点）", geometryRequired ? 1 : 0,
                GeometryInput.FORMATS));
        l.add(InputDescription.literal("crs", "坐标参照系", "CRS", "几何的坐标参照系，缺省 EPSG:4490（CGCS2000）", "string", 0, List.of()));
        l.add(InputDescription.literal("industry", "国民经济行业代码", "Industry code", "GB/T 4754-2017 行业代码（门类字母或 2–4 位数字）", "string", 1, List.of()));
        l.add(InputDescription.literal("nature", "建设性质", "Construction nature", "new 新建、expansion 扩建、rebuild 改建、relocation 迁建", "string", 1,
                List.of("new", "expansion", "rebuild", "relocation")));
        l.add(InputDescription.literal("capacityMW", "装机容量（MW）", "Installed capacity (MW)", "电力项目装机容量", "double", 0, List.of()));
        l.add(InputDescription.literal("name", "项目名称", "Project name", "项目名称", "string", 0, List.of()));
        l.add(InputDescription.literal("schemeVersion", "方案版本", "Scheme version", "方案版本号，缺省为现行版本", "string", 0, List.of()));
        l.add(InputDescription.literal("date", "日期", "Date", "按该日期现行的方案研判（yyyy-MM-dd）", "date", 0, List.of()));
        return l;
    }

    @Override
    public ProcessDescription description() { return description; }

    static ProjectNature nature(String text, String locator) {
        if (text == null) throw ProcessException.missing(locator);
        String t = text.trim();
        for (ProjectNature n : ProjectNature.values()) {
            if (n.name().equalsIgnoreCase(t) || n.labelZh().equals(t)) return n;
        }
        throw ProcessException.invalid(locator, "建设性质应为 new、expansion、rebuild 或 relocation，实为「" + t + "」",
                "nature must be new, expansion, rebuild or relocation, got \"" + t + "\"");
    }

    static ComplianceEngine engine(EngineLookup engines, ProcessInputs in, ExecutionContext ctx) {
        LocalDate date = null;
        String d = in.text("date");
        if (d != null) {
            try {
                date = LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d);
            } catch (DateTimeParseException e) {
                throw ProcessException.invalid("date", "日期应为 yyyy-MM-dd，实为「" + d + "」", "date must be yyyy-MM-dd, got \"" + d + "\"");
            }
        }
        return engines.select(in.text("schemeVersion"), date, ctx.origin().roles());
    }

    @Override
    public ProcessResult execute(ProcessInputs in, Map<String, String> formats, ExecutionContext ctx) {
        ComplianceEngine engine = engine(engines, in, ctx);
        GeometryInput.Parsed site = GeometryInput.parse(in.value("geometry"));
        String crs = in.text("crs") != null ? in.text("crs") : site.srsName();
        IndustryInference.Inferred inferred = null;
        String industry = in.text("industry");
        if (industry == null) {
            String text = in.text("description");
            if (text == null) throw ProcessException.missing("industry");
            inferred = infer(text);
            industry = inferred.code();
        }
        ProjectNature nature;
        if (in.text("nature") != null) {
            nature = nature(in.text("nature"), "nature");
        } else if (inferred != null && inferred.nature() != null) {
            nature = inferred.nature();
        } else {
            throw inferred == null ? ProcessException.missing("nature")
                    : new ProcessException(ProcessException.Kind.MISSING_INPUT, "nature",
                            "缺少必需输入 nature：项目描述未说明建设性质（新建、扩建、改建、迁建）", "missing required input nature: the description states no construction nature");
        }
        ProjectInput.Builder b = ProjectInput.builder().geometry(site.geometry()).crs(crs).industry(industry)
                .nature(nature).name(in.text("name"));
        if (inferred != null) b.attributes(inferred.attributes());
        Double mw = in.number("capacityMW");
        if (mw != null) b.capacityMW(mw);
        ctx.progress().update(10, "正在研判 / assessing");
        AssessmentReport report;
        try {
            report = engine.assess(b.build());
        } catch (ZoningException e) {
            throw ProcessException.of(e, locatorOf(e.code()));
        }
        ctx.progress().check();
        ctx.progress().update(60, "正在生成输出 / writing outputs");
        Geometry lonLat = SiteGeometry.assessed(site.geometry(), crs, report);
        com.fasterxml.jackson.databind.node.ObjectNode reportJson = inferred == null ? JSON.valueToTree(report) : withInferred(report, inferred);
        AssessmentSaving.Outcome saved = saving.save(ctx.origin(), ctx.requested(), engine.scheme(), report, reportJson,
                AssessmentSaving.inputJson(WPS_ID, ctx.origin().protocol(), in), lonLat);
        boolean all = formats.isEmpty();
        List<OutputData> out = new ArrayList<>();
        if (all || formats.containsKey("report")) {
            Format f = description.output("report").format(formats.get("report"));
            byte[] bytes;
            if (f == Format.JSON) {
                bytes = json(saved.report());
            } else {
                ReportData data = ReportData.of(ctx.jobId(), ctx.requested(), report, engine.scheme(), lonLat);
                if (saved.saved()) data = data.saved(saved.reference(), saved.url());
                bytes = f == Format.PDF ? reports.pdf(data) : reports.html(data);
            }
            out.add(OutputData.of("report", f, bytes));
        }
        if (all || formats.containsKey("overlaps")) {
            Format f = description.output("overlaps").format(formats.get("overlaps"));
            List<OverlapWriter.Piece> pieces = OverlapWriter.pieces(engine.scheme(), report, lonLat);
            out.add(OutputData.of("overlaps", f, f == Format.GEOJSON ? OverlapWriter.geoJson(pieces) : OverlapWriter.gml32(pieces)));
        }
        ctx.progress().update(100, "完成 / done");
        return ProcessResult.of(out);
    }

    private IndustryInference.Inferred infer(String text) {
        IndustryInference.Outcome o = inference.infer(text);
        if (o.inferred() != null) return o.inferred();
        String cands = o.candidates().isEmpty() ? "" : "（候选 / candidates: " + String.join("; ", o.candidates()) + "）";
        throw new ProcessException(ProcessException.Kind.MISSING_INPUT, "industry",
                "无法由项目描述可信地推断行业，请提供 industry（GB/T 4754-2017 行业代码）：" + o.messageZh() + cands,
                "cannot infer the industry confidently from the description; please give industry (GB/T 4754-2017 code): " + o.messageEn());
    }

    /** The engine's report with the {@code inferred} member (docs/REPORT-SCHEMA.md) appended. */
    static com.fasterxml.jackson.databind.node.ObjectNode withInferred(AssessmentReport report, IndustryInference.Inferred i) {
        com.fasterxml.jackson.databind.node.ObjectNode n = JSON.valueToTree(report);
        com.fasterxml.jackson.databind.node.ObjectNode inf = n.putObject("inferred");
        inf.put("industryCode", i.code());
        inf.put("industryNameZh", i.nameZh());
        inf.put("confidence", Math.round(i.confidence() * 1000) / 1000.0);
        var words = inf.putArray("matchedWords");
        i.matchedWords().forEach(words::add);
        if (i.nature() != null) inf.put("nature", i.nature().name());
        var attrs = inf.putObject("attributes");
        i.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> attrs.put(e.getKey(), e.getValue()));
        if (i.termsVersion() != null) inf.put("termsVersion", i.termsVersion());
        inf.put("messageZh", "推断结果，请确认：行业 " + i.code() + " " + i.nameZh() + "（由项目描述推断）");
        inf.put("messageEn", "inferred, please confirm: industry " + i.code() + " (read from the project description)");
        return n;
    }

    static String locatorOf(String code) {
        String c = code == null ? "" : code.toUpperCase(Locale.ROOT);
        if (c.contains("INDUSTRY")) return "industry";
        if (c.contains("CRS")) return "crs";
        if (c.contains("NATURE")) return "nature";
        if (c.contains("ATTRIBUTE")) return "capacityMW";
        return "geometry";
    }

    static byte[] json(Object o) {
        try {
            return JSON.writeValueAsBytes(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
