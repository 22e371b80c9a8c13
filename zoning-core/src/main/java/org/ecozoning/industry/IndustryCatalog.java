package org.ecozoning.industry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ecozoning.text.CsvLine;

/**
 * The GB/T 4754-2017 industry classification as data: lookup of any code (section letter or
 * 2/3/4-digit code), its parent chain, its children and a name search. Rules match industries by
 * code prefix, so every code a rule or a project names is validated here first.
 *
 * <p>Immutable and thread-safe. {@link #gbt4754()} loads the copy shipped on the classpath once.
 */
public final class IndustryCatalog {
    /** Classpath location of the shipped table. */
    public static final String RESOURCE = "/org/ecozoning/industry/gbt4754-2017-industries.csv";
    private static volatile IndustryCatalog shipped;

    private final Map<String, Industry> byCode;
    private final Map<String, List<Industry>> children;

    private IndustryCatalog(Map<String, Industry> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        Map<String, List<Industry>> ch = new LinkedHashMap<>();
        for (Industry i : byCode.values()) {
            if (i.parentCode() != null) ch.computeIfAbsent(i.parentCode(), k -> new ArrayList<>()).add(i);
        }
        ch.replaceAll((k, v) -> List.copyOf(v));
        this.children = Collections.unmodifiableMap(ch);
    }

    /** The shipped GB/T 4754-2017 table (loaded once, then shared). */
    public static IndustryCatalog gbt4754() {
        IndustryCatalog c = shipped;
        if (c == null) {
            synchronized (IndustryCatalog.class) {
                c = shipped;
                if (c == null) {
                    try (InputStream in = IndustryCatalog.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) throw new IllegalStateException("missing classpath resource " + RESOURCE);
                        c = load(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    shipped = c;
                }
            }
        }
        return c;
    }

    /**
     * Reads a table in the shipped CSV layout ({@code section,division,group,class,level,name_zh,note_zh}).
     * Groups that the table folds into their single class (class code ending in 0 with no group row)
     * are synthesised so that every 3-digit group code resolves.
     */
    public static IndustryCatalog load(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = r.readLine();
        if (header == null) throw new IOException("industry table is empty");
        if (header.startsWith("\uFEFF")) header = header.substring(1);
        if (!header.startsWith("section,division,group,class,level,name_zh")) {
            throw new IOException("industry table has an unexpected header: " + header);
        }
        Map<String, Industry> map = new LinkedHashMap<>();
        String line;
        int lineNo = 1;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            List<String> f = CsvLine.split(line);
            if (f.size() < 6) throw new IOException("industry table line " + lineNo + " has " + f.size() + " fields, expected 7");
            String section = f.get(0).trim(), division = f.get(1).trim(), group = f.get(2).trim(), cls = f.get(3).trim();
            String name = f.get(5).trim();
            String note = f.size() > 6 ? f.get(6).trim() : "";
            int level;
            try {
                level = Integer.parseInt(f.get(4).trim());
            } catch (NumberFormatException e) {
                throw new IOException("industry table line " + lineNo + ": level is not a number: " + f.get(4));
            }
            String code;
            String parent;
            switch (level) {
                case 1 -> { code = section; parent = null; }
                case 2 -> { code = division; parent = section; }
                case 3 -> { code = group; parent = division; }
                case 4 -> { code = cls; parent = group; }
                default -> throw new IOException("industry table line " + lineNo + ": level must be 1..4, got " + level);
            }
            IndustryLevel expected = IndustryLevel.values()[level - 1];
            if (IndustryLevel.ofCode(code) != expected) {
                throw new IOException("industry table line " + lineNo + ": code \"" + code + "\" does not fit level " + level);
            }
            if (map.containsKey(code)) throw new IOException("industry table line " + lineNo + ": duplicate code " + code);
            if (level == 4 && !map.containsKey(group)) {
                // a group holding one class has no row of its own: its class stands for it
                if (!map.containsKey(division)) throw new IOException("industry table line " + lineNo + ": class before its division");
                map.put(group, new Industry(group, IndustryLevel.GROUP, name, note, division, section, true));
            }
            if (parent != null && !map.containsKey(parent)) {
                throw new IOException("industry table line " + lineNo + ": code " + code + " appears before its parent " + parent);
            }
            map.put(code, new Industry(code, expected, name, note, parent, section, false));
        }
        return new IndustryCatalog(map);
    }

    /** Upper-cases a section letter and trims; the form codes are stored in. */
    public static String normalize(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    /** The entry for {@code code} (any level), if it exists. */
    public Optional<Industry> find(String code) {
        return Optional.ofNullable(byCode.get(normalize(code)));
    }

    /** Whether {@code code} is a code of the standard. */
    public boolean contains(String code) { return byCode.containsKey(normalize(code)); }

    /**
     * The entry for {@code code}, or an {@link UnknownIndustryException} saying whether the code
     * is malformed or merely absent from the standard.
     */
    public Industry require(String code) {
        if (code == null || code.isBlank()) {
            throw new UnknownIndustryException(String.valueOf(code), "未提供行业代码", "no industry code given");
        }
        String c = normalize(code);
        Industry i = byCode.get(c);
        if (i != null) return i;
        if (IndustryLevel.ofCode(c) == null) {
            throw new UnknownIndustryException(code,
                    "格式应为门类字母（A–T）或 2、3、4 位数字代码（如 2521）",
                    "expected a section letter (A–T) or a 2-, 3- or 4-digit code such as 2521");
        }
        throw new UnknownIndustryException(code, "GB/T 4754-2017 中没有该代码", "GB/T 4754-2017 has no such code");
    }

    /** The chain from the section down to {@code code} itself, e.g. C, 25, 252, 2521. */
    public List<Industry> chain(String code) {
        List<Industry> out = new ArrayList<>(4);
        Industry i = require(code);
        while (i != null) {
            out.add(i);
            i = i.parentCode() == null ? null : byCode.get(i.parentCode());
        }
        Collections.reverse(out);
        return List.copyOf(out);
    }

    /** The direct children of {@code code} (divisions of a section, groups of a division …). */
    public List<Industry> children(String code) {
        return children.getOrDefault(require(code).code(), List.of());
    }

    /** Entries whose Chinese name contains {@code text}, most general first, at most {@code limit}. */
    public List<Industry> searchByName(String text, int limit) {
        List<Industry> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        String t = text.trim();
        for (IndustryLevel level : IndustryLevel.values()) {
            for (Industry i : byCode.values()) {
                if (out.size() >= limit) return out;
                if (i.level() == level && i.nameZh().contains(t) && !i.synthesized()) out.add(i);
            }
        }
        return out;
    }

    /** Every entry, in the order of the standard (synthesised groups before their class). */
    public List<Industry> all() { return List.copyOf(byCode.values()); }

    /** Number of entries at a level (sections 20, divisions 97, groups 473, classes 1380). */
    public long count(IndustryLevel level) {
        return byCode.values().stream().filter(i -> i.level() == level).count();
    }

    /**
     * Whether {@code code} lies within {@code ancestor} (or is it): "2521" is within "C", "25",
     * "252" and "2521". Both codes must exist.
     */
    public boolean isWithin(String code, String ancestor) {
        Industry c = require(code);
        Industry a = require(ancestor);
        if (a.level() == IndustryLevel.SECTION) return c.section().equals(a.code());
        // numeric codes nest by prefix: 2521 lies in 252 and 25
        return c.level() != IndustryLevel.SECTION && c.code().startsWith(a.code());
    }
}
