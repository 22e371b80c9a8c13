package org.ecozoning.ogc.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.ecozoning.render.FontCatalog;
import org.ecozoning.render.MapRenderer;
import org.ecozoning.render.sld.SldParser;
import org.ecozoning.render.sld.Style;

/**
 * Produces the printable Chinese assessment report (预判报告) as A4 HTML and as PDF from the same
 * {@link ReportData}: project summary, map, units with area and share, distances to the nearest
 * priority protection unit and red line, clauses by level and dimension with findings, verdict,
 * scheme version, time stamp, retrieval id and the pre-assessment disclaimer.
 */
public final class ReportRenderer {
    /** Shown on every report. */
    public static final String DISCLAIMER_ZH = "本报告系依据生态环境分区管控方案作出的符合性预判，仅供项目选址和前期研究参考，不代替环境影响评价审批及其他行政许可，不作为审批决定。";
    public static final String DISCLAIMER_EN = "This is a pre-assessment against the zoning-control scheme for siting and early planning; it is not an approval"
            + " and does not replace the environmental impact assessment or any other permit.";

    private final SiteMap map;
    private final Path cjkFont;

    /**
     * @param unitsStyle the control-unit style (styles/control_units.sld)
     * @param fonts fonts for map labels
     * @param cjkFont a font file with Chinese glyphs for the PDF (TTF, OTF or "file.ttc,index"); null: first found of the Noto CJK fonts
     */
    public ReportRenderer(Style unitsStyle, FontCatalog fonts, Path cjkFont) {
        this.map = new SiteMap(new MapRenderer(fonts), unitsStyle);
        this.cjkFont = cjkFont;
    }

    /** A renderer with the control-unit style read from {@code stylesDir/control_units.sld} and the system fonts. */
    public static ReportRenderer load(Path stylesDir) {
        try {
            Style s = new SldParser().parse(stylesDir.resolve("control_units.sld")).styles().get(0);
            return new ReportRenderer(s, FontCatalog.system(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The map image (PNG) of a report. */
    public byte[] mapPng(ReportData d, int width, int height) { return map.png(d.scheme(), d.siteLonLat(), width, height); }

    public byte[] html(ReportData d) { return ReportHtml.write(d, mapPng(d, 900, 560)); }

    public byte[] pdf(ReportData d) { return ReportPdf.write(d, mapPng(d, 1200, 746), cjkFont); }
}
