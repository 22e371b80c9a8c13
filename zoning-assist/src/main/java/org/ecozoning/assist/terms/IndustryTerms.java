package org.ecozoning.assist.terms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ecozoning.assist.AssistException;
import org.ecozoning.assist.text.TextNormalizer;
import org.ecozoning.industry.IndustryCatalog;

/**
 * The curated, versioned term list ({@code "schema": "ecozoning-industry-terms/1"}) that maps the
 * words people and clauses use to GB/T 4754-2017 codes. Kept as data
 * ({@code workspace/assist/industry-terms.json}, shipped on the classpath); every code is checked
 * against the catalog on load, and a duplicate surface form is refused. Immutable.
 */
public final class IndustryTerms {
    /** The only schema this loader reads. */
    public static final String SCHEMA = "ecozoning-industry-terms/1";
    /** Classpath location of the shipped copy. */
    public static final String RESOURCE = "/org/ecozoning/assist/industry-terms.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static volatile IndustryTerms shipped;

    private final String version;
    private final List<TermEntry> entries;
    private final Map<String, TermEntry> bySurface;
    private final List<String> secondaryMarkers;
    private final List<String> negationMarkers;
    private final Set<String> stopwords;

    private IndustryTerms(String version, List<TermEntry> entries, Map<String, TermEntry> bySurface,
                          List<String> secondaryMarkers, List<String> negationMarkers, Set<String> stopwords) {
        this.version = version;
        this.entries = List.copyOf(entries);
        this.bySurface = java.util.Collections.unmodifiableMap(bySurface);
        this.secondaryMarkers = List.copyOf(secondaryMarkers);
        this.negationMarkers = List.copyOf(negationMarkers);
        this.stopwords = Set.copyOf(stopwords);
    }

    /** The shipped list, checked against the shipped catalog (loaded once). */
    public static IndustryTerms shipped() {
        IndustryTerms t = shipped;
        if (t == null) {
            synchronized (IndustryTerms.class) {
                t = shipped;
                if (t == null) {
                    try (InputStream in = IndustryTerms.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) throw new IllegalStateException("missing classpath resource " + RESOURCE);
                        t = load(in, IndustryCatalog.gbt4754());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    shipped = t;
                }
            }
        }
        return t;
    }

