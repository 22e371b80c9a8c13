package org.ecozoning.io.mapping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The field mappings of a workspace ({@code workspace/mappings/*.json}), by name, and the choice of
 * one for a source whose mapping the user did not name: the mapping whose code field the source has
 * (national before chinese before native when several match).
 */
public final class FieldMappings {
    private final Map<String, FieldMapping> byName = new LinkedHashMap<>();

    public FieldMappings(Collection<FieldMapping> mappings) {
        for (FieldMapping m : mappings) byName.put(m.name(), m);
    }

    /** Loads every {@code *.json} file of a directory, in file-name order. */
    public static FieldMappings loadDirectory(Path dir) throws IOException {
        List<FieldMapping> list = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) list.add(FieldMapping.load(p));
        }
        return new FieldMappings(list);
    }

    /** The mapping called {@code name}, or an exception listing the known names. */
    public FieldMapping get(String name) {
        FieldMapping m = byName.get(name);
        if (m == null) {
            throw new IllegalArgumentException("没有名为 " + name + " 的字段映射，可选：" + byName.keySet()
                    + " / no field mapping called " + name + "; known: " + byName.keySet());
        }
        return m;
    }

    public Collection<FieldMapping> all() { return byName.values(); }

    /** The mapping that fits the given source field names best, or null when none finds a code field. */
    public FieldMapping detect(List<String> sourceFields) {
        FieldMapping best = null;
        int bestScore = 0;
        for (String preferred : List.of("national", "chinese", "native")) {
            FieldMapping m = byName.get(preferred);
            if (m != null) {
                int s = score(m, sourceFields);
                if (s > bestScore) { best = m; bestScore = s; }
            }
        }
        for (FieldMapping m : byName.values()) {
            int s = score(m, sourceFields);
            if (s > bestScore) { best = m; bestScore = s; }
        }
        return best;
    }

    private static int score(FieldMapping m, List<String> sourceFields) {
        FieldResolver r = new FieldResolver(m, sourceFields);
        if (r.field(FieldMapping.Key.CODE) == null) return 0;
        int s = 0;
        for (FieldMapping.Key k : FieldMapping.Key.values()) if (r.field(k) != null) s++;
        for (org.ecozoning.model.Dimension d : org.ecozoning.model.Dimension.values()) if (r.dimensionField(d) != null) s++;
        return s;
    }
}
