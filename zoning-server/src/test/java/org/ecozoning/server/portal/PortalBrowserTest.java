package org.ecozoning.server.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.compliance.ProjectInput;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.io.shp.DbfWriter;
import org.ecozoning.io.shp.SchemeShapefile;
import org.ecozoning.model.ControlUnit;
import org.ecozoning.model.ListLevel;
import org.ecozoning.ogc.common.OgcResponse;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.server.MountedServices;
import org.ecozoning.server.Route;
import org.ecozoning.server.TestWorkspace;
import org.ecozoning.server.auth.Role;
import org.ecozoning.store.Attribution;
import org.ecozoning.server.ServerConfig;
import org.ecozoning.server.ZoningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The portal in headless Chromium at a phone viewport (390×844), driven through chromedriver: the
 * map loads without console errors, tapping a unit shows its access list, uploading a zipped
 * Shapefile site and picking an industry shows the engine's verdict; the assessment is saved, its
 * PDF link fetches a PDF and its share link the printable report; logging in as an enterprise user
 * (session cookie + CSRF) and assessing again lists the project under 我的项目. The server is the
 * whole {@link MountedServices} set over an in-memory store, except that {@code /wms} is a stand-in
 * answering transparent PNGs (tiles and legend) — the only fake, to keep the test fast. Screenshots
 * go to {@code target/portal-screenshots/}. Skipped when Chromium is not installed. The chromedriver
 * port is 19101 unless {@code -Decozoning.test.chromedriverPort} says otherwise.
 */
class PortalBrowserTest {
    static final int DRIVER_PORT = Integer.getInteger("ecozoning.test.chromedriverPort", 19101);
    static final String ENTERPRISE_USER = "ent1";
    static final String ENTERPRISE_PASSWORD = "enterprise-password";
    static final Path SHOTS = Path.of("target/portal-screenshots");

