package org.ecozoning.server.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A minimal W3C WebDriver client over the JDK HTTP client: enough to drive headless Chromium through
 * chromedriver in the portal's browser test without pulling Selenium in.
 */
final class WebDriverClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String session;

    WebDriverClient(String driverUrl, Map<String, Object> capabilities) throws IOException, InterruptedException {
        this.base = driverUrl;
        JsonNode r = call("POST", "/session", Map.of("capabilities", Map.of("alwaysMatch", capabilities)));
        this.session = r.get("sessionId").asText();
    }

    JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (body == null) b.method(method, HttpRequest.BodyPublishers.noBody());
        else b.method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).header("Content-Type", "application/json");
        HttpResponse<byte[]> resp = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        JsonNode n = JSON.readTree(resp.body());
        JsonNode v = n.get("value");
        if (resp.statusCode() >= 400) throw new IllegalStateException("WebDriver " + path + ": " + v);
        return path.equals("/session") ? v : v;
    }

    JsonNode s(String method, String path, Object body) throws IOException, InterruptedException {
        return call(method, "/session/" + session + path, body);
    }

    void get(String url) throws IOException, InterruptedException { s("POST", "/url", Map.of("url", url)); }

    JsonNode exec(String script, Object... args) throws IOException, InterruptedException {
        return s("POST", "/execute/sync", Map.of("script", script, "args", List.of(args)));
    }

    String find(String css) throws IOException, InterruptedException {
        JsonNode e = s("POST", "/element", Map.of("using", "css selector", "value", css));
        if (e == null || e.get(ELEMENT) == null) throw new AssertionError("no element " + css + ": " + e);
        return e.get(ELEMENT).asText();
    }

    void click(String css) throws IOException, InterruptedException { s("POST", "/element/" + find(css) + "/click", Map.of()); }

    void type(String css, String text) throws IOException, InterruptedException {
        s("POST", "/element/" + find(css) + "/value", Map.of("text", text));
    }

    /** Waits until the script returns a truthy value; returns it. */
    JsonNode waitFor(String script, Duration timeout) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode v = exec(script);
            if (v != null && !v.isNull() && !(v.isBoolean() && !v.asBoolean()) && !(v.isTextual() && v.asText().isEmpty())) return v;
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for: " + script);
            Thread.sleep(100);
        }
    }

    /** A pointer tap at (x, y) CSS pixels of the viewport. */
    void tap(int x, int y) throws IOException, InterruptedException {
        s("POST", "/actions", Map.of("actions", List.of(Map.of("type", "pointer", "id", "finger", "parameters", Map.of("pointerType", "mouse"),
                "actions", List.of(Map.of("type", "pointerMove", "duration", 0, "x", x, "y", y, "origin", "viewport"),
                        Map.of("type", "pointerDown", "button", 0), Map.of("type", "pause", "duration", 50),
                        Map.of("type", "pointerUp", "button", 0))))));
        s("DELETE", "/actions", null);
    }

    void screenshot(Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(s("GET", "/screenshot", null).asText()));
    }

    /** Browser console entries since the last call (chromedriver's log endpoint). */
    JsonNode browserLog() throws IOException, InterruptedException {
        return s("POST", "/se/log", Map.of("type", "browser"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        s("DELETE", "", null);
    }
}
