package org.ecozoning.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium driven through a chromedriver process on a fixed loopback port: the browser
 * tests' one set-up (start the driver and wait for it, open a phone- or desktop-sized browser,
 * check the console), so each test keeps only its own pages, ports and screenshots.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final int port;
    private final Process driver;

    private HeadlessChromium(int port, Process driver) {
        this.port = port;
        this.driver = driver;
    }

    /** @return whether Chromium and chromedriver are installed (the browser tests are skipped otherwise) */
    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Starts chromedriver on {@code port} and waits (up to about 10 s) until it answers. */
    static HeadlessChromium start(int port) throws Exception {
        Process driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 100; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/status")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) break;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        return new HeadlessChromium(port, driver);
    }

    /**
     * @param userData the browser profile folder
     * @param phone    a phone (390×844, mobile emulation at pixel ratio 2) rather than a desktop (1280×800)
     * @return a new browser session; the caller closes it
     */
    WebDriverClient browser(Path userData, boolean phone) throws Exception {
        List<String> args = new ArrayList<>(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + userData, phone ? "--window-size=390,844" : "--window-size=1280,800"));
        Map<String, Object> chrome = new HashMap<>(Map.of("binary", CHROMIUM.toString(), "args", args));
        if (phone) chrome.put("mobileEmulation", Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0)));
        return new WebDriverClient("http://127.0.0.1:" + port, Map.of("browserName", "chrome",
                "goog:chromeOptions", chrome, "goog:loggingPrefs", Map.of("browser", "ALL")));
    }

    /** Fails when the browser logged a console error (level SEVERE) since the log was last read. */
    static void assertNoConsoleErrors(WebDriverClient b) throws Exception {
        List<String> severe = new ArrayList<>();
        for (JsonNode e : b.browserLog()) if (e.get("level").asText().equals("SEVERE")) severe.add(e.get("message").asText());
        assertThat(severe).as("console errors").isEmpty();
    }

    /** Stops chromedriver. */
    @Override
    public void close() throws InterruptedException {
        driver.destroy();
        driver.waitFor();
    }
}