    static Scheme scheme;
    static MountedServices services;
    static ZoningServer server;
    static HeadlessChromium chromium;
    static Path userData;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(HeadlessChromium.installed(), "chromium/chromedriver not installed");
        byte[] png = transparentPng();
        userData = Files.createTempDirectory("portal-chromium");
        Path ws = TestWorkspace.copyInto(userData.resolve("ws"));
        ServerConfig config = ServerConfig.defaults(ws).withBind("127.0.0.1").withPort(0).withStoreUrl(TestWorkspace.memoryStore());
        services = MountedServices.open(config);
        services.security().users().add(ENTERPRISE_USER, Role.ENTERPRISE, ENTERPRISE_PASSWORD, Attribution.of("test", null));
        scheme = services.scheme().loaded().scheme();
        List<Route> routes = new ArrayList<>(services.routes());
        routes.removeIf(r -> r.path().equals("/wms"));
        server = ZoningServer.builder(config)
                .routes(routes)
                .route(Route.prefix("/wms", r -> OgcResponse.ok("image/png", png)))
                .build().start();
        chromium = HeadlessChromium.start(DRIVER_PORT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.stop();
        if (services != null) services.close();
        if (chromium != null) chromium.close();
        if (userData != null) {
            try (var s = Files.walk(userData)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void phoneMapTapUploadAndVerdict() throws Exception {
        String base = "http://127.0.0.1:" + server.port() + "/";
        try (WebDriverClient b = chromium.browser(userData, true)) {
            b.get(base);
            b.waitFor("return document.body.dataset.ready === 'map' && document.body.dataset.tiles === 'loaded'", Duration.ofSeconds(30));
            JsonNode load = b.exec("""
                    const nav = performance.getEntriesByType('navigation')[0];
                    const res = performance.getEntriesByType('resource');
                    return { bytes: nav.transferSize + res.reduce((a, r) => a + r.transferSize, 0),
                             decoded: nav.decodedBodySize + res.reduce((a, r) => a + r.decodedBodySize, 0),
                             requests: res.length + 1, mapShownMs: window.portalTimes.mapShown };""");
            Files.createDirectories(SHOTS);
            Files.writeString(SHOTS.resolve("first-load.json"), load.toString());
            b.screenshot(SHOTS.resolve("1-map.png"));
            assertThat(b.exec("return document.querySelectorAll('#map .leaflet-tile-loaded').length").asInt()).isPositive();

            // tap the largest unit at its interior point
            ControlUnit unit = scheme.units().stream().max(Comparator.comparingDouble(u -> u.geometry().getArea())).orElseThrow();
            Point ip = unit.geometry().getInteriorPoint();
            JsonNode px = b.exec("""
                    const p = window.portalMap.latLngToContainerPoint([arguments[1], arguments[0]]);
                    const r = document.getElementById('map').getBoundingClientRect();
                    return [Math.round(r.left + p.x), Math.round(r.top + p.y)];""", ip.getX(), ip.getY());
            b.tap(px.get(0).asInt(), px.get(1).asInt());
            b.waitFor("return document.querySelector('#info:not([hidden]) .unit')", Duration.ofSeconds(10));
            List<String> shown = new ArrayList<>();
            for (JsonNode n : b.exec("return [...document.querySelectorAll('#info .unit')].map(e => e.dataset.unit)")) shown.add(n.asText());
            assertThat(shown).contains(unit.code().value());
            String infoText = b.exec("return document.getElementById('info').textContent").asText();
            assertThat(infoText).contains(unit.name()).contains(unit.unitClass().labelZh());
            for (var c : scheme.clauses(ListLevel.UNIT, unit.code().value())) assertThat(infoText).contains(c.text());
            b.screenshot(SHOTS.resolve("2-tap-unit.png"));

            // site check: upload a zipped Shapefile (a 300 m square around the same point), pick an industry
            Geometry site = square(ip.getX(), ip.getY(), 0.0015);
            Path zip = shapefileZip(site);
            b.click("#info [data-close]");
            b.click("#assessBtn");
            b.type("#file", zip.toAbsolutePath().toString());
            b.waitFor("return document.body.dataset.site", Duration.ofSeconds(10));
            b.type("#industryQ", "2521");
            b.waitFor("return document.querySelector('#industryHits li[data-code=\"2521\"]')", Duration.ofSeconds(10));
            b.click("#industryHits li[data-code=\"2521\"]");
            b.click("#run");
            String verdict = b.waitFor("return document.body.dataset.verdict", Duration.ofSeconds(15)).asText();
            AssessmentReport expected = new ComplianceEngine(scheme, IndustryCatalog.gbt4754()).assess(ProjectInput.builder()
                    .geometry(site).industry("2521").nature(ProjectNature.NEW).build());
            assertThat(verdict).isEqualTo(expected.verdict().name());
            assertThat(b.exec("return document.getElementById('verdict').textContent").asText()).isEqualTo(expected.verdictZh());
            b.screenshot(SHOTS.resolve("3-verdict.png"));

            // saved: report ID, the PDF link fetches a PDF, the share link the printable report with the same ID
            String anonymousRef = b.waitFor("return document.body.dataset.reference", Duration.ofSeconds(10)).asText();
            assertThat(anonymousRef).matches("[A-Za-z0-9_-]{32}");
            assertThat(b.exec("return document.getElementById('reportRef').textContent").asText()).isEqualTo(anonymousRef);
            assertThat(b.exec("return document.getElementById('pdfLink').href").asText())
                    .isEqualTo(base + "api/assessments/" + anonymousRef + "?f=pdf");
            JsonNode pdf = fetchInPage(b, "document.getElementById('pdfLink').href");
            assertThat(pdf.path("status").asInt()).isEqualTo(200);
            assertThat(pdf.path("type").asText()).isEqualTo("application/pdf");
            assertThat(pdf.path("head").asText()).isEqualTo("%PDF-");
            String share = b.exec("return document.getElementById('shareLink').value").asText();
            assertThat(share).isEqualTo(base + "api/assessments/" + anonymousRef + "?f=html");
            JsonNode html = fetchInPage(b, "document.getElementById('shareLink').value");
            assertThat(html.path("status").asInt()).isEqualTo(200);
            assertThat(html.path("text").asText()).contains("<span id=\"report-id\">" + anonymousRef + "</span>", expected.verdictZh());
            b.exec("document.getElementById('savedBox').scrollIntoView({ block: 'start' })");
            b.screenshot(SHOTS.resolve("4-saved.png"));

            // log in as an enterprise user (session cookie; the CSRF token goes with the next POST), assess again
            b.click("#accountBtn");
            b.type("#loginUser", ENTERPRISE_USER);
            b.type("#loginPassword", ENTERPRISE_PASSWORD);
            b.click("#loginSubmit");
            b.waitFor("return document.body.dataset.user === '" + ENTERPRISE_USER + "'", Duration.ofSeconds(10));
            b.waitFor("return document.body.dataset.projects === '0'", Duration.ofSeconds(10));
            b.screenshot(SHOTS.resolve("5-logged-in.png"));
            b.click("#accountBtn");
            b.click("#assessBtn");
            b.type("#projectName", "门户测试焦化项目");
            b.click("#run");
            String ownRef = b.waitFor("const r = document.body.dataset.reference; return r && r !== '" + anonymousRef + "' ? r : null",
                    Duration.ofSeconds(15)).asText();
            assertThat(services.scheme().store().assessmentByReference(ownRef).orElseThrow().actor()).isEqualTo(ENTERPRISE_USER);
            b.click("#accountBtn");
            b.waitFor("return document.querySelector('#myProjects li[data-ref=\"" + ownRef + "\"]')", Duration.ofSeconds(10));
            String projects = b.exec("return document.getElementById('myProjects').textContent").asText();
            assertThat(projects).contains("门户测试焦化项目").contains(expected.verdictZh());
            assertThat(b.exec("return document.querySelectorAll('#myProjects li').length").asInt()).isEqualTo(1);
            assertThat(b.exec("return document.querySelector('#myProjects li a[download]').getAttribute('href')").asText())
                    .endsWith("/api/assessments/" + ownRef + "?f=pdf");
            b.screenshot(SHOTS.resolve("6-my-projects.png"));
            b.click("#logout");
            b.waitFor("return document.body.dataset.user === ''", Duration.ofSeconds(10));
            assertThat(b.exec("return document.getElementById('accountBtn').textContent").asText()).isEqualTo("登录");

            HeadlessChromium.assertNoConsoleErrors(b);
        }
    }

    /** Fetches a URL (a JavaScript expression) from the page: status, content type, the first bytes and the text. */
    static JsonNode fetchInPage(WebDriverClient b, String urlExpression) throws Exception {
        b.exec("window.__fetched = null; fetch(" + urlExpression + ").then(r => r.arrayBuffer().then(a => { window.__fetched = {"
                + " status: r.status, type: r.headers.get('Content-Type'), head: String.fromCharCode(...new Uint8Array(a).slice(0, 5)),"
                + " text: new TextDecoder().decode(a) }; }));");
        return b.waitFor("return window.__fetched", Duration.ofSeconds(30));
    }

    static Geometry square(double lon, double lat, double half) {
        GeometryFactory gf = new GeometryFactory();
        return gf.createPolygon(new Coordinate[] {new Coordinate(lon - half, lat - half), new Coordinate(lon + half, lat - half),
                new Coordinate(lon + half, lat + half), new Coordinate(lon - half, lat + half), new Coordinate(lon - half, lat - half)});
    }

    static Path shapefileZip(Geometry site) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/portal-upload"));
        SchemeShapefile.writeLayer(dir, "site", List.of(new DbfWriter.Column("NAME", 'C')), List.of(Map.of("NAME", "项目")), List.of(site));
        Path zip = Path.of("target/site-shp.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            try (var files = Files.list(dir)) {
                for (Path p : files.sorted().toList()) {
                    z.putNextEntry(new ZipEntry(p.getFileName().toString()));
                    z.write(Files.readAllBytes(p));
                    z.closeEntry();
                }
            }
        }
        return zip;
    }

    static byte[] transparentPng() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB), "png", out);
        return out.toByteArray();
    }
}
