package org.ecozoning.server.tracking;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.server.scheme.LoadedScheme;
import org.ecozoning.server.scheme.SchemeService;
import org.ecozoning.tracking.monitoring.MonitoringStore;

/**
 * {@code GET /reports/tracking?year=Y[&city=CODE][&f=pdf]} and
 * {@code GET /reports/evaluation?from=Y1&to=Y2[&f=pdf]}: the tracking and evaluation reports as
 * HTML (default) or PDF, built on request over the version in force and the store. Monitoring
 * comes from the workspace's {@code tracking/monitoring.csv} when present, else from the store's
 * imported readings of those years, else from the sample generator (labelled 样例监测数据 in the
 * report). Staff only (gated by the rights filter; not listed on the landing page).
 */
public final class ReportsHandler implements OgcHandler {

    private record Cached(long versionId, long stamp, int from, int to, ReportMaker.Monitoring monitoring) { }

    private final SchemeService scheme;
    private volatile Cached cached;

    /** @param scheme the version in force and the store */
    public ReportsHandler(SchemeService scheme) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
    }

    @Override
    public OgcResponse handle(OgcRequest request) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            throw ProblemException.methodNotAllowed(request.method(), "GET, HEAD");
        }
        String path = request.path();
        try {
            return switch (path) {
                case "/tracking", "/tracking.html" -> respond(request, tracking(request, pdf(request)));
                case "/tracking.pdf" -> respond(request, tracking(request, true));
                case "/evaluation", "/evaluation.html" -> respond(request, evaluation(request, pdf(request)));
                case "/evaluation.pdf" -> respond(request, evaluation(request, true));
                default -> throw ProblemException.notFound("没有这个报告：" + path + "（可用 /reports/tracking、/reports/evaluation）",
                        "No such report: " + path + " (available: /reports/tracking, /reports/evaluation)");
            };
        } catch (UserFacingException e) {
            throw new ProblemException(400, "invalid-parameter", "参数无效 / Invalid parameter", e.getMessage());
        }
    }

    private Object tracking(OgcRequest request, boolean pdf) {
        int year = year(request, "year", LocalDate.now().getYear() - 1);
        ReportMaker.checkYear(year);
        LoadedScheme l = scheme.loaded();
        ReportMaker maker = maker(l);
        ReportMaker.Monitoring m = monitoring(l, year, year);
        return pdf ? maker.trackingPdf(year, request.param("city"), m) : maker.trackingHtml(year, request.param("city"), m);
    }

    private Object evaluation(OgcRequest request, boolean pdf) {
        int to = year(request, "to", LocalDate.now().getYear() - 1);
        int from = year(request, "from", to - 4);
        ReportMaker.checkRange(from, to);
        LoadedScheme l = scheme.loaded();
        ReportMaker maker = maker(l);
        ReportMaker.Monitoring m = monitoring(l, from, to);
        return pdf ? maker.evaluationPdf(from, to, m) : maker.evaluationHtml(from, to, m);
    }

    /** {@code f=pdf} (or {@code application/pdf}) asks for PDF; {@code f=html} or none for HTML. */
    private static boolean pdf(OgcRequest request) {
        String f = request.param("f");
        if (f == null || f.isBlank() || f.equalsIgnoreCase("html") || f.equalsIgnoreCase("text/html")) {
            return false;
        }
        if (f.equalsIgnoreCase("pdf") || f.equalsIgnoreCase("application/pdf")) {
            return true;
        }
        throw ProblemException.invalidParameter("f", "格式应为 html 或 pdf，而不是 " + f, "format must be html or pdf, not " + f);
    }

    private ReportMaker maker(LoadedScheme l) {
        return new ReportMaker(scheme.loader().workspace(), scheme.store(), l.scheme());
    }

    /** The monitoring readings, generated or read once per version, store contents and year range. */
    private ReportMaker.Monitoring monitoring(LoadedScheme l, int from, int to) {
        long stamp = new MonitoringStore(scheme.store()).stamp();
        Cached c = cached;
        if (c != null && c.versionId() == l.version().id() && c.stamp() == stamp && c.from() == from && c.to() == to) {
            return c.monitoring();
        }
        Path csv = scheme.loader().workspace().resolve("tracking").resolve("monitoring.csv");
        ReportMaker.Monitoring m = maker(l).monitoring(Files.isRegularFile(csv) ? csv : null, from, to);
        cached = new Cached(l.version().id(), stamp, from, to, m);
        return m;
    }

    private static int year(OgcRequest request, String name, int fallback) {
        String v = request.param(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, "应为年份（如 2025），而不是 " + v, "expected a year such as 2025, not " + v);
        }
    }

    private static OgcResponse respond(OgcRequest request, Object report) {
        if (report instanceof byte[] pdf) {
            return OgcResponse.ok("application/pdf", pdf).header("Cache-Control", "no-store")
                    .header("Content-Disposition", "inline; filename=\"" + request.path().substring(1).replace(".pdf", "") + ".pdf\"");
        }
        return OgcResponse.ok("text/html; charset=UTF-8", (String) report).header("Cache-Control", "no-store");
    }
}
