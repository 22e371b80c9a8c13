package org.ecozoning.tracking.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Targets as data ({@code workspace/tracking/targets.json}, schema {@code ecozoning-targets/1}),
 * and the rule that picks the target of a scope: the scope's own target, else its county's, its
 * city's, the province's; at each step a target for the year wins over a target for every year.
 */
public final class TargetSet {
    public static final String SCHEMA = "ecozoning-targets/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Target> targets;

    public TargetSet(List<Target> targets) { this.targets = List.copyOf(targets); }

    public List<Target> targets() { return targets; }

    public static TargetSet load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(JSON.readTree(in), file.getFileName().toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("无法读取目标文件 / cannot read targets file " + file + ": " + e.getMessage(), e);
        }
    }

    public static TargetSet parse(JsonNode root, String where) {
        if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
            throw new IllegalArgumentException(where + "：schema 应为 " + SCHEMA + " / " + where + ": schema must be " + SCHEMA);
        }
        JsonNode arr = root.path("targets");
        if (!arr.isArray()) throw new IllegalArgumentException(where + "：缺少 targets 数组 / " + where + ": missing \"targets\" array");
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            JsonNode t = arr.get(i);
            String w = where + " targets[" + i + "]";
            try {
                ScopeLevel level = ScopeLevel.valueOf(t.path("scope").asText("").toUpperCase(Locale.ROOT));
                Indicator ind = Indicator.parse(t.path("indicator").asText(null))
                        .orElseThrow(() -> new IllegalArgumentException("未知指标 / unknown indicator " + t.path("indicator")));
                String code = t.path("code").asText(null);
                if (code == null || code.isBlank()) throw new IllegalArgumentException("缺少 code / missing code");
                JsonNode limit = t.path("limit");
                double lim;
                if (ind == Indicator.WATER_CLASS && limit.isTextual()) {
                    Integer c = Units.waterClass(limit.asText());
                    if (c == null) throw new IllegalArgumentException("水质类别目标无效 / invalid water class " + limit.asText());
                    lim = c;
                } else if (limit.isNumber()) {
                    lim = limit.asDouble();
                } else {
                    throw new IllegalArgumentException("limit 须为数值 / limit must be a number");
                }
                Integer year = t.hasNonNull("year") ? t.get("year").asInt() : null;
                out.add(new Target(level, code, ind, year, lim, t.path("basis").asText(null)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(w + "：" + e.getMessage(), e);
            }
        }
        return new TargetSet(out);
    }

    /**
     * The target for a scope, looking up the chain {@code (level, code)}, then county, city,
     * province (pass null for links that do not apply).
     */
    public Optional<Target> resolve(ScopeLevel level, String code, String countyCode, String cityCode, Indicator ind, int year) {
        List<String[]> chain = new ArrayList<>();
        chain.add(new String[] {level.name(), code});
        if (countyCode != null && level != ScopeLevel.COUNTY) chain.add(new String[] {ScopeLevel.COUNTY.name(), countyCode});
        if (cityCode != null && level != ScopeLevel.CITY) chain.add(new String[] {ScopeLevel.CITY.name(), cityCode});
        if (level != ScopeLevel.PROVINCE) chain.add(new String[] {ScopeLevel.PROVINCE.name(), null});
        for (String[] link : chain) {
            Target any = null;
            for (Target t : targets) {
                if (t.indicator() != ind || !t.level().name().equals(link[0])) continue;
                if (link[1] != null && !t.code().equals(link[1])) continue;
                if (t.year() != null && t.year() == year) return Optional.of(t);
                if (t.year() == null && any == null) any = t;
            }
            if (any != null) return Optional.of(any);
        }
        return Optional.empty();
    }
}
