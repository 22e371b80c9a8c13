package org.ecozoning.render.sld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.ecozoning.feature.filter.xml.XmlParseException;

/**
 * The styles of a folder of {@code *.sld} files, by name: each file's default style under the file
 * name without extension ({@code control_units.sld} → {@code control_units}), and every named
 * {@code UserStyle} under its own name (file names win on a clash). Loaded once at start-up; a bad
 * file fails the load with its name and line.
 */
public final class StyleLibrary {
    private final Map<String, Style> styles;
    private final Map<String, StyledLayerDescriptor> documents;

    private StyleLibrary(Map<String, Style> styles, Map<String, StyledLayerDescriptor> documents) {
        this.styles = Collections.unmodifiableMap(styles);
        this.documents = Collections.unmodifiableMap(documents);
    }

    /** Loads every {@code *.sld} file directly inside a folder. */
    public static StyleLibrary load(Path folder) {
        return load(folder, new SldParser());
    }

    public static StyleLibrary load(Path folder, SldParser parser) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("样式目录不存在：" + folder + " / style folder does not exist: " + folder);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sld")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Style> styles = new LinkedHashMap<>();
        Map<String, StyledLayerDescriptor> docs = new LinkedHashMap<>();
        Map<String, Style> byStyleName = new LinkedHashMap<>();
        for (Path f : files) {
            String base = f.getFileName().toString();
            base = base.substring(0, base.length() - 4);
            StyledLayerDescriptor sld;
            try {
                sld = parser.parse(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Style def = sld.defaultStyle();
            if (def == null) {
                throw new XmlParseException(0, f.getFileName() + "：没有 UserStyle", f.getFileName() + ": no UserStyle");
            }
            docs.put(base, sld);
            styles.put(base, def);
            for (Style s : sld.styles()) if (s.name() != null) byStyleName.putIfAbsent(s.name(), s);
        }
        byStyleName.forEach(styles::putIfAbsent);
        return new StyleLibrary(styles, docs);
    }

    /** A style by file base name or UserStyle name. */
    public Optional<Style> find(String name) { return Optional.ofNullable(styles.get(name)); }

    /** A style by name, or a bilingual error naming the known styles. */
    public Style get(String name) {
        Style s = styles.get(name);
        if (s == null) {
            throw new IllegalArgumentException("未知样式：" + name + " / unknown style: " + name + " (" + String.join(", ", styles.keySet()) + ")");
        }
        return s;
    }

    /** All style names (file base names first). */
    public Set<String> names() { return styles.keySet(); }

    /** The parsed document of a file (by base name), e.g. to serve it for GetStyles; null if none. */
    public StyledLayerDescriptor document(String fileBaseName) { return documents.get(fileBaseName); }
}
