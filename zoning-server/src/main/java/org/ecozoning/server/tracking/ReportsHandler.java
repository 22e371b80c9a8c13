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

/**
 * {@code GET /reports/tracking?year=Y[&city=CODE]} and {@code GET /reports/evaluation?from=Y1&to=Y2}:
 * the tracking and evaluation reports as HTML, built on request over the version in force and the
 * store. Monitoring comes from the workspace's {@code tracking/monitoring.csv} when present, else
 * from the sample generator (labelled 样例监测数据 in the report). Staff only (to be gated by the
 * rights filter; not listed on the landing page).
 */
public final class ReportsHandler implements OgcHandler {

    private record Cached(long versionId, int from, int to, ReportMaker.Monitoring monitoring) { }

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
                case "/tracking", "/tracking.html" -> html(tracking(request));
                case "/evaluation", "/evaluation.html" -> html(evaluation(request));
                default -> throw ProblemException.notFound("没有这个报告：" + path + "（可用 /reports/tracking、/reports/evaluation）",
                        "No such report: " + path + " (available: /reports/tracking, /reports/evaluation)");
            };
        } catch (UserFacingException e) {
            throw new ProblemException(400, "invalid-parameter", "参数无效 / Invalid parameter", e.getMessage());
        }
    }

    private String tracking(OgcRequest request) {
        int year = year(request, "year", LocalDate.now().getYear() - 1);
        ReportMaker.checkYear(year);
        LoadedScheme l = scheme.loaded();
        return maker(l).trackingHtml(year, request.param("city"), monitoring(l, year, year));
    }

    private String evaluation(OgcRequest request) {
        int to = year(request, "to", LocalDate.now().getYear() - 1);
        int from = year(request, "from", to - 4);
        ReportMaker.checkRange(from, to);
        LoadedScheme l = scheme.loaded();
        return maker(l).evaluationHtml(from, to, monitoring(l, from, to));
    }

    private ReportMaker maker(LoadedScheme l) {
        return new ReportMaker(scheme.loader().workspace(), scheme.store(), l.scheme());
    }

    /** The monitoring readings, generated or read once per version and year range. */
    private ReportMaker.Monitoring monitoring(LoadedScheme l, int from, int to) {
        Cached c = cached;
        if (c != null && c.versionId() == l.version().id() && c.from() == ReportMaker.sampleFrom(from) && c.to() == ReportMaker.sampleTo(to)) {
            return c.monitoring();
        }
        Path csv = scheme.loader().workspace().resolve("tracking").resolve("monitoring.csv");
        int first = ReportMaker.sampleFrom(from);
        int last = ReportMaker.sampleTo(to);
        ReportMaker.Monitoring m = maker(l).monitoring(Files.isRegularFile(csv) ? csv : null, first, last);
        cached = new Cached(l.version().id(), first, last, m);
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

    private static OgcResponse html(String html) {
        return OgcResponse.ok("text/html; charset=UTF-8", html).header("Cache-Control", "no-store");
    }
}
