package org.ecozoning.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaProxyTest {

    @TempDir
    Path dir;
    Path ogcJar;
    Path suiteJar;

    @BeforeEach
    void makeJars() throws IOException {
        ogcJar = dir.resolve("ogc-schemas.jar");
        jar(ogcJar, "ogc/gml/3.2.1/gml.xsd", "<schema id='gml'/>");
        suiteJar = dir.resolve("suite.jar");
        jar(suiteJar, SchemaMounts.SUITE_W3C + "2008/06/xlink.xsd", "<schema id='xlink'/>");
    }

    private static void jar(Path file, String entry, String content) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** Fetches through the proxy the way the suites do (HttpURLConnection with an HTTP proxy). */
    private static Response get(SchemaProxy proxy, String url) throws IOException {
        Proxy p = new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", proxy.port()));
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection(p);
        try {
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Response(status, c.getContentType(), body);
            }
        } finally {
            c.disconnect();
        }
    }

    private record Response(int status, String type, String body) {
    }

    @Test
    void servesOgcAndW3cSchemasFromJarsAndRefusesTheRest() throws IOException {
        List<String> log = new CopyOnWriteArrayList<>();
        try (SchemaProxy proxy = SchemaProxy.start(SchemaMounts.defaults(ogcJar, suiteJar), 0, log::add)) {
            Response gml = get(proxy, "http://schemas.opengis.net/gml/3.2.1/gml.xsd");
            assertThat(gml.status()).isEqualTo(200);
            assertThat(gml.type()).isEqualTo("application/xml");
            assertThat(gml.body()).isEqualTo("<schema id='gml'/>");

            Response xlink = get(proxy, "http://www.w3.org/1999/xlink.xsd");
            assertThat(xlink.status()).isEqualTo(200);
            assertThat(xlink.body()).contains("xlink");

            assertThat(get(proxy, "http://schemas.opengis.net/gml/3.2.1/missing.xsd").status()).isEqualTo(404);
            assertThat(get(proxy, "http://example.org/anything").status()).isEqualTo(404);
            assertThat(get(proxy, "http://schemas.opengis.net/gml/3.2.1/../../x.xsd").status()).isEqualTo(404);

            assertThat(proxy.served()).containsExactlyInAnyOrder("http://schemas.opengis.net/gml/3.2.1/gml.xsd",
                    "http://www.w3.org/1999/xlink.xsd");
            assertThat(proxy.missed()).contains("http://schemas.opengis.net/gml/3.2.1/missing.xsd",
                    "http://example.org/anything");
        }
        assertThat(log).anyMatch(l -> l.startsWith("200 http://schemas.opengis.net/gml/3.2.1/gml.xsd <- ogc-schemas.jar!"))
                .anyMatch(l -> l.equals("404 http://example.org/anything"));
    }

    @Test
    void refusesMethodsOtherThanGetAndHead() throws IOException {
        try (SchemaProxy proxy = SchemaProxy.start(SchemaMounts.defaults(ogcJar, suiteJar), 0, l -> { })) {
            Proxy p = new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", proxy.port()));
            HttpURLConnection c = (HttpURLConnection) URI.create("http://schemas.opengis.net/gml/3.2.1/gml.xsd")
                    .toURL().openConnection(p);
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            try (OutputStream out = c.getOutputStream()) {
                out.write(1);
            }
            assertThat(c.getResponseCode()).isEqualTo(405);
            c.disconnect();
        }
    }

    @Test
    void bindsLoopbackOnlyAndMapsPrefixesAndExactFiles() throws IOException {
        try (SchemaProxy proxy = SchemaProxy.start(SchemaMounts.defaults(ogcJar, suiteJar), 0, l -> { })) {
            assertThat(proxy.port()).isPositive();
            assertThat(proxy.address().getAddress().isLoopbackAddress()).isTrue();
        }
        assertThat(new SchemaMount("http://a/", ogcJar, "x/").entryFor("http://a/b.xsd")).isEqualTo("x/b.xsd");
        assertThat(new SchemaMount("http://a/f.xsd", ogcJar, "y.xsd").entryFor("http://a/f.xsdx")).isNull();
    }
}
