package org.ecozoning.bench.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A server over HTTP/1.1 with keep-alive (the JDK client pools connections, one per concurrent
 * caller): the URL of a request is {@code prefix + suffix}. A response counts only when its status
 * is 200 and it passes the {@link ResponseCheck}.
 */
public final class HttpTarget implements Target {
    private final String name;
    private final String prefix;
    private final ResponseCheck check;
    private final HttpClient client;

    /**
     * @param name   name shown in results
     * @param prefix URL prefix, e.g. {@code http://127.0.0.1:19240/wms?}
     * @param check  what a good response looks like
     */
    public HttpTarget(String name, String prefix, ResponseCheck check) {
        this.name = name;
        this.prefix = prefix;
        this.check = check;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public String name() {
        return name;
    }

    /** @return the URL prefix */
    public String prefix() {
        return prefix;
    }

    @Override
    public long call(RequestLine r) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(prefix + r.suffix())).timeout(Duration.ofSeconds(120));
        if (r.method().equals("POST")) {
            b.header("Content-Type", r.contentType()).POST(HttpRequest.BodyPublishers.ofString(r.body(), StandardCharsets.UTF_8));
        }
        HttpResponse<byte[]> resp = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        String type = resp.headers().firstValue("Content-Type").orElse(null);
        if (resp.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + resp.statusCode() + " " + type + ": "
                    + new String(resp.body(), 0, Math.min(200, resp.body().length), StandardCharsets.UTF_8));
        }
        String problem = check.problem(type, resp.body());
        if (problem != null) throw new IllegalStateException(problem);
        return resp.body().length;
    }
}
