package org.ecozoning.ogc.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An error an OGC API handler answers with an RFC 9457 problem document instead of a result (the
 * OGC API counterpart of {@link OwsException}): HTTP status, a problem type, a bilingual title
 * and detail, and extension members such as the offending {@code parameter} or the
 * {@code position} of a syntax error. Thrown anywhere below a handler's dispatcher, which turns it
 * into a response with {@link ProblemResponse}; it never reaches the user as a stack trace.
 */
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Base of the problem type URIs of this server. */
    public static final String TYPE_BASE = "https://ecozoning.org/problems/";

    private final int status;
    private final String type;
    private final String title;
    private final transient Map<String, Object> members = new LinkedHashMap<>();

    /**
     * @param status the HTTP status
     * @param type the last segment of the problem type URI under {@link #TYPE_BASE} (e.g. "invalid-parameter")
     * @param title short bilingual title, "中文 / English"
     * @param detail the bilingual explanation of this occurrence, "中文说明 / English text"
     */
    public ProblemException(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = TYPE_BASE + Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title");
    }

    public int status() { return status; }

    /** The problem type URI. */
    public String type() { return type; }

    public String title() { return title; }

    public String detail() { return getMessage(); }

    /** Extension members, in insertion order (values: strings, numbers, booleans or lists of them). */
    public Map<String, Object> members() { return Collections.unmodifiableMap(members); }

    /** Adds an extension member, returning this exception. */
    public ProblemException with(String name, Object value) {
        members.put(name, value);
        return this;
    }

    /** 400: a query parameter has a value the server cannot use. */
    public static ProblemException invalidParameter(String parameter, String zh, String en) {
        return new ProblemException(400, "invalid-parameter", "参数无效 / Invalid parameter",
                "参数 " + parameter + " 无效：" + zh + " / invalid value of parameter " + parameter + ": " + en)
                .with("parameter", parameter);
    }

    /** 400: a query parameter the resource does not define. */
    public static ProblemException unknownParameter(String parameter) {
        return new ProblemException(400, "unknown-parameter", "未知参数 / Unknown parameter",
                "此资源不支持参数 " + parameter + " / the resource does not define the query parameter " + parameter)
                .with("parameter", parameter);
    }

    /** 404: no such resource. */
    public static ProblemException notFound(String zh, String en) {
        return new ProblemException(404, "not-found", "未找到 / Not found", zh + " / " + en);
    }

    /** 405: the method is not served on this resource. */
    public static ProblemException methodNotAllowed(String method, String allow) {
        return new ProblemException(405, "method-not-allowed", "不允许的请求方法 / Method not allowed",
                "此资源不支持 " + method + " 方法（支持 " + allow + "） / method " + method + " is not allowed here (allowed: " + allow + ")")
                .with("allow", allow);
    }

    /** Wraps a {@link Problem} built elsewhere (e.g. by the server shell's limits). */
    public ProblemException(Problem problem) {
        this(problem.status(), typeSegment(problem.type()), problem.title(), problem.detail());
        problem.extensions().forEach(this::with);
    }

    /** 400 with a bilingual detail {@code "zh / en"}. */
    public static ProblemException badRequest(String detailZh, String detailEn) {
        return new ProblemException(400, "bad-request", Problem.titleOf(400), detailZh + " / " + detailEn);
    }

    /** This exception as a {@link Problem} value (extension members rendered as text). */
    public Problem problem() {
        java.util.Map<String, String> ext = new LinkedHashMap<>();
        members.forEach((k, v) -> ext.put(k, String.valueOf(v)));
        return new Problem(type, title, status, detail(), null, ext);
    }

    private static String typeSegment(String type) {
        if (type.startsWith(TYPE_BASE)) return type.substring(TYPE_BASE.length());
        return "about:blank".equals(type) ? "error" : type;
    }
}