    /** Loads a term list from a file (e.g. a locally curated copy of the workspace file). */
    public static IndustryTerms load(Path file, IndustryCatalog catalog) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, catalog);
        } catch (IOException e) {
            throw err(file.toString(), "无法读取：" + e.getMessage(), "cannot read: " + e.getMessage(), e);
        }
    }

    /** Loads and validates a term list from a UTF-8 JSON stream. */
    public static IndustryTerms load(InputStream in, IndustryCatalog catalog) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (IOException e) {
            throw err("JSON", "JSON 格式错误：" + e.getMessage(), "malformed JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) throw err("根对象", "必须是 JSON 对象", "the document must be a JSON object");
        if (!SCHEMA.equals(root.path("schema").asText())) {
            throw err("schema", "不支持的 schema「" + root.path("schema").asText() + "」，应为 " + SCHEMA,
                    "unsupported schema \"" + root.path("schema").asText() + "\", expected " + SCHEMA);
        }
        String version = root.path("version").asText("");
        if (version.isBlank()) throw err("version", "缺少版本号", "missing version");
        JsonNode terms = root.get("terms");
        if (terms == null || !terms.isArray() || terms.isEmpty()) throw err("terms", "缺少词条数组或为空", "\"terms\" must be a non-empty array");
        List<TermEntry> entries = new ArrayList<>();
        Map<String, TermEntry> bySurface = new LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            JsonNode e = terms.get(i);
            String where = "terms[" + i + "]";
            allowOnly(e, where, "terms", "codes", "weight", "ruleCodes", "ruleExclude", "use", "source", "note");
            List<String> surfaces = strings(e.get("terms"), where + ".terms");
            List<String> codes = codes(e.get("codes"), where + ".codes", catalog);
            if (surfaces.isEmpty() || codes.isEmpty()) throw err(where, "terms 与 codes 不能为空", "terms and codes must not be empty");
            double weight = e.path("weight").asDouble(Double.NaN);
            if (!(weight > 0 && weight <= 1)) throw err(where + ".weight", "必须在 (0, 1] 之间", "must be in (0, 1]");
            TermEntry.Use use;
            try {
                use = e.has("use") ? TermEntry.Use.valueOf(e.get("use").asText().toUpperCase(Locale.ROOT)) : TermEntry.Use.BOTH;
            } catch (IllegalArgumentException x) {
                throw err(where + ".use", "应为 both、suggest 或 rules", "must be both, suggest or rules");
            }
            TermEntry entry = new TermEntry(surfaces.stream().map(TextNormalizer::normalize).toList(), codes, weight,
                    codes(e.get("ruleCodes"), where + ".ruleCodes", catalog), codes(e.get("ruleExclude"), where + ".ruleExclude", catalog),
                    use, e.path("source").asText(""), e.path("note").asText(""));
            for (String s : entry.terms()) {
                String key = s.toLowerCase(Locale.ROOT);
                if (bySurface.put(key, entry) != null) throw err(where, "词语「" + s + "」重复", "duplicate term \"" + s + "\"");
            }
            entries.add(entry);
        }
        List<String> stop = strings(root.get("stopwords"), "stopwords");
        return new IndustryTerms(version, entries, bySurface, strings(root.get("secondaryMarkers"), "secondaryMarkers"),
                strings(root.get("negationMarkers"), "negationMarkers"), new java.util.HashSet<>(stop));
    }

    /** Version label of the list; suggestions and proposals record it. */
    public String version() { return version; }

    public List<TermEntry> entries() { return entries; }

    /** Surface form (lower case) → entry. */
    public Map<String, TermEntry> bySurface() { return bySurface; }

    public List<String> secondaryMarkers() { return secondaryMarkers; }

    public List<String> negationMarkers() { return negationMarkers; }

    /** Words the full-text side ignores in project descriptions (项目, 建设, 年产 …). */
    public Set<String> stopwords() { return stopwords; }

    private static List<String> codes(JsonNode n, String where, IndustryCatalog catalog) {
        List<String> out = new ArrayList<>();
        for (String c : strings(n, where)) {
            if (!catalog.contains(c)) {
                throw err(where, "行业代码「" + c + "」不在 GB/T 4754-2017 中", "industry code \"" + c + "\" is not in GB/T 4754-2017");
            }
            out.add(IndustryCatalog.normalize(c));
        }
        return out;
    }

    private static List<String> strings(JsonNode n, String where) {
        if (n == null || n.isNull()) return List.of();
        if (!n.isArray()) throw err(where, "必须是字符串数组", "must be an array of strings");
        List<String> out = new ArrayList<>();
        for (JsonNode v : n) {
            if (!v.isTextual() || v.asText().isBlank()) throw err(where, "必须是非空字符串数组", "must be an array of non-empty strings");
            out.add(v.asText().trim());
        }
        return out;
    }

    private static void allowOnly(JsonNode o, String where, String... allowed) {
        if (!o.isObject()) throw err(where, "必须是对象", "must be an object");
        List<String> ok = List.of(allowed);
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!ok.contains(f)) throw err(where, "未知字段「" + f + "」", "unknown field \"" + f + "\"");
        }
    }

    private static AssistException err(String where, String zh, String en) {
        return err(where, zh, en, null);
    }

    private static AssistException err(String where, String zh, String en, Throwable cause) {
        return new AssistException("BAD_TERM_LIST", "术语表错误（" + where + "）：" + zh, "term list error (" + where + "): " + en, cause);
    }
}
