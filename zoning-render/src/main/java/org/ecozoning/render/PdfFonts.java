package org.ecozoning.render;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one place that finds the CJK font embedded in the PDFs (OpenPDF) — the assessment report
 * and the tracking/evaluation reports — so every PDF prints Chinese the same way everywhere: a
 * configured font file if given, else the first installed of {@link #CJK_CANDIDATES} (Noto Sans
 * CJK SC first, from Debian's {@code fonts-noto-cjk}), found once and cached. Thread-safe.
 */
public final class PdfFonts {
    /** Candidate CJK font files, in order; ",2" picks Simplified Chinese in the Noto Sans CJK collection. */
    public static final List<String> CJK_CANDIDATES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0");
    private static BaseFont cached;

    private PdfFonts() { }

    /**
     * @param configured a TrueType/OpenType font file with Chinese glyphs, or null for the system's
     * @return the font to embed (Identity-H): {@code configured} if given, else the first installed candidate
     * @throws IOException when no candidate is installed or the font cannot be read
     */
    public static synchronized BaseFont cjk(Path configured) throws IOException {
        if (configured != null) return BaseFont.createFont(configured.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        if (cached != null) return cached;
        for (String c : CJK_CANDIDATES) {
            String file = c.contains(",") ? c.substring(0, c.lastIndexOf(',')) : c;
            if (Files.exists(Path.of(file))) {
                cached = BaseFont.createFont(c, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                return cached;
            }
        }
        throw new IOException("未找到中文字体（请安装 fonts-noto-cjk 或指定字体文件）/ no Chinese font found (install fonts-noto-cjk or give a font file)");
    }
}
