package org.ecozoning.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.ecozoning.ogc.common.MediaTypes;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.ogc.common.ProblemException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The running server over real HTTP on an ephemeral loopback port. */
class ZoningServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long STREAM_BYTES = 50L << 20;
    private static final long BODY_LIMIT = 1024;

    private static ZoningServer server;
    private static HttpClient client;
    private static final CountDownLatch clientSawFirstBytes = new CountDownLatch(1);
    private static final AtomicLong writtenWhenClientSawBytes = new AtomicLong(-1);
    private static final AtomicLong streamWritten = new AtomicLong();

    @BeforeAll
    static void start() {
        ServerConfig config = ServerConfig.defaults(Path.of("."))
                .withBind("127.0.0.1").withPort(0)
                .withLimits(new ServerConfig.Limits(BODY_LIMIT, 16 << 10, 64, Duration.ofSeconds(30), Duration.ofSeconds(5)));
        server = ZoningServer.builder(config)
                .clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(1)))
                .route(Route.prefix("/echo", r -> json(Map.of(
                        "method", r.method(), "path", r.path(),
                        "service", String.valueOf(r.param("service")), "request", String.valueOf(r.param("REQUEST")),
                        "name", String.valueOf(r.param("Name")), "a", String.valueOf(r.param("a")),
                        "baseUrl", r.baseUrl(), "accept", String.valueOf(r.header("ACCEPT")),
                        "virtual", Thread.currentThread().isVirtual()))))
                .route(Route.exact("/listed", r -> OgcResponse.ok(MediaTypes.TEXT, "ok"))
                        .listed("测试服务<&>", "Test service", "只用于测试", "Only for tests"))
                .route(Route.exact("/boom", r -> {
                    throw new IllegalStateException("secret internal detail");
                }))
                .route(Route.exact("/bad", r -> {
                    throw ProblemException.badRequest("参数 X 无效", "Parameter X is invalid");
                }))
                .route(Route.exact("/upload", r -> {
                    try {
                        return OgcResponse.ok(MediaTypes.TEXT, Long.toString(r.body().transferTo(OutputStream.nullOutputStream())));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }))
                .route(Route.exact("/text", r -> OgcResponse.ok(MediaTypes.HTML + ";charset=utf-8", "<p>山西省生态环境分区管控</p>\n".repeat(500))))
                .route(Route.exact("/png", r -> OgcResponse.ok(MediaTypes.PNG, new byte[20_000])))
                .route(Route.exact("/stream", r -> OgcResponse.stream(MediaTypes.OCTET_STREAM, out -> {
                    byte[] chunk = pattern(64 * 1024);
                    for (long written = 0; written < STREAM_BYTES; written += chunk.length) {
                        if (written == (4L << 20)) {
                            // The client must already hold bytes while the body is far from complete:
                            // proof that the server streams rather than buffering the whole body.
                            try {
                                if (!clientSawFirstBytes.await(20, TimeUnit.SECONDS)) {
                                    throw new IOException("client received nothing while streaming");
                                }
                            } catch (InterruptedException e) {
                                throw new IOException(e);
                            }
                        }
                        out.write(chunk);
                        streamWritten.set(written + chunk.length);
                    }
                })))
                .route(Route.exact("/broken-stream", r -> OgcResponse.stream(MediaTypes.OCTET_STREAM, out -> {
                    out.write(new byte[200_000]);
                    throw new IllegalStateException("failed half way");
                })))
                .build()
                .start();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private static OgcResponse json(Map<String, Object> value) {
        try {
            return OgcResponse.ok(MediaTypes.JSON, JSON.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    private static URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    private static HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(20));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void healthAnswersJsonWithVersionAndUptime() throws Exception {
        HttpResponse<String> r = get("/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
        assertThat(r.headers().firstValue("cache-control")).contains("no-store");
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("status").asText()).isEqualTo("UP");
        assertThat(json.get("version").asText()).isEqualTo(ZoningVersion.get()).matches("\\d+\\.\\d+\\.\\d+.*");
        Instant started = Instant.parse(json.get("startedAt").asText());
        assertThat(started).isBefore(Instant.now().plusSeconds(1));
        // the server's clock runs one hour ahead, so the uptime is about 3600 s
        assertThat(json.get("uptimeSeconds").asLong()).isBetween(3590L, 3900L);
    }

    @Test
    void landingPageIsChineseFirstAndListsExactlyTheListedServices() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type")).contains("text/html;charset=utf-8");
        String html = r.body();
        assertThat(html).contains("<html lang=\"zh-CN\">").contains("<title>生态环境分区管控服务");
        assertThat(html.indexOf("生态环境分区管控服务")).isLessThan(html.indexOf("ecological-environment zoning control server"));
        assertThat(html).contains("href=\"/health\"").contains("健康检查");
        assertThat(html).contains("href=\"/listed\"").contains("测试服务&lt;&amp;&gt;");
        assertThat(html).doesNotContain("/echo").doesNotContain("/boom");
        assertThat(html.indexOf("/listed")).isLessThan(html.indexOf("/health"));
    }

    @Test
    void headOfLandingPageHasNoBody() throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
    }

    @Test
    void unknownPathIsA404Problem() throws Exception {
        HttpResponse<String> r = get("/no/such/thing");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("content-type")).contains("application/problem+json");
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("status").asInt()).isEqualTo(404);
        assertThat(json.get("title").asText()).isEqualTo("未找到 / Not Found");
        assertThat(json.get("instance").asText()).isEqualTo("/no/such/thing");
        assertThat(json.get("type").asText()).isEqualTo("about:blank");
    }

    @Test
    void prefixRoutesMatchOnSegmentBoundaries() throws Exception {
        assertThat(get("/echox").statusCode()).isEqualTo(404);
        JsonNode json = JSON.readTree(get("/echo/collections/%E5%8D%95%E5%85%83").body());
        assertThat(json.get("path").asText()).isEqualTo("/collections/单元");
        assertThat(JSON.readTree(get("/echo").body()).get("path").asText()).isEqualTo("/");
        assertThat(JSON.readTree(get("/echo/").body()).get("path").asText()).isEqualTo("/");
    }

    @Test
    void kvpParametersAreCaseInsensitiveOverHttp() throws Exception {
        HttpResponse<String> r = get("/echo?SERVICE=WMS&request=GetMap&NAME=%E5%A4%AA%E5%8E%9F", "Accept", "text/xml");
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("accept").asText()).isEqualTo("text/xml");
        assertThat(json.get("service").asText()).isEqualTo("WMS");
        assertThat(json.get("request").asText()).isEqualTo("GetMap");
        assertThat(json.get("name").asText()).isEqualTo("太原");
        assertThat(json.get("baseUrl").asText()).isEqualTo("http://127.0.0.1:" + server.port());
    }

    @Test
    void handlersRunOnVirtualThreads() throws Exception {
        assertThat(JSON.readTree(get("/echo").body()).get("virtual").asBoolean()).isTrue();
    }

    @Test
    void malformedEscapeInQueryIsPassedOnAsSent() throws Exception {
        try (RawHttp.Reply r = RawHttp.send(server.port(), "GET /echo?a=%ZZ HTTP/1.1\r\n")) {
            assertThat(r.status()).isEqualTo(200);
            assertThat(JSON.readTree(r.bodyText()).get("a").asText()).isEqualTo("%ZZ");
        }
    }

    @Test
    void smallBodiesHaveAContentLength() throws Exception {
        try (RawHttp.Reply r = RawHttp.sendKeepAlive(server.port(), "GET /health HTTP/1.1\r\n")) {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("transfer-encoding")).isNull();
            int length = Integer.parseInt(r.header("content-length"));
            assertThat(new String(r.body().readNBytes(length), StandardCharsets.UTF_8)).startsWith("{\"status\":\"UP\"");
        }
    }

    @Test
    void throwingHandlerIsA500ProblemWithoutStackTrace() throws Exception {
        HttpResponse<String> r = get("/boom");
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.headers().firstValue("content-type")).contains("application/problem+json");
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("title").asText()).isEqualTo("服务器内部错误 / Internal Server Error");
        assertThat(json.get("errorId").asText()).matches("[0-9a-f]{8}");
        assertThat(r.body()).doesNotContain("secret").doesNotContain("IllegalStateException")
                .doesNotContain("at org.").doesNotContain("Exception");
    }

    @Test
    void problemExceptionKeepsItsStatusAndDetail() throws Exception {
        HttpResponse<String> r = get("/bad");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode json = JSON.readTree(r.body());
        assertThat(json.get("detail").asText()).isEqualTo("参数 X 无效 / Parameter X is invalid");
        assertThat(json.get("instance").asText()).isEqualTo("/bad");
    }

    @Test
    void methodOtherThanGetOnHealthIs405() throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/health"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("allow")).contains("GET, HEAD");
    }

    @Test
    void requestBodiesWithinTheLimitAreRead() throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/upload"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1000])).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("1000");
    }

    @Test
    void declaredOversizedBodyIs413() throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/upload"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[5000])).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("1024");
    }

    @Test
    void chunkedOversizedBodyIs413() throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/upload"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[5000]))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("content-type")).contains("application/problem+json");
    }

    @Test
    void oversizedHeadersAreAProblemToo() throws Exception {
        try (RawHttp.Reply r = RawHttp.send(server.port(), "GET /health HTTP/1.1\r\nX-Big: " + "a".repeat(40_000) + "\r\n")) {
            assertThat(r.status()).isEqualTo(431);
            assertThat(r.header("content-type")).isEqualTo("application/problem+json");
            assertThat(r.bodyText()).contains("\"status\":431").doesNotContain("Exception");
        }
    }

    @Test
    void textIsGzippedWhenAcceptedButImagesAreNot() throws Exception {
        HttpResponse<InputStream> text = client.send(HttpRequest.newBuilder(uri("/text")).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(text.headers().firstValue("content-encoding")).contains("gzip");
        try (InputStream in = new GZIPInputStream(text.body())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("<p>山西省生态环境分区管控</p>\n".repeat(500));
        }
        HttpResponse<byte[]> png = client.send(HttpRequest.newBuilder(uri("/png")).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.headers().firstValue("content-encoding")).isEmpty();
        assertThat(png.body()).hasSize(20_000);
        HttpResponse<String> plain = get("/text");
        assertThat(plain.headers().firstValue("content-encoding")).isEmpty();
    }

    @Test
    void largeBodiesAreStreamedChunkedWhileBeingWritten() throws Exception {
        try (RawHttp.Reply r = RawHttp.sendKeepAlive(server.port(), "GET /stream HTTP/1.1\r\nAccept-Encoding: gzip\r\n")) {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("transfer-encoding")).isEqualTo("chunked");
            assertThat(r.header("content-length")).isNull();
            assertThat(r.header("content-encoding")).isNull();
            long total = RawHttp.readChunked(r.body(), received -> {
                if (clientSawFirstBytes.getCount() > 0) {
                    writtenWhenClientSawBytes.set(streamWritten.get());
                    clientSawFirstBytes.countDown();
                }
            });
            assertThat(total).isEqualTo(STREAM_BYTES);
        }
        // when the client saw its first bytes, the writer had produced only a small part of the body
        assertThat(writtenWhenClientSawBytes.get()).isLessThanOrEqualTo(4L << 20);
    }

    @Test
    void failureAfterTheBodyStartedAbortsTheResponse() {
        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(uri("/broken-stream")).build(),
                HttpResponse.BodyHandlers.ofByteArray())).isInstanceOf(IOException.class);
    }
}
