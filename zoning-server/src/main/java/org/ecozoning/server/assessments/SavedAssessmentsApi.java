package org.ecozoning.server.assessments;

import static org.ecozoning.server.JsonApi.ok;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.ogc.common.ProblemResponse;
import org.ecozoning.ogc.report.ReportData;
import org.ecozoning.ogc.report.ReportRenderer;
import org.ecozoning.server.auth.AuthException;
import org.ecozoning.server.auth.Caller;
import org.ecozoning.server.auth.Role;
import org.ecozoning.server.auth.RoleGate;
import org.ecozoning.server.scheme.SchemeService;
import org.ecozoning.store.AssessmentQuery;
import org.ecozoning.store.SavedAssessment;
import org.ecozoning.store.SchemeStores;

/**
 * Saved assessments read back. Mounted twice: at {@code /api/assessments} —
 * {@code GET /{reference}} (JSON; {@code ?f=html} the printable report; {@code ?f=pdf} the PDF) for
 * anyone holding the reference (the share link), and {@code GET /} listing all, filtered by
 * {@code from, to, verdict, county, actor, limit, offset} (STAFF and above) — and at
 * {@code /api/my/assessments}, {@code GET /} listing the caller's own (ENTERPRISE and above).
 * Reports are re-rendered from the saved report, site and scheme version, so they match the original.
 */
public final class SavedAssessmentsApi implements OgcHandler {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper LENIENT = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Which of the two mounts this instance serves. */
    public enum Mount { ALL, MINE }

    private final SchemeService scheme;
    private final ReportRenderer reports;
    private final Mount mount;

