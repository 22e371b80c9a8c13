package org.ecozoning.server.portal.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Supplier;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.model.ZoningException;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.ogc.common.ProblemResponse;
import org.ecozoning.scheme.Scheme;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.ecozoning.ogc.processes.AssessmentRecorder;
import org.ecozoning.ogc.processes.AssessmentSaving;
import org.ecozoning.ogc.processes.ZoningProcess;

/**
 * The portal's JSON API, mounted at {@code /api}: {@code GET /meta}, {@code GET /units/at},
 * {@code GET /search}, {@code GET /industries}, {@code GET /industries/suggest}, {@code GET /industries/tree},
 * {@code GET /clauses/search}, {@code POST /upload/parse}
 * and {@code POST /assess}. Errors are RFC 9457 problem documents. Every assessment is saved
 * through the {@link AssessmentRecorder} under the caller's name ("anonymous" without an account);
 * its answer carries the {@code savedAssessment} member (reference and retrieval URL).
 */
public final class PortalApi implements OgcHandler {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Largest uploaded site file. */
    public static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

    private final Supplier<Scheme> scheme;
    private final PlaceQueries places;
    private final IndustryQueries industries;
    private final SiteFiles siteFiles = new SiteFiles();
    private final Assessor assessor;
    private final AssistQueries assist;
    private final AssessmentSaving saving;

    /**
     * @param scheme  the scheme currently published
     * @param catalog the GB/T 4754 catalog
     */
    public PortalApi(Supplier<Scheme> scheme, IndustryCatalog catalog) {
        this(scheme, catalog, new org.ecozoning.server.assist.SuggesterHolder());
    }

    /**
     * @param scheme    the scheme currently published
     * @param catalog   the GB/T 4754 catalog
     * @param suggester the shared industry suggester (built once per process)
     */
    public PortalApi(Supplier<Scheme> scheme, IndustryCatalog catalog, org.ecozoning.server.assist.SuggesterHolder suggester) {
        this(scheme, catalog, suggester, AssessmentRecorder.NONE);
    }

    /**
     * @param scheme    the scheme currently published
     * @param catalog   the GB/T 4754 catalog
     * @param suggester the shared industry suggester (built once per process)
     * @param recorder  where assessments are saved
     */
    public PortalApi(Supplier<Scheme> scheme, IndustryCatalog catalog, org.ecozoning.server.assist.SuggesterHolder suggester,
            AssessmentRecorder recorder) {
        this.saving = new AssessmentSaving(recorder);
        this.assist = new AssistQueries(Objects.requireNonNull(suggester, "suggester"), new org.ecozoning.server.assist.ClauseSearches());
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.places = new PlaceQueries();
        this.industries = new IndustryQueries(catalog);
        this.assessor = new Assessor(catalog);
    }

    @Override
    public OgcResponse handle(OgcRequest request) {
        try {
            Object body = dispatch(request);
            return OgcResponse.ok("application/json", JSON.writeValueAsBytes(body)).header("Cache-Control", "no-store");
        } catch (ProblemException e) {
            return ProblemResponse.of(e, "/api" + request.path());
        } catch (ZoningException e) {
            return ProblemResponse.of(new ProblemException(400, "invalid-input", "输入无效 / Invalid input",
                    e.messageZh() + " / " + e.messageEn()).with("code", e.code()), "/api" + request.path());
        } catch (IOException e) {
            return ProblemResponse.of(new ProblemException(500, "io-error", "服务器内部错误 / Internal Server Error",
                    "处理请求时出错 / the request could not be processed"), "/api" + request.path());
        }
    }

    private Object dispatch(OgcRequest r) throws IOException {
        String path = r.path();
        String method = r.method();
        boolean get = method.equals("GET") || method.equals("HEAD");
        switch (path) {
            case "/meta" -> { require(get, r, "GET"); return places.meta(current()); }
            case "/units/at" -> { require(get, r, "GET"); return places.at(current(), number(r, "lon"), number(r, "lat")); }
            case "/search" -> { require(get, r, "GET"); return places.search(current(), r.param("q", "")); }
            case "/industries" -> { require(get, r, "GET"); return industries.search(r.param("q", "")); }
            case "/industries/suggest" -> { require(get, r, "GET"); return assist.suggest(r.param("q", "")); }
            case "/clauses/search" -> { require(get, r, "GET"); return assist.clauses(current(), r); }
            case "/industries/tree" -> { require(get, r, "GET"); return industries.children(r.param("parent")); }
            case "/upload/parse" -> {
                require(method.equals("POST"), r, "POST");
                byte[] bytes = r.body().readNBytes(MAX_UPLOAD_BYTES + 1);
                if (bytes.length > MAX_UPLOAD_BYTES) {
                    throw new ProblemException(413, "too-large", "请求体过大 / Content Too Large",
                            "文件超过 20 MB / the file is larger than 20 MB");
                }
                return siteFiles.parse(r.param("name", "site"), bytes, r.param("crs"));
            }
            case "/assess" -> {
                require(method.equals("POST"), r, "POST");
                return assess(r);
            }
            default -> throw ProblemException.notFound("没有此接口：/api" + path, "no such API: /api" + path);
        }
    }

    private Object assess(OgcRequest r) throws IOException {
        Scheme s = current();
        byte[] body = r.body().readNBytes(MAX_UPLOAD_BYTES);
        Instant now = Instant.now();
        Assessor.Assessed a = assessor.assess(s, body, r.principal());
        ObjectNode report = JSON.valueToTree(a.report());
        ObjectNode input = JSON.createObjectNode();
        input.put("protocol", "portal");
        input.set("request", JSON.readTree(body));
        return saving.save(new ZoningProcess.Origin(r.principal(), r.baseUrl(), "portal"), now, s, a.report(), report, input.toString(),
                a.siteLonLat()).report();
    }

    private Scheme current() {
        Scheme s = scheme.get();
        if (s == null) {
            throw new ProblemException(503, "no-scheme", "服务不可用 / Service Unavailable",
                    "尚未发布管控方案 / no scheme is published yet");
        }
        return s;
    }

    private static void require(boolean ok, OgcRequest r, String allow) {
        if (!ok) throw ProblemException.methodNotAllowed(r.method(), allow);
    }

    private static double number(OgcRequest r, String name) {
        String v = r.param(name);
        if (v == null || v.isBlank()) throw ProblemException.invalidParameter(name, "缺少数值", "a number is required");
        try {
            double d = Double.parseDouble(v.trim());
            if (!Double.isFinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, "不是数字：" + v, "not a number: " + v);
        }
    }
}
