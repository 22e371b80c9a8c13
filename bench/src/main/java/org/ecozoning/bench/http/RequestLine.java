package org.ecozoning.bench.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One request of a request file, so that two servers receive identical requests. A line is
 * {@code GET SUFFIX} or {@code POST SUFFIX CONTENT-TYPE BODY} (body = rest of the line, on one
 * line); the URL is the target's prefix followed by SUFFIX. Blank lines and lines starting with
 * {@code #} are skipped.
 *
 * @param method      GET or POST
 * @param suffix      appended to the target's URL prefix
 * @param contentType content type of the body, null for GET
 * @param body        request body, null for GET
 */
public record RequestLine(String method, String suffix, String contentType, String body) {

    /** Validates the parts. */
    public RequestLine {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(suffix, "suffix");
        if (!method.equals("GET") && !method.equals("POST")) {
            throw new IllegalArgumentException("method must be GET or POST, got " + method);
        }
        if (method.equals("POST") && (contentType == null || body == null)) {
            throw new IllegalArgumentException("POST needs a content type and a body");
        }
    }

    /** @return a GET request */
    public static RequestLine of(String suffix) {
        return new RequestLine("GET", suffix, null, null);
    }

    /**
     * @param line one line of a request file
     * @return the request
     * @throws IllegalArgumentException when the line is malformed
     */
    public static RequestLine parse(String line) {
        String s = line.strip();
        int a = s.indexOf(' ');
        if (a < 0) throw new IllegalArgumentException("expected 'GET suffix' or 'POST suffix type body': " + abbreviate(s));
        String method = s.substring(0, a);
        String rest = s.substring(a + 1).stripLeading();
        if (method.equals("GET")) {
            if (rest.isEmpty() || rest.indexOf(' ') >= 0) throw new IllegalArgumentException("GET needs exactly one suffix: " + abbreviate(s));
            return of(rest);
        }
        if (method.equals("POST")) {
            String[] p = rest.split(" ", 3);
            if (p.length < 3 || p[2].isBlank()) throw new IllegalArgumentException("POST needs suffix, content type and body: " + abbreviate(s));
            return new RequestLine("POST", p[0], p[1], p[2]);
        }
        throw new IllegalArgumentException("method must be GET or POST: " + abbreviate(s));
    }

    /** @return the line this request is written as in a request file */
    public String format() {
        return method.equals("GET") ? "GET " + suffix : "POST " + suffix + " " + contentType + " " + body;
    }

    /** @return the requests of a file, in order */
    public static List<RequestLine> read(Path file) throws IOException {
        List<RequestLine> out = new ArrayList<>();
        int no = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            no++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            try {
                out.add(parse(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + no + ": " + e.getMessage(), e);
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException(file + ": no requests");
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
