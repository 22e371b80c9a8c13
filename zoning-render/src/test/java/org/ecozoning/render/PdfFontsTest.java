package org.ecozoning.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFontsTest {
    @Test
    void theSystemCjkFontIsFoundOnceEmbeddedAndCached() throws Exception {
        BaseFont a = PdfFonts.cjk(null);
        assertThat(a).as("fonts-noto-cjk must be installed (apt-get install fonts-noto-cjk)").isNotNull();
        assertThat(a.getPostscriptFontName()).startsWith("NotoSansCJK");
        assertThat(a.charExists('晋')).isTrue();
        assertThat(a.isEmbedded()).isTrue();
        assertThat(PdfFonts.cjk(null)).isSameAs(a);
    }

    @Test
    void aConfiguredFontIsReadFreshAndNotCached() throws Exception {
        BaseFont configured = PdfFonts.cjk(Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2"));
        assertThat(configured.getPostscriptFontName()).startsWith("NotoSerifCJK");
        assertThat(PdfFonts.cjk(null).getPostscriptFontName()).startsWith("NotoSansCJK");
    }

    @Test
    void aMissingConfiguredFontFails(@TempDir Path dir) {
        assertThatThrownBy(() -> PdfFonts.cjk(dir.resolve("missing.ttf"))).hasMessageContaining("missing.ttf");
    }
}
