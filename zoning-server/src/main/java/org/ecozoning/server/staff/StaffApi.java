package org.ecozoning.server.staff;

import static org.ecozoning.server.JsonApi.noStore;
import static org.ecozoning.server.JsonApi.objectBody;
import static org.ecozoning.server.JsonApi.problem;
import static org.ecozoning.server.JsonApi.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.ogc.common.ProblemResponse;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.server.assist.RuleCorrections;
import org.ecozoning.server.auth.AdminApi;
import org.ecozoning.server.auth.AuthException;
import org.ecozoning.server.auth.Caller;
import org.ecozoning.server.auth.Role;
import org.ecozoning.server.scheme.SchemeService;
import org.ecozoning.store.ConflictException;
import org.ecozoning.store.IllegalTransitionException;
import org.ecozoning.store.NotFoundException;
import org.ecozoning.store.SchemeVersion;
import org.ecozoning.store.StoreException;

/**
 * The staff pages' JSON API, reached at {@code /staff/api} (through {@link StaffPages}) behind the authentication filter; every
 * endpoint needs STAFF (anonymous 401, public and enterprise 403), writes need the session's CSRF
 * token (checked by the filter):
 * <ul>
 * <li>{@code GET /diff?from=ID&to=ID}: counts by change kind, clause rows and the changed geometry (GeoJSON);</li>
 * <li>{@code GET /versions/{id}/proposals[?state=&q=&offset=&limit=]}: clause→rule proposals with their review state;</li>
 * <li>{@code POST /versions/{id}/proposals/accept} {@code {"proposalId", "reason", "corrections": {"verdict",
 * "industries": [...], "natures": [...], "thresholds": ["capacityMW<=300"], "patch": {...}}}} and
 * {@code POST /versions/{id}/proposals/reject} {@code {"proposalId", "reason"}}: drafts only, audited;</li>
 * <li>{@code GET /cases[?status=&county=&year=]}, {@code GET /cases/{id}}, {@code POST /cases/{id}/move}
 * {@code {"to", "note", "revision"}}, {@code GET /cases/export?format=csv|geojson[&status=&county=]}.</li>
 * </ul>
 * Versions, audit trail, filing and publication are {@code /admin}'s ({@link AdminApi}).
 */
