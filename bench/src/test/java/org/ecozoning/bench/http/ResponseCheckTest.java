package org.ecozoning.bench.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ResponseCheckTest {

    static byte[] png(int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void pngCheckReadsTheSizeFromIhdr() throws Exception {
        assertThat(ResponseCheck.pngSize(png(256, 128))).containsExactly(256, 128);
        ResponseCheck c = ResponseCheck.parse("png:256x128");
        assertThat(c.problem("image/png", png(256, 128))).isNull();
        assertThat(c.problem("image/png", png(128, 256))).contains("128x256");
        String xml = "<?xml version='1.0'?><ServiceExceptionReport>font not found</ServiceExceptionReport>";
        assertThat(c.problem("text/xml", xml.getBytes(StandardCharsets.UTF_8))).contains("not a PNG", "ServiceExceptionReport");
        assertThat(ResponseCheck.pngSize(new byte[5])).isNull();
    }

    @Test
    void jsonAndContainsChecks() {
        ResponseCheck j = ResponseCheck.parse("json");
        assertThat(j.problem("application/json", " \n{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(j.problem("application/json", "[1]".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(j.problem("text/xml", "<x/>".getBytes(StandardCharsets.UTF_8))).contains("not JSON");
        assertThat(j.problem("application/json", "  ".getBytes(StandardCharsets.UTF_8))).isEqualTo("empty body");
        ResponseCheck c = ResponseCheck.parse("contains:\"verdict\"");
        assertThat(c.problem(null, "{\"verdict\":\"OK\"}".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(c.problem(null, "{}".getBytes(StandardCharsets.UTF_8))).contains("lacks");
        assertThat(ResponseCheck.parse("any").problem(null, new byte[0])).isNull();
    }

    @Test
    void badSpecsAreRejected() {
        assertThatThrownBy(() -> ResponseCheck.parse("png:256")).hasMessageContaining("png:WIDTHxHEIGHT");
        assertThatThrownBy(() -> ResponseCheck.parse("xml")).hasMessageContaining("unknown check");
    }
}
