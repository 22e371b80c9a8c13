package org.ecozoning.server.auth;

import static org.ecozoning.server.JsonApi.body;
import static org.ecozoning.server.JsonApi.noStore;
import static org.ecozoning.server.JsonApi.problem;
import static org.ecozoning.server.JsonApi.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Supplier;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.ogc.common.ProblemResponse;
import org.ecozoning.store.Attribution;
import org.ecozoning.store.AuditEntry;
import org.ecozoning.store.NotFoundException;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeVersion;
import org.ecozoning.store.StoreException;

/**
 * The staff and administration API, mounted at {@code /admin} behind {@link AuthFilter}:
 * <ul>
 * <li>STAFF: {@code GET /versions} (every version, drafts included), {@code GET /audit[?version=id]};</li>
 * <li>ADMIN: {@code POST /versions/{id}/file} ({@code {"authority", "filedDate", "reason"}}),
 * {@code POST /versions/{id}/publish} ({@code {"effectiveDate", "reason"}}), {@code GET /users},
 * {@code POST /users} ({@code {"name", "role", "password"}}).</li>
 * </ul>
 * Every change is attributed to the caller and written to the store's audit log by the store.
 * Anonymous callers get 401, callers without the role 403.
 */
public final class AdminApi implements OgcHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<SchemeStore> store;
    private final UserStore users;
    private final Runnable afterPublish;

    /**
     * @param store        the scheme store
     * @param users        the accounts
     * @param afterPublish run after a publication (reload the version in force)
     */
    public AdminApi(Supplier<SchemeStore> store, UserStore users, Runnable afterPublish) {
        this.store = Objects.requireNonNull(store);
        this.users = Objects.requireNonNull(users);
        this.afterPublish = afterPublish == null ? () -> { } : afterPublish;
    }

    @Override
    public OgcResponse handle(OgcRequest r) {
        String instance = "/admin" + r.path();
        try {
            String[] s = r.path().replaceAll("^/+|/+$", "").split("/");
            boolean get = r.method().equals("GET") || r.method().equals("HEAD");
            if (s.length == 1 && s[0].equals("versions") && get) {
                require(r, Role.STAFF);
                return noStore(versions());
            }
            if (s.length == 1 && s[0].equals("audit") && get) {
                require(r, Role.STAFF);
                return noStore(audit(r.param("version")));
            }
            if (s.length == 3 && s[0].equals("versions") && r.method().equals("POST")
                    && (s[2].equals("file") || s[2].equals("publish"))) {
                Caller c = require(r, Role.ADMIN);
                return noStore(lifecycle(c, id(s[1]), s[2], body(r)));
            }
            if (s.length == 1 && s[0].equals("users")) {
                Caller c = require(r, Role.ADMIN);
                if (get) return noStore(usersJson());
                if (r.method().equals("POST")) return noStore(addUser(c, body(r)));
            }
            throw ProblemException.notFound("没有此接口：" + instance, "no such API: " + instance);
        } catch (AuthException | ProblemException | NotFoundException e) {
            return problem(e, instance);
        } catch (IllegalArgumentException | StoreException e) {
            return ProblemResponse.of(new ProblemException(e instanceof org.ecozoning.store.ConflictException ? 409 : 400,
                    "invalid-request", "请求无效 / Invalid request", e.getMessage()), instance);
        }
    }

    /** @return the caller when it holds {@code role}; 401 for anonymous, 403 otherwise */
    public static Caller require(OgcRequest r, Role role) {
        if (r.principal() == null) throw AuthException.loginRequired();
        Role has = Role.highest(r.roles());
        if (!has.atLeast(role)) {
            throw AuthException.forbidden("需要 " + role + " 角色 / the " + role + " role is required");
        }
        return new Caller(r.principal(), has);
    }

    private ArrayNode versions() {
        ArrayNode a = JSON.createArrayNode();
        for (SchemeVersion v : store.get().versions()) {
            ObjectNode o = a.addObject();
            o.put("id", v.id());
            o.put("name", v.name());
            o.put("kind", v.kind().name());
            o.put("status", v.status().name());
            o.put("revision", v.revision());
            o.put("notes", v.notes());
            o.put("createdBy", v.createdBy());
            o.put("updatedAt", v.updatedAt() == null ? null : v.updatedAt().toString());
            o.put("filedAuthority", v.filedAuthority());
            o.put("filedDate", v.filedDate() == null ? null : v.filedDate().toString());
            o.put("effectiveDate", v.effectiveDate() == null ? null : v.effectiveDate().toString());
            if (v.parentId() != null) o.put("parentId", v.parentId());
        }
        return a;
    }

    private ArrayNode audit(String version) {
        Long id = version == null || version.isBlank() ? null : id(version);
        ArrayNode a = JSON.createArrayNode();
        for (AuditEntry e : store.get().audit(id)) {
            ObjectNode o = a.addObject();
            o.put("id", e.id());
            o.put("at", e.at().toString());
            o.put("actor", e.actor());
            o.put("action", e.action().name());
            if (e.versionId() != null) o.put("versionId", e.versionId());
            o.put("what", e.what());
            o.put("why", e.why());
        }
        return a;
    }

    private ObjectNode lifecycle(Caller c, long id, String action, JsonNode b) {
        SchemeStore s = store.get();
        SchemeVersion v = s.version(id).orElseThrow(() -> ProblemException.notFound("没有版本 " + id, "no version " + id));
        long revision = b.path("revision").isIntegralNumber() ? b.get("revision").asLong() : v.revision();
        Attribution by = Attribution.of(c.user(), text(b, "reason"));
        SchemeVersion after;
        if (action.equals("file")) {
            String authority = text(b, "authority");
            if (authority == null || authority.isBlank()) throw ProblemException.invalidParameter("authority", "需要备案机关", "authority is required");
            after = s.file(id, revision, authority, date(b, "filedDate"), by);
        } else {
            after = s.publish(id, revision, date(b, "effectiveDate"), by);
            afterPublish.run();
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("id", after.id());
        o.put("status", after.status().name());
        o.put("revision", after.revision());
        return o;
    }

    private ArrayNode usersJson() {
        ArrayNode a = JSON.createArrayNode();
        for (UserAccount u : users.list()) {
            a.addObject().put("name", u.name()).put("role", u.role().name()).put("disabled", u.disabled())
                    .put("createdAt", u.createdAt().toString());
        }
        return a;
    }

    private ObjectNode addUser(Caller c, JsonNode b) {
        UserAccount u = users.add(text(b, "name"), Role.ofAccount(text(b, "role")), text(b, "password"),
                Attribution.of(c.user(), "管理接口 / admin API"));
        return JSON.createObjectNode().put("name", u.name()).put("role", u.role().name());
    }

    private static LocalDate date(JsonNode b, String field) {
        String t = text(b, field);
        if (t == null) throw ProblemException.invalidParameter(field, "需要日期 " + field, field + " (YYYY-MM-DD) is required");
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(field, "日期格式应为 YYYY-MM-DD", field + " must be YYYY-MM-DD");
        }
    }

    private static long id(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter("id", "版本编号应为整数", "a version id is an integer: " + s);
        }
    }
}
