package org.ecozoning.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ecozoning.render.sld.FontSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontCatalogTest {
    private static final FontCatalog FONTS = FontCatalog.system();

    private static FontSpec spec(String... families) {
        return new FontSpec(List.of(families), false, false, 12);
    }

    @Test
    void notoSansCjkIsInstalledAndChineseCanBeDisplayed() {
        assertThat(FONTS.isInstalled("Noto Sans CJK SC")).as("fonts-noto-cjk must be installed (apt-get install fonts-noto-cjk)").isTrue();
        assertThat(FONTS.canDisplayChinese()).isTrue();
    }

    @Test
    void chineseLabelFallsBackFromALatinOnlyOrMissingFamilyToNotoSansCjk() {
        Font f = FONTS.resolve(spec("DejaVu Sans"), "太原市小店区");
        assertThat(f.canDisplayUpTo("太原市小店区")).isEqualTo(-1);
        assertThat(f.getFamily()).isEqualTo("Noto Sans CJK SC");
        Font g = FONTS.resolve(spec("SimSun", "Microsoft YaHei"), "晋祠");
        assertThat(g.getFamily()).isEqualTo("Noto Sans CJK SC");
        assertThat(g.getSize2D()).isEqualTo(12f);
    }

    @Test
    void theSldFamilyIsPreferredWhenItCanDisplayTheText() {
        assertThat(FONTS.resolve(spec("DejaVu Sans"), "Taiyuan 2024").getFamily()).isEqualTo("DejaVu Sans");
        assertThat(FONTS.resolve(spec("Noto Serif CJK SC"), "太原").getFamily()).isEqualTo("Noto Serif CJK SC");
        // the cached family is re-checked: a Chinese label after a Latin one still gets a CJK font
        assertThat(FONTS.resolve(spec("DejaVu Sans"), "太原").canDisplayUpTo("太原")).isEqualTo(-1);
    }

    @Test
    void styleAndWeightAreApplied() {
        Font f = FONTS.resolve(new FontSpec(List.of("Noto Sans CJK SC"), true, true, 15), "大同");
        assertThat(f.isBold()).isTrue();
        assertThat(f.isItalic()).isTrue();
        assertThat(f.getSize2D()).isEqualTo(15f);
    }

    @Test
    void textNoFontCanDisplayStillGetsAFont() {
        String unassigned = new String(Character.toChars(0x10FFFD));
        assertThat(FONTS.resolve(spec("DejaVu Sans"), unassigned)).isNotNull();
    }

    @Test
    void fontsAreRegisteredFromAFolderAndBadFilesSkipped(@TempDir Path dir) throws Exception {
        Optional<Path> ttf;
        try (Stream<Path> s = Files.walk(Path.of("/usr/share/fonts"))) {
            ttf = s.filter(p -> p.getFileName().toString().endsWith(".ttf")).findFirst();
        }
        assertThat(ttf).as("a TrueType font file under /usr/share/fonts").isPresent();
        Files.copy(ttf.get(), dir.resolve("shipped.ttf"));
        Files.writeString(dir.resolve("broken.otf"), "not a font");
        Files.writeString(dir.resolve("readme.txt"), "ignored");
        FontCatalog catalog = FontCatalog.withFolder(dir);
        String family = Font.createFonts(ttf.get().toFile())[0].getFamily(java.util.Locale.ROOT);
        assertThat(catalog.loadedFamilies()).containsExactly(family);
        assertThat(catalog.isInstalled(family)).isTrue();
        assertThat(FontCatalog.withFolder(dir.resolve("missing")).loadedFamilies()).isEmpty();
    }
}
