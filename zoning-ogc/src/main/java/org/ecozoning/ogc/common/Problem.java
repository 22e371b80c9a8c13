package org.ecozoning.ogc.common;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}): the one error format of the server's
 * own endpoints and of the JSON APIs. Titles are bilingual (Chinese first); the detail must be written
 * for the client and never carries a stack trace or internal exception text.
 *
 * @param type       a URI identifying the problem type; {@code about:blank} when the status says it all
 * @param title      short bilingual summary of the type, e.g. {@code 未找到 / Not Found}
 * @param status     the HTTP status code
 * @param detail     explanation of this occurrence, for the client (may be {@code null})
 * @param instance   URI reference of this occurrence, usually the request path (may be {@code null})
 * @param extensions extra members (e.g. {@code errorId}); string values only, in order
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      Map<String, String> extensions) {

    /** {@code application/problem+json}. */
    public static final String MEDIA_TYPE = MediaTypes.PROBLEM_JSON;

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "请求无效 / Bad Request"),
            Map.entry(401, "未认证 / Unauthorized"),
            Map.entry(403, "禁止访问 / Forbidden"),
            Map.entry(404, "未找到 / Not Found"),
            Map.entry(405, "不允许的方法 / Method Not Allowed"),
            Map.entry(406, "无法提供所需格式 / Not Acceptable"),
            Map.entry(408, "请求超时 / Request Timeout"),
            Map.entry(409, "冲突 / Conflict"),
            Map.entry(413, "请求体过大 / Content Too Large"),
            Map.entry(414, "URI 过长 / URI Too Long"),
            Map.entry(415, "不支持的媒体类型 / Unsupported Media Type"),
            Map.entry(422, "无法处理的内容 / Unprocessable Content"),
            Map.entry(429, "请求过多 / Too Many Requests"),
            Map.entry(431, "请求头过大 / Request Header Fields Too Large"),
            Map.entry(500, "服务器内部错误 / Internal Server Error"),
            Map.entry(501, "未实现 / Not Implemented"),
            Map.entry(502, "网关错误 / Bad Gateway"),
            Map.entry(503, "服务不可用 / Service Unavailable"),
            Map.entry(504, "网关超时 / Gateway Timeout"));

    /** Validates and copies. */
    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has a 4xx or 5xx status, not " + status);
        }
        extensions = extensions == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /**
     * A problem of type {@code about:blank} with the standard bilingual title of the status.
     *
     * @param status 4xx or 5xx
     * @param detail explanation for the client, or {@code null}
     * @return the problem
     */
    public static Problem of(int status, String detail) {
        return new Problem("about:blank", titleOf(status), status, detail, null, Map.of());
    }

    /**
     * @param status an HTTP status
     * @return its bilingual title, e.g. {@code 未找到 / Not Found}
     */
    public static String titleOf(int status) {
        return TITLES.getOrDefault(status, "HTTP " + status);
    }

    /**
     * @param instance the request path or another reference of this occurrence
     * @return a copy with that instance
     */
    public Problem withInstance(String instance) {
        return new Problem(type, title, status, detail, instance, extensions);
    }

    /**
     * @param name  extension member name (not one of the standard members)
     * @param value its value
     * @return a copy with that member added
     */
    public Problem with(String name, String value) {
        if (Map.of("type", 1, "title", 1, "status", 1, "detail", 1, "instance", 1).containsKey(name)) {
            throw new IllegalArgumentException("not an extension member: " + name);
        }
        Map<String, String> ext = new LinkedHashMap<>(extensions);
        ext.put(name, Objects.requireNonNull(value, "value"));
        return new Problem(type, title, status, detail, instance, ext);
    }

    /** @return the problem as a JSON object */
    public String toJson() {
        StringBuilder sb = new StringBuilder(160).append('{');
        member(sb, "type", type).append(',');
        member(sb, "title", title).append(',');
        sb.append("\"status\":").append(status);
        if (detail != null) {
            member(sb.append(','), "detail", detail);
        }
        if (instance != null) {
            member(sb.append(','), "instance", instance);
        }
        extensions.forEach((k, v) -> member(sb.append(','), k, v));
        return sb.append('}').toString();
    }

    /** @return the JSON as UTF-8 bytes */
    public byte[] toJsonBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }

    /** @return an {@code application/problem+json} response with this problem's status */
    public OgcResponse toResponse() {
        byte[] body = toJsonBytes();
        return new OgcResponse(status, MEDIA_TYPE, null, out -> out.write(body));
    }

    private static StringBuilder member(StringBuilder sb, String name, String value) {
        return quote(quote(sb, name).append(':'), value);
    }

    /**
     * Appends a JSON string literal.
     *
     * @param sb    where to append
     * @param value the text
     * @return {@code sb}
     */
    static StringBuilder quote(StringBuilder sb, String value) {
        sb.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }
}