public final class StaffApi implements OgcHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemeService scheme;
    private final ProposalDesk proposals;
    private final CaseDesk cases;

    /** @param scheme the store and the version in force */
    public StaffApi(SchemeService scheme) {
        this.scheme = Objects.requireNonNull(scheme);
        this.proposals = new ProposalDesk(scheme);
        this.cases = new CaseDesk(scheme::store);
    }

    @Override
    public OgcResponse handle(OgcRequest r) {
        String instance = "/staff" + r.path();
        try {
            Caller c = AdminApi.require(r, Role.STAFF);
            return dispatch(r, c);
        } catch (AuthException | ProblemException | NotFoundException e) {
            return problem(e, instance);
        } catch (ConflictException | IllegalTransitionException e) {
            return ProblemResponse.of(new ProblemException(409, "conflict", "冲突 / Conflict", e.getMessage()), instance);
        } catch (org.ecozoning.model.ZoningException e) {
            return ProblemResponse.of(new ProblemException(400, "invalid-request", "请求无效 / Invalid request",
                    e.messageZh() + " / " + e.messageEn()), instance);
        } catch (UserFacingException | StoreException | IllegalArgumentException e) {
            return ProblemResponse.of(new ProblemException(400, "invalid-request", "请求无效 / Invalid request", e.getMessage()), instance);
        }
    }

    private OgcResponse dispatch(OgcRequest r, Caller c) {
        String path = r.path().startsWith("/api/") ? r.path().substring(4) : r.path();
        String[] s = path.replaceAll("^/+|/+$", "").split("/");
        boolean get = r.method().equals("GET") || r.method().equals("HEAD");
        boolean post = r.method().equals("POST");
        if (s.length == 1 && s[0].equals("diff") && get) {
            long from = id("from", required(r, "from"));
            long to = id("to", required(r, "to"));
            return noStore(DiffJson.of(scheme.store().diff(from, to)));
        }
        if (s.length == 3 && s[0].equals("versions") && s[2].equals("proposals") && get) {
            int offset = r.param("offset") == null ? 0 : integer("offset", r.param("offset"));
            int limit = r.param("limit") == null ? 50 : integer("limit", r.param("limit"));
            if (limit < 1 || limit > 500 || offset < 0) throw ProblemException.invalidParameter("limit", "limit 应为 1–500", "limit must be 1..500");
            return noStore(proposals.list(id("id", s[1]), r.param("state"), r.param("q"), offset, limit));
        }
        if (s.length == 4 && s[0].equals("versions") && s[2].equals("proposals") && post
                && (s[3].equals("accept") || s[3].equals("reject"))) {
            JsonNode b = objectBody(r);
            long version = id("id", s[1]);
            String pid = text(b, "proposalId");
            if (pid == null || pid.isBlank()) throw ProblemException.invalidParameter("proposalId", "需要提议编号", "proposalId is required");
            String reason = text(b, "reason");
            if (s[3].equals("accept")) {
                SchemeVersion v = proposals.accept(version, pid, corrections(b.path("corrections")), c.user(), reason);
                return noStore(JSON.createObjectNode().put("versionId", v.id()).put("revision", v.revision()).put("state", "ACCEPTED"));
            }
            proposals.reject(version, pid, c.user(), reason);
            return noStore(JSON.createObjectNode().put("versionId", version).put("state", "REJECTED"));
        }
        if (s.length >= 1 && s[0].equals("cases")) {
            if (s.length == 1 && get) {
                return noStore(cases.list(CaseDesk.query(r.param("status"), r.param("county"), r.param("year"), r.param("limit"), r.param("offset"))));
            }
            if (s.length == 2 && s[1].equals("export") && get) {
                return cases.export(CaseDesk.query(r.param("status"), r.param("county"), r.param("year"), "1000", "0"), r.param("format"));
            }
            if (s.length == 2 && get) return noStore(cases.one(id("id", s[1])));
            if (s.length == 3 && s[2].equals("move") && post) {
                JsonNode b = objectBody(r);
                Long revision = b.path("revision").isIntegralNumber() ? b.get("revision").asLong() : null;
                return noStore(cases.move(id("id", s[1]), text(b, "to"), text(b, "note"), photos(b), revision, c.user()));
            }
        }
        throw ProblemException.notFound("没有此接口：/staff" + r.path(), "no such API: /staff" + r.path());
    }

    private static RuleCorrections corrections(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) return RuleCorrections.NONE;
        if (!n.isObject()) throw ProblemException.badRequest("corrections 应为对象", "corrections must be an object");
        JsonNode patch = n.get("patch");
        return new RuleCorrections(text(n, "verdict"), list(n.get("industries")), list(n.get("natures")), list(n.get("thresholds")),
                patch == null || patch.isNull() ? null : patch);
    }

    /** Photo references of a status change (file names or URLs; the photos themselves are kept elsewhere). */
    private static List<String> photos(JsonNode body) {
        List<String> p = list(body.get("photos"));
        if (p == null) return List.of();
        if (p.size() > 50 || p.stream().anyMatch(x -> x.length() > 500)) {
            throw ProblemException.invalidParameter("photos", "照片引用过多或过长（至多 50 条，每条 500 字符）",
                    "too many or too long photo references (at most 50 of 500 characters)");
        }
        return p;
    }

    private static List<String> list(JsonNode n) {
        if (n == null || n.isNull()) return null;
        List<String> out = new ArrayList<>();
        if (n.isTextual()) {
            for (String x : n.asText().split("[,，、\\s]+")) if (!x.isBlank()) out.add(x);
            return out;
        }
        if (!(n instanceof ArrayNode a)) throw ProblemException.badRequest("应为字符串数组", "expected an array of strings");
        a.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static String required(OgcRequest r, String name) {
        String v = r.param(name);
        if (v == null || v.isBlank()) throw ProblemException.invalidParameter(name, "缺少参数 " + name, "missing parameter " + name);
        return v;
    }

    static long id(String name, String v) {
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, name + " 应为整数", name + " must be an integer: " + v);
        }
    }

    static int integer(String name, String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, name + " 应为整数", name + " must be an integer: " + v);
        }
    }

}
