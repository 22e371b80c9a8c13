package org.ecozoning.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ecozoning.ogc.common.MediaTypes;
import org.ecozoning.ogc.common.OgcResponse;
import org.junit.jupiter.api.Test;

/** Stopping lets a running request finish and refuses new connections. */
class GracefulStopTest {

    @Test
    void stopWaitsForRunningRequestsAndRefusesNewConnections() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ZoningServer server = ZoningServer.builder(ServerConfig.defaults(Path.of(".")).withBind("127.0.0.1").withPort(0))
                .route(Route.exact("/slow", r -> {
                    entered.countDown();
                    try {
                        if (!release.await(20, TimeUnit.SECONDS)) {
                            throw new IllegalStateException("never released");
                        }
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return OgcResponse.ok(MediaTypes.TEXT, "finished");
                }))
                .build().start();
        int port = server.port();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slow")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> {
            try {
                server.stop();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // While the request still runs, the listener closes: poll (bounded) until connecting fails.
        boolean refused = false;
        for (int i = 0; i < 100 && !refused; i++) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                Thread.sleep(50);
            } catch (ConnectException e) {
                refused = true;
            }
        }
        assertThat(refused).as("new connections refused during stop").isTrue();
        assertThat(inFlight).isNotDone();
        assertThat(stopped).isNotDone();

        release.countDown();
        HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("finished");
        stopped.get(10, TimeUnit.SECONDS);
        assertThat(server.isRunning()).isFalse();
        assertThatThrownBy(() -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void portInUseIsAClearBilingualError() throws Exception {
        ZoningServer first = ZoningServer.builder(ServerConfig.defaults(Path.of(".")).withBind("127.0.0.1").withPort(0))
                .build().start();
        try {
            ZoningServer second = ZoningServer.builder(ServerConfig.defaults(Path.of("."))
                    .withBind("127.0.0.1").withPort(first.port())).build();
            assertThatThrownBy(second::start).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("端口已被占用").hasMessageContaining("port already in use")
                    .hasMessageContaining(Integer.toString(first.port()));
            assertThat(second.isRunning()).isFalse();
        } finally {
            first.stop();
        }
    }
}
