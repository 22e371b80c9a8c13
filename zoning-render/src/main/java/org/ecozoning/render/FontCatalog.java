package org.ecozoning.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.ecozoning.render.sld.FontSpec;

/**
 * Chooses the font a label is drawn with so that Chinese text never comes out as empty boxes: the
 * SLD's families in order, then {@link #CJK_FALLBACKS} (Noto Sans CJK SC first, from Debian's
 * {@code fonts-noto-cjk}), then the logical SansSerif font, then any installed family — the first
 * that can display the whole label. If none can, the first candidate is used and one warning is
 * logged. Fonts shipped by a deployment (e.g. {@code workspace/fonts/*.ttf|otf|ttc}) are
 * registered with {@link #withFolder(Path)}. Thread-safe.
 */
public final class FontCatalog {
    private static final System.Logger LOG = System.getLogger(FontCatalog.class.getName());

    /** CJK-capable families tried after the SLD's own, in order. */
    public static final List<String> CJK_FALLBACKS = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "SimHei",
            "PingFang SC", "Noto Serif CJK SC");

    private final Map<String, String> installed;
    private final List<String> loaded;
    private final Map<String, Font> fonts = new ConcurrentHashMap<>();
    private final Map<FontSpec, String> lastFamily = new ConcurrentHashMap<>();
    private final AtomicBoolean warned = new AtomicBoolean();

    private FontCatalog(List<String> loaded) {
        Map<String, String> map = new HashMap<>();
        for (String f : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)) {
            map.put(f.toLowerCase(Locale.ROOT), f);
        }
        for (String f : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
            map.putIfAbsent(f.toLowerCase(Locale.ROOT), f);
        }
        this.installed = Collections.unmodifiableMap(map);
        this.loaded = List.copyOf(loaded);
    }

    /** The fonts installed on the machine. */
    public static FontCatalog system() {
        return new FontCatalog(List.of());
    }

    /**
     * Registers every {@code .ttf}, {@code .otf} and {@code .ttc} file of a folder with the JVM, then
     * catalogues all fonts. A missing folder is not an error (nothing is loaded); an unreadable font
     * file is logged and skipped.
     */
    public static FontCatalog withFolder(Path folder) {
        List<String> loaded = new ArrayList<>();
        if (folder != null && Files.isDirectory(folder)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(folder)) {
                files = s.filter(FontCatalog::isFontFile).sorted().toList();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot list font folder " + folder + ": " + e.getMessage());
                files = List.of();
            }
            GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
            for (Path f : files) {
                try {
                    for (Font font : Font.createFonts(f.toFile())) {
                        ge.registerFont(font);
                        if (!loaded.contains(font.getFamily(Locale.ROOT))) loaded.add(font.getFamily(Locale.ROOT));
                    }
                    LOG.log(System.Logger.Level.INFO, "registered font file " + f);
                } catch (IOException | FontFormatException e) {
                    LOG.log(System.Logger.Level.WARNING, "skipping font file " + f + ": " + e.getMessage());
                }
            }
        }
        return new FontCatalog(loaded);
    }

    private static boolean isFontFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ttf") || n.endsWith(".otf") || n.endsWith(".ttc");
    }

    /** Families registered from the font folder. */
    public List<String> loadedFamilies() { return loaded; }

    /** Whether a family is installed (case-insensitive). */
    public boolean isInstalled(String family) { return installed.containsKey(family.toLowerCase(Locale.ROOT)); }

    /** Whether any CJK-capable family exists, i.e. whether Chinese labels can be drawn at all. */
    public boolean canDisplayChinese() {
        return resolve(FontSpec.DEFAULT, "山西省生态环境").canDisplayUpTo("山西省生态环境") == -1;
    }

    /**
     * Loads the glyph tables of the CJK fallback font (regular and bold) so that the first map with
     * labels does not pay for it (about a second for the large Noto CJK collection). Call once at
     * start-up; optional.
     */
    public void warmUp() {
        String sample = "山西省生态环境分区管控 Shanxi 0123";
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        for (boolean bold : new boolean[] {false, true}) {
            Font f = resolve(new FontSpec(List.of(), false, bold, 12), sample);
            new java.awt.font.TextLayout(sample, f, frc).getOutline(null);
        }
    }

    /** The font for a label text drawn with an SLD font specification. */
    public Font resolve(FontSpec spec, String text) {
        int style = (spec.bold() ? Font.BOLD : 0) | (spec.italic() ? Font.ITALIC : 0);
        float size = (float) spec.size();
        String last = lastFamily.get(spec);
        if (last != null) {
            Font f = font(last, style, size);
            if (f.canDisplayUpTo(text) == -1) return f;
        }
        Font first = null;
        for (String family : candidates(spec)) {
            Font f = font(family, style, size);
            if (first == null) first = f;
            if (f.canDisplayUpTo(text) == -1) {
                lastFamily.put(spec, family);
                return f;
            }
        }
        for (String family : installed.values()) {
            Font f = font(family, style, size);
            if (f.canDisplayUpTo(text) == -1) {
                lastFamily.put(spec, family);
                return f;
            }
        }
        if (warned.compareAndSet(false, true)) {
            LOG.log(System.Logger.Level.WARNING, "no installed font can display label text \"" + text
                    + "\"; install fonts-noto-cjk or put a CJK font into the fonts folder (未找到可显示中文标注的字体)");
        }
        return first;
    }

    private List<String> candidates(FontSpec spec) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : spec.families()) {
            String logical = logical(f);
            if (logical != null) out.add(logical);
            else if (isInstalled(f)) out.add(installed.get(f.toLowerCase(Locale.ROOT)));
        }
        for (String f : CJK_FALLBACKS) if (isInstalled(f)) out.add(installed.get(f.toLowerCase(Locale.ROOT)));
        out.add(Font.SANS_SERIF);
        return new ArrayList<>(out);
    }

    private static String logical(String family) {
        return switch (family.toLowerCase(Locale.ROOT)) {
            case "sansserif", "sans-serif", "sans" -> Font.SANS_SERIF;
            case "serif" -> Font.SERIF;
            case "monospaced", "monospace" -> Font.MONOSPACED;
            case "dialog" -> Font.DIALOG;
            default -> null;
        };
    }

    private Font font(String family, int style, float size) {
        return fonts.computeIfAbsent(family + '|' + style + '|' + size, k -> new Font(family, style, 1).deriveFont(style, size));
    }
}