    public SavedAssessmentsApi(SchemeService scheme, ReportRenderer reports, Mount mount) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.mount = Objects.requireNonNull(mount, "mount");
    }

    private String mountPath() {
        return mount == Mount.ALL ? StoreAssessmentRecorder.PATH : "/api/my/assessments";
    }

    @Override
    public OgcResponse handle(OgcRequest r) {
        String instance = mountPath() + (r.path().equals("/") ? "" : r.path());
        try {
            if (!r.method().equals("GET") && !r.method().equals("HEAD")) throw ProblemException.methodNotAllowed(r.method(), "GET");
            if (r.path().equals("/") || r.path().isEmpty()) {
                Caller c = RoleGate.require(r, mount == Mount.ALL ? Role.STAFF : Role.ENTERPRISE);
                return list(r, c);
            }
            String ref = r.path().substring(1);
            if (mount == Mount.MINE || ref.contains("/")) throw notFound(ref);
            return one(r, ref);
        } catch (AuthException e) {
            return e.toProblem(instance);
        } catch (ProblemException e) {
            return ProblemResponse.of(e, instance);
        }
    }

    private static ProblemException notFound(String ref) {
        return ProblemException.notFound("没有编号为「" + ref + "」的已保存评估", "no saved assessment with reference \"" + ref + "\"");
    }

    private OgcResponse one(OgcRequest r, String ref) {
        SavedAssessment a = scheme.store().assessmentByReference(ref).orElseThrow(() -> notFound(ref));
        String url = r.baseUrl() + StoreAssessmentRecorder.PATH + "/" + ref;
        String f = r.param("f", "json").toLowerCase(java.util.Locale.ROOT);
        return switch (f) {
            case "json", "application/json" -> ok(document(a, url, r)).header("Cache-Control", "private, no-store");
            case "html", "text/html" -> OgcResponse.ok("text/html; charset=UTF-8", reports.html(reportData(a, url)))
                    .header("Cache-Control", "private, no-store");
            case "pdf", "application/pdf" -> OgcResponse.ok("application/pdf", reports.pdf(reportData(a, url)))
                    .header("Content-Disposition", "attachment; filename=\"" + fileName(a) + "\"")
                    .header("Cache-Control", "private, no-store");
            default -> throw ProblemException.invalidParameter("f", "应为 json、html 或 pdf，实为「" + f + "」", "must be json, html or pdf, got \"" + f + "\"");
        };
    }

    /** e.g. {@code ecozoning-report-20250301-AbCdEfGh.pdf}: date of saving (Beijing time) and the start of the reference. */
    static String fileName(SavedAssessment a) {
        String day = LocalDate.ofInstant(a.createdAt(), SchemeStores.PROVINCE_ZONE).toString().replace("-", "");
        return "ecozoning-report-" + day + "-" + a.reference().substring(0, 8) + ".pdf";
    }

    private ReportData reportData(SavedAssessment a, String url) {
        AssessmentReport report;
        try {
            report = LENIENT.readValue(a.reportJson(), AssessmentReport.class);
        } catch (IOException e) {
            throw new ProblemException(500, "unreadable", "服务器内部错误 / Internal Server Error",
                    "已保存的报告无法读取 / the saved report cannot be read");
        }
        var loaded = scheme.byId(a.versionId());
        return ReportData.of(a.reference(), a.createdAt(), report, loaded.scheme(), a.geometry()).saved(a.reference(), url);
    }

    private ObjectNode document(SavedAssessment a, String url, OgcRequest r) {
        ObjectNode o = summary(a, r.baseUrl(), showActor(r, a));
        o.set("input", tree(a.inputJson()));
        o.set("report", tree(a.reportJson()));
        return o;
    }

    /** The actor is shown to staff and to the owner only (a share link does not reveal the account name). */
    private static boolean showActor(OgcRequest r, SavedAssessment a) {
        return r.principal() != null && (r.principal().equals(a.actor()) || Role.highest(r.roles()).atLeast(Role.STAFF));
    }

    private ObjectNode summary(SavedAssessment a, String base, boolean withActor) {
        ObjectNode o = JSON.createObjectNode();
        o.put("reference", a.reference());
        o.put("createdAt", a.createdAt().toString());
        if (withActor) o.put("actor", a.actor());
        o.put("verdict", a.verdict());
        o.put("countyCode", a.countyCode());
        ObjectNode v = o.putObject("schemeVersion");
        v.put("id", a.versionId());
        scheme.store().version(a.versionId()).ifPresent(sv -> v.put("name", sv.name()));
        JsonNode report = tree(a.reportJson());
        o.put("verdictZh", report.path("verdictZh").asText(null));
        o.put("name", report.path("input").path("projectName").asText(null));
        o.put("industryCode", report.path("input").path("industryCode").asText(null));
        o.put("industryName", report.path("input").path("industryName").asText(null));
        if (a.reference() != null) {
            String self = base + StoreAssessmentRecorder.PATH + "/" + a.reference();
            ObjectNode links = o.putObject("links");
            links.put("json", self);
            links.put("html", self + "?f=html");
            links.put("pdf", self + "?f=pdf");
        }
        return o;
    }

    private OgcResponse list(OgcRequest r, Caller c) {
        AssessmentQuery q = AssessmentQuery.all().page(intParam(r, "limit", 50, 1, 1000), intParam(r, "offset", 0, 0, Integer.MAX_VALUE))
                .between(time(r, "from", false), time(r, "to", true));
        if (mount == Mount.MINE) {
            q = q.actor(c.user());
        } else {
            q = q.actor(blankToNull(r.param("actor")));
        }
        q = q.verdict(blankToNull(r.param("verdict"))).county(blankToNull(r.param("county")));
        List<SavedAssessment> found = scheme.store().assessments(q);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode items = out.putArray("assessments");
        for (SavedAssessment a : found) items.add(summary(a, r.baseUrl(), true));
        out.put("count", found.size());
        out.put("limit", q.limit());
        out.put("offset", q.offset());
        return ok(out).header("Cache-Control", "private, no-store");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int intParam(OgcRequest r, String name, int fallback, int min, int max) {
        String v = blankToNull(r.param(name));
        if (v == null) return fallback;
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) throw new NumberFormatException();
            return i;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, "应为 " + min + " 至 " + max + " 的整数，实为「" + v + "」",
                    "must be an integer " + min + " to " + max + ", got \"" + v + "\"");
        }
    }

    /**
     * A time bound: an instant ({@code 2025-03-01T08:00:00Z}) or a date ({@code 2025-03-01}, Beijing
     * time; as {@code to} the whole day is included).
     */
    static Instant time(OgcRequest r, String name, boolean end) {
        String v = blankToNull(r.param(name));
        if (v == null) return null;
        try {
            if (v.length() == 10) {
                LocalDate d = LocalDate.parse(v);
                return (end ? d.plusDays(1) : d).atStartOfDay(SchemeStores.PROVINCE_ZONE).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name, "应为日期 yyyy-MM-dd 或 ISO 8601 时刻，实为「" + v + "」",
                    "must be a date yyyy-MM-dd or an ISO 8601 instant, got \"" + v + "\"");
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(json);
        }
    }
}
