package org.ecozoning.server.auth;

import static org.ecozoning.server.JsonApi.noStore;
import static org.ecozoning.server.JsonApi.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Objects;
import org.ecozoning.ogc.common.OgcHandler;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.ogc.common.ProblemResponse;

/**
 * The portal's login endpoints, mounted at {@code /auth}: {@code POST /login} with JSON
 * {@code {"user": …, "password": …}} opens a session (cookie {@value Authenticator#COOKIE}: HttpOnly,
 * SameSite=Lax, Max-Age = session lifetime, Secure over https) and answers the CSRF token the portal
 * sends back in {@value Authenticator#CSRF_HEADER}; {@code POST /logout} ends it; {@code GET /me}
 * tells who the caller is. Not wrapped by {@link AuthFilter}: it authenticates itself.
 */
public final class AuthApi implements OgcHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Authenticator auth;

    public AuthApi(Authenticator auth) {
        this.auth = Objects.requireNonNull(auth);
    }

    @Override
    public OgcResponse handle(OgcRequest r) {
        try {
            return switch (r.path()) {
                case "/login" -> login(r);
                case "/logout" -> logout(r);
                case "/me" -> me(r);
                default -> throw ProblemException.notFound("没有此接口：/auth" + r.path(), "no such API: /auth" + r.path());
            };
        } catch (AuthException e) {
            if (e.status() == 401 && r.path().equals("/login")) {
                // a failed form login: no Basic challenge, else browsers pop up their own password dialog over the page
                return ProblemResponse.of(new ProblemException(401, "unauthorized", "需要登录 / Authentication required", e.getMessage()),
                        "/auth/login");
            }
            return e.toProblem("/auth" + r.path());
        } catch (ProblemException e) {
            return ProblemResponse.of(e, "/auth" + r.path());
        }
    }

    private OgcResponse login(OgcRequest r) {
        requirePost(r);
        JsonNode body;
        try {
            body = JSON.readTree(r.body());
        } catch (IOException e) {
            throw ProblemException.badRequest("请求体应为 JSON", "the body must be JSON: {\"user\": …, \"password\": …}");
        }
        if (body == null || !body.path("user").isTextual() || !body.path("password").isTextual()) {
            throw ProblemException.badRequest("需要 user 与 password", "user and password are required");
        }
        Caller c = auth.login(body.get("user").asText(), body.get("password").asText(), r.clientAddress());
        SessionStore.Session s = auth.sessions().open(c);
        String cookie = Authenticator.COOKIE + "=" + s.token() + "; Path=/; HttpOnly; SameSite=Lax; Max-Age="
                + auth.sessions().ttl().toSeconds() + (r.baseUrl().startsWith("https:") ? "; Secure" : "");
        ObjectNode out = who(c);
        out.put("csrfToken", s.csrf());
        out.put("expires", s.expires().toString());
        return ok(out).header("Set-Cookie", cookie).header("Cache-Control", "no-store");
    }

    private OgcResponse logout(OgcRequest r) {
        requirePost(r);
        String token = Authenticator.cookie(r.header("Cookie"), Authenticator.COOKIE);
        auth.sessions().find(token).ifPresent(s -> {
            if (!s.csrf().equals(r.header(Authenticator.CSRF_HEADER))) {
                throw AuthException.forbidden("缺少或错误的 CSRF 令牌 / missing or wrong CSRF token");
            }
        });
        auth.sessions().close(token);
        return ok(JSON.createObjectNode().put("loggedOut", true))
                .header("Set-Cookie", Authenticator.COOKIE + "=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
    }

    private OgcResponse me(OgcRequest r) {
        Caller c = auth.authenticate(r);
        ObjectNode out = who(c);
        auth.sessions().find(Authenticator.cookie(r.header("Cookie"), Authenticator.COOKIE))
                .ifPresent(s -> out.put("csrfToken", s.csrf()));
        return noStore(out);
    }

    private static ObjectNode who(Caller c) {
        ObjectNode o = JSON.createObjectNode();
        if (c.user() == null) o.putNull("user");
        else o.put("user", c.user());
        o.put("role", c.role().name());
        return o;
    }

    private static void requirePost(OgcRequest r) {
        if (!r.method().equals("POST")) throw ProblemException.methodNotAllowed(r.method(), "POST");
    }
}
