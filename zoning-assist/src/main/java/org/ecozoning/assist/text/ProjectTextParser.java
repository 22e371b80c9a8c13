package org.ecozoning.assist.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecozoning.rules.ProjectNature;

/**
 * Reads the construction nature (新建/扩建/改建/迁建 and their everyday synonyms such as 技改,
 * 搬迁, 扩能, 二期) and the quantities (see {@link QuantityReader}) from a free-text project
 * description. Where several natures are named the most consequential wins: relocation, then
 * expansion, then rebuild, then new ("搬迁改造" is a relocation, "改扩建" an expansion).
 * Stateless and thread-safe.
 */
public final class ProjectTextParser {
    private static final Pattern RELOCATION = Pattern.compile("迁建|搬迁|迁址|异地|易地|退城入园|退城进园|入园搬迁");
    private static final Pattern EXPANSION = Pattern.compile("扩建|扩能|扩产|增容|新增产能|扩大规模|二期|三期|四期|续建");
    private static final Pattern REBUILD = Pattern.compile("改建|技改|技术改造|改造|升级|提标|提质|原址");
    private static final Pattern NEW = Pattern.compile("新建|新上|拟建|筹建|新增");
    private static final Pattern IMPLIED_NEW = Pattern.compile("建设|建成|投建|兴建");

    private final QuantityReader quantities = new QuantityReader();

    /** Parses {@code text} (any form; it is normalised first). */
    public ParsedProject parse(String text) {
        String t = TextNormalizer.normalize(text);
        List<NatureMention> mentions = new ArrayList<>();
        find(RELOCATION, ProjectNature.RELOCATION, t, mentions);
        find(EXPANSION, ProjectNature.EXPANSION, t, mentions);
        find(REBUILD, ProjectNature.REBUILD, t, mentions);
        find(NEW, ProjectNature.NEW, t, mentions);
        mentions.sort(java.util.Comparator.comparingInt(NatureMention::start));
        ProjectNature nature = null;
        for (ProjectNature n : new ProjectNature[] {ProjectNature.RELOCATION, ProjectNature.EXPANSION, ProjectNature.REBUILD, ProjectNature.NEW}) {
            if (mentions.stream().anyMatch(m -> m.nature() == n)) {
                nature = n;
                break;
            }
        }
        boolean stated = nature != null;
        if (nature == null && IMPLIED_NEW.matcher(t).find()) nature = ProjectNature.NEW;
        return new ParsedProject(t, nature, stated, mentions, quantities.read(t));
    }

    private static void find(Pattern p, ProjectNature n, String t, List<NatureMention> out) {
        Matcher m = p.matcher(t);
        while (m.find()) {
            int s = m.start(), e = m.end();
            boolean inside = out.stream().anyMatch(x -> s < x.end() && x.start() < e);
            if (!inside) out.add(new NatureMention(n, m.group(), s, e));
        }
    }
}
