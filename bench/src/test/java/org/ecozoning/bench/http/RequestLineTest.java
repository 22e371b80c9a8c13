package org.ecozoning.bench.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestLineTest {

    @Test
    void parsesGetAndPostWithABodyContainingSpaces() {
        RequestLine g = RequestLine.parse("GET SERVICE=WMS&BBOX=1,2,3,4");
        assertThat(g.method()).isEqualTo("GET");
        assertThat(g.suffix()).isEqualTo("SERVICE=WMS&BBOX=1,2,3,4");
        assertThat(g.body()).isNull();
        RequestLine p = RequestLine.parse("POST /wps application/xml <a b=\"c\"> d </a>");
        assertThat(p.suffix()).isEqualTo("/wps");
        assertThat(p.contentType()).isEqualTo("application/xml");
        assertThat(p.body()).isEqualTo("<a b=\"c\"> d </a>");
        assertThat(RequestLine.parse(p.format())).isEqualTo(p);
        assertThat(RequestLine.parse(g.format())).isEqualTo(g);
    }

    @Test
    void rejectsMalformedLines() {
        assertThatThrownBy(() -> RequestLine.parse("GET")).hasMessageContaining("GET");
        assertThatThrownBy(() -> RequestLine.parse("GET a b")).hasMessageContaining("one suffix");
        assertThatThrownBy(() -> RequestLine.parse("POST /wps application/xml")).hasMessageContaining("body");
        assertThatThrownBy(() -> RequestLine.parse("PUT /x")).hasMessageContaining("GET or POST");
    }

    @Test
    void readsAFileSkippingCommentsAndBlankLinesAndNamesTheBadLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("r.txt");
        Files.writeString(f, "# header\n\nGET a=1\n  # indented comment\nGET a=2\n", StandardCharsets.UTF_8);
        List<RequestLine> rs = RequestLine.read(f);
        assertThat(rs).extracting(RequestLine::suffix).containsExactly("a=1", "a=2");
        Files.writeString(f, "GET a=1\nDELETE x\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RequestLine.read(f)).hasMessageContaining("r.txt:2");
        Files.writeString(f, "# nothing\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RequestLine.read(f)).hasMessageContaining("no requests");
    }
}
