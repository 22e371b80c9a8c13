package org.ecozoning.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.ecozoning.ogc.common.OgcRequest;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.ProblemException;
import org.ecozoning.ogc.common.ProblemResponse;
import org.ecozoning.server.auth.AuthException;
import org.ecozoning.store.NotFoundException;

/**
 * The JSON plumbing the server's own JSON APIs (admin, staff, auth, saved assessments) share, so
 * they answer and read bodies the same way: a JSON response, the request body as a tree, a text field,
 * and the problem answer for the failures they all map alike.
 */
public final class JsonApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json; charset=UTF-8";

    private JsonApi() {
    }

    /** @return {@code node} as a 200 UTF-8 JSON response */
    public static OgcResponse ok(JsonNode node) {
        try {
            return OgcResponse.ok(JSON_TYPE, JSON.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return {@code node} as a 200 JSON response that must not be cached ({@code Cache-Control: no-store}) */
    public static OgcResponse noStore(JsonNode node) {
        return ok(node).header("Cache-Control", "no-store");
    }

    /**
     * @return the request body as JSON; an empty object when the body is empty
     * @throws ProblemException 400 when the body is not JSON
     */
    public static JsonNode body(OgcRequest r) {
        try {
            JsonNode n = JSON.readTree(r.body());
            return n == null ? JSON.createObjectNode() : n;
        } catch (IOException e) {
            throw ProblemException.badRequest("请求体应为 JSON", "the body must be JSON");
        }
    }

    /**
     * @return the request body as a JSON object; an empty object when the body is empty
     * @throws ProblemException 400 when the body is not JSON or not an object
     */
    public static JsonNode objectBody(OgcRequest r) {
        JsonNode n = body(r);
        if (!n.isObject()) throw ProblemException.badRequest("请求体应为 JSON 对象", "the body must be a JSON object");
        return n;
    }

    /**
     * The problem answer for the failures every JSON API maps alike: an {@link AuthException} as
     * 401/403, a {@link ProblemException} as it is, a store {@link NotFoundException} as 404.
     *
     * @param e        one of those three (anything else is thrown on unchanged)
     * @param instance the problem's {@code instance} (the request path)
     */
    public static OgcResponse problem(RuntimeException e, String instance) {
        if (e instanceof AuthException a) return a.toProblem(instance);
        if (e instanceof ProblemException p) return ProblemResponse.of(p, instance);
        if (e instanceof NotFoundException n) return ProblemResponse.of(ProblemException.notFound(n.getMessage(), n.getMessage()), instance);
        throw e;
    }

    /** @return the field's value as text; null when it is missing, null or not a value */
    public static String text(JsonNode object, String field) {
        JsonNode n = object.path(field);
        return n.isValueNode() && !n.isNull() ? n.asText() : null;
    }
}
