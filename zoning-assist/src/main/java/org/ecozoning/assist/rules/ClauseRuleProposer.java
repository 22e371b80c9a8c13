package org.ecozoning.assist.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecozoning.assist.terms.IndustryTerms;
import org.ecozoning.assist.terms.TermEntry;
import org.ecozoning.assist.terms.TermHit;
import org.ecozoning.assist.terms.TermScanner;
import org.ecozoning.assist.text.AssistAttributes;
import org.ecozoning.assist.text.Quantity;
import org.ecozoning.assist.text.QuantityReader;
import org.ecozoning.assist.text.TextNormalizer;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.model.Clause;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.UnitSubtype;
import org.ecozoning.model.ZoneType;
import org.ecozoning.rules.AttributeCondition;
import org.ecozoning.rules.AttributeSpec;
import org.ecozoning.rules.IndustryMatcher;
import org.ecozoning.rules.MissingPolicy;
import org.ecozoning.rules.Operator;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.rules.RuleFlag;
import org.ecozoning.rules.SpatialScope;
import org.ecozoning.rules.Verdict;
import org.ecozoning.rules.ZoneScope;

/**
 * Reads an access-list clause ("汾河沿岸禁止新建焦化、化工、农药…等高风险项目") and proposes the
 * structured rule(s) the engine would run: verdict from the normative word (禁止/严禁/不得 →
 * PROHIBITED; 限制/严控/严格控制 → RESTRICTED; 应/须/执行/落实 → CONDITIONAL; 鼓励/支持/依托…建设
 * → COMPLIANT + ENCOURAGED), industries from the curated term list, natures from 新建/扩建/改建/迁建,
 * attribute conditions from thresholds (以下 ≤, 以上 ≥, 不足 <, 超过 >, following the statutory
 * reading that 以上/以下 include the number), and the spatial scope from the places the text names
 * or, failing that, the unit, city or province the clause is issued for.
 *
 * <p>A clause is read sentence by sentence and, inside a sentence, part by part (comma): each part
 * with a normative word yields one proposal; parts before it only lend their places; parts about
 * existing facilities (现有…退出/淘汰) and pure management measures (加强、推进 …) yield nothing.
 * Stateless apart from its dictionaries and thread-safe.
 */
public final class ClauseRuleProposer {
    private static final Pattern PROHIBIT = Pattern.compile("严格禁止|严禁|禁止(?!开发区)|不得|不再新建|不再新增|不再|不准|不予|杜绝|一律不");
    private static final Pattern RESTRICT = Pattern.compile("严格限制|限制(?!类)|严控|严格控制|控制[^,;。]{0,8}规模|从严|减少开发");
    private static final Pattern CONDITION = Pattern.compile(
            "应当|(?<![相对适响供反])应(?![急收])|必须|(?<!必)须|需(?!求)|执行|落实|满足|符合|完成|进入园区|零排放");
    private static final Pattern ENCOURAGE = Pattern.compile(
            "鼓励|支持|优先布局|优先发展|可依法依规建设|可建设|依托[^,;。]{0,20}建设|加快[^,;。]{0,16}建设|因地制宜发展");
    private static final Pattern EXISTING = Pattern.compile("现有|有序退出|淘汰|依法拆除|关闭退出|搬迁入园");
    private static final Pattern OBJECT = Pattern.compile("项目|建设|开发|活动|企业|设施|排污口|产能|机组|开采|污水|废水|废气|废渣|行业|产业");
    private static final Pattern MEASURE = Pattern.compile("加强|推进|完善|建立|提高|保障|防范|推动|开展");
    private static final Pattern NATURE = Pattern.compile("新建|扩建|改建|迁建|新增|新上");
    private static final Pattern EXCLUSION = Pattern.compile("与([^,;。]{1,30}?)无关的|除([^,;。]{1,30}?)(?:以)?外|不含([^,;。]{1,20})");
    private static final Pattern CAPACITY_ADDED = Pattern.compile("新增[^,;。]{0,8}产能");
    private static final Pattern ZERO_DISCHARGE = Pattern.compile("废水[^,;。]{0,6}零排放|零排放");
    private static final Pattern UNIT_ITSELF = Pattern.compile("单元内|保护区内|本单元");

    private final IndustryCatalog catalog;
    private final IndustryTerms terms;
    private final TermScanner scanner;
    private final QuantityReader quantities = new QuantityReader();
    private final PlaceLexicon places = new PlaceLexicon();


    /** A proposer over the shipped catalog and term list. */
    public static ClauseRuleProposer shipped() {
        return new ClauseRuleProposer(IndustryCatalog.gbt4754(), IndustryTerms.shipped());
    }

    public ClauseRuleProposer(IndustryCatalog catalog, IndustryTerms terms) {
        this.catalog = catalog;
        this.terms = terms;
        this.scanner = new TermScanner(terms, TermEntry::forRules);
    }

    /** Version of the term list in use (recorded in every proposal). */
    public String termsVersion() { return terms.version(); }

    /** Proposals for a clause without unit context. */
    public List<RuleProposal> propose(Clause clause) { return propose(ClauseContext.of(clause)); }

    /** Proposals for one clause, in text order (empty when the clause states no admission rule). */
    public List<RuleProposal> propose(ClauseContext ctx) {
        String text = TextNormalizer.normalize(ctx.clause().text());
        List<RuleProposal> out = new ArrayList<>();
        List<PlaceMention> carried = new ArrayList<>();
        int sentenceStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || ";。!?".indexOf(text.charAt(i)) >= 0) {
                if (i > sentenceStart) sentence(ctx, text, sentenceStart, i, out, carried);
                sentenceStart = i + 1;
            }
        }
        return out;
    }

    private void sentence(ClauseContext ctx, String text, int from, int to, List<RuleProposal> out, List<PlaceMention> carried) {
        SentenceState st = new SentenceState();
        List<PlaceMention> context = st.context;
        context.addAll(carried);
        carried.clear();
        int before = out.size();
        int colon = text.indexOf(':', from);
        int bodyStart = from;
        if (colon >= 0 && colon < to) {
            context.addAll(places.find(text.substring(from, colon)).stream().map(p -> shift(p, from)).toList());
            bodyStart = colon + 1;
        }
        int partStart = bodyStart;
        for (int i = bodyStart; i <= to; i++) {
            if (i == to || text.charAt(i) == ',') {
                if (i > partStart) part(ctx, text, partStart, i, st, out);
                partStart = i + 1;
            }
        }
        // a sentence that only names places ("一体推进…片区大气污染联防联控；钢铁…完成超低排放改造") sets the scene for the next
        if (out.size() == before) carried.addAll(context);
    }

    private static PlaceMention shift(PlaceMention p, int by) {
        return new PlaceMention(p.zone(), p.names(), p.subtype(), p.unitClass(), p.text(), p.start() + by, p.end() + by);
    }

    /** Places a sentence's parts share: those of parts without a rule, and those of the last proposal. */
    private static final class SentenceState {
        final List<PlaceMention> context = new ArrayList<>();
        List<PlaceMention> lastPlaces = List.of();
    }

    private void part(ClauseContext ctx, String text, int from, int to, SentenceState st, List<RuleProposal> out) {
        List<PlaceMention> context = st.context;
        String part = text.substring(from, to);
        List<PlaceMention> partPlaces = places.find(part).stream().map(p -> shift(p, from)).toList();
        Cue cue = cue(part);
        if (cue == null || (EXISTING.matcher(part).find() && cue.verdict != Verdict.PROHIBITED)) {
            if (cue == null && !EXISTING.matcher(part).find() && !MEASURE.matcher(part).find()) context.addAll(partPlaces);
            return;
        }
        if (part.startsWith("现有")) return;
        int cueAt = from + cue.start;
        List<PlaceMention> scopePlaces = new ArrayList<>(context);
        for (PlaceMention p : partPlaces) if (p.start() < cueAt) scopePlaces.add(p);
        // "…核心保护区原则上禁止人为活动，其他区域严格禁止…": a part naming no place keeps the places of the one before
        if (scopePlaces.isEmpty()) scopePlaces.addAll(st.lastPlaces);
        st.lastPlaces = List.copyOf(scopePlaces);

        // industries: terms of the part outside place names
        Map<String, ProposedIndustryBuilder> include = new LinkedHashMap<>();
        Map<String, ProposedIndustryBuilder> exclude = new LinkedHashMap<>();
        List<int[]> exclusions = new ArrayList<>();
        Matcher ex = EXCLUSION.matcher(part);
        while (ex.find()) exclusions.add(new int[] {from + ex.start(), from + ex.end()});
        for (TermHit h : scanner.scan(part)) {
            int s = from + h.start(), e = from + h.end();
            if (partPlaces.stream().anyMatch(p -> s < p.end() && p.start() < e && (p.start() < cueAt || isPlaceOnly(p)))) continue;
            boolean excluded = exclusions.stream().anyMatch(r -> s >= r[0] && e <= r[1]);
            Map<String, ProposedIndustryBuilder> target = excluded ? exclude : include;
            for (String c : h.entry().ruleCodes()) {
                ProposedIndustryBuilder b = target.computeIfAbsent(c, ProposedIndustryBuilder::new);
                b.terms.add(h.surface());
                b.weight = Math.max(b.weight, h.entry().weight());
            }
            if (!excluded) for (String c : h.entry().ruleExclude()) exclude.computeIfAbsent(c, ProposedIndustryBuilder::new).terms.add(h.surface());
        }
        // a code implied by another included code adds nothing (26 covers 2614), unless the broader
        // code only comes from a generic word (采矿 → B beside 煤矿 → 06): then the generic one goes
        List<String> generic = include.values().stream().filter(b -> b.weight < 0.5
                && include.keySet().stream().anyMatch(o -> !o.equals(b.code) && catalog.isWithin(o, b.code))).map(b -> b.code).toList();
        generic.forEach(include::remove);
        include.keySet().removeIf(c -> include.keySet().stream().anyMatch(o -> !o.equals(c) && catalog.isWithin(c, o)));
        boolean hasObject = !include.isEmpty() || OBJECT.matcher(part.substring(cue.start)).find() || OBJECT.matcher(part).find();
        if (!hasObject && (cue.verdict == Verdict.CONDITIONAL || cue.verdict == Verdict.COMPLIANT)) return;

        List<String> warnings = new ArrayList<>();
        IndustryMatcher matcher;
        if (include.isEmpty()) {
            matcher = new IndustryMatcher(true, List.of(), List.copyOf(exclude.keySet()));
        } else {
            matcher = new IndustryMatcher(false, List.copyOf(include.keySet()), List.copyOf(exclude.keySet()));
        }

        // natures
        Set<ProjectNature> natures = EnumSet.noneOf(ProjectNature.class);
        List<String> natureWords = new ArrayList<>();
        Matcher nm = NATURE.matcher(part);
        while (nm.find()) {
            natureWords.add(nm.group());
            switch (nm.group()) {
                case "新建", "新上" -> natures.add(ProjectNature.NEW);
                case "扩建" -> natures.add(ProjectNature.EXPANSION);
                case "改建" -> natures.add(ProjectNature.REBUILD);
                case "迁建" -> natures.add(ProjectNature.RELOCATION);
                case "新增" -> {
                    natures.add(ProjectNature.NEW);
                    if (CAPACITY_ADDED.matcher(part.substring(nm.start())).lookingAt()) natures.add(ProjectNature.EXPANSION);
                }
                default -> { }
            }
        }

        // conditions
        List<ProposedCondition> conditions = new ArrayList<>();
        for (Quantity q : quantities.read(part)) {
            int qs = from + q.start();
            if (partPlaces.stream().anyMatch(p -> qs >= p.start() && qs < p.end())) continue;
            Operator op = comparator(part, q);
            if (op == null) continue;
            String attr = q.attribute().equals(AssistAttributes.UNIT_CAPACITY_MW) ? null : q.attribute();
            if (attr == null) continue;
            conditions.add(new ProposedCondition(new AttributeCondition(attr, op, q.value(), MissingPolicy.NO_MATCH),
                    q.text() + comparatorWord(part, q)));
            if (op == Operator.LE || op == Operator.GE) {
                warnings.add("「" + q.text() + comparatorWord(part, q) + "」按《民法典》第1259条包括本数（" + op.symbol() + "），如政策本意不含本数请改为 "
                        + (op == Operator.LE ? "<" : ">") + " / 以上/以下 read as inclusive by statute; change the operator if the policy means otherwise");
            }
        }
        boolean hasIncrease = conditions.stream().anyMatch(c -> c.condition().attribute().equals(AssistAttributes.CAPACITY_INCREASE));
        Matcher ca = CAPACITY_ADDED.matcher(part);
        if (!hasIncrease && ca.find()) {
            conditions.add(new ProposedCondition(new AttributeCondition(AssistAttributes.CAPACITY_INCREASE, Operator.GT, 0, MissingPolicy.MATCH), ca.group()));
        }
        Matcher zd = ZERO_DISCHARGE.matcher(part);
        if (zd.find()) {
            conditions.add(new ProposedCondition(new AttributeCondition(AssistAttributes.WASTEWATER_TPD, Operator.GT, 0, MissingPolicy.MATCH), zd.group()));
        }
        List<AttributeSpec> attrs = new ArrayList<>();
        for (ProposedCondition c : conditions) {
            AssistAttributes.spec(c.condition().attribute()).filter(s -> !attrs.contains(s)).ifPresent(attrs::add);
        }

        // scope
        ScopeResult scope = scope(ctx, scopePlaces, part.substring(0, cue.start));
        warnings.addAll(scope.warnings);

        Set<RuleFlag> flags = cue.verdict == Verdict.COMPLIANT ? EnumSet.of(RuleFlag.ENCOURAGED) : EnumSet.noneOf(RuleFlag.class);
        double confidence = switch (cue.verdict) {
            case PROHIBITED -> 0.45;
            case RESTRICTED -> 0.4;
            default -> 0.35;
        };
        confidence += include.isEmpty() ? 0.1 : 0.3;
        confidence += scope.explicit ? 0.15 : 0.05;
        if (!natures.isEmpty()) confidence += 0.05;
        if (include.isEmpty()) warnings.add("未识别出具体行业，按任意行业提议 / no industry recognised: proposed for any industry");
        int n = out.size() + 1;
        String clauseId = ctx.clause().id();
        String ruleId = "AP-" + clauseId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "") + "-" + n;
        out.add(new RuleProposal(clauseId + "#" + n, ruleId, clauseId, ctx.clause().dimension(), part, ctx.clause().text(),
                cue.verdict, cue.word, flags, matcher, industries(include), industries(exclude), natures, natureWords, conditions,
                scope.scope, scope.basis, scope.widened, attrs, Math.min(0.95, Math.round(confidence * 100) / 100.0),
                terms.version(), warnings));
    }

    /** Places that are only ever places, never the object of a prohibition (盆地, 沿岸 …). */
    private static boolean isPlaceOnly(PlaceMention p) {
        return p.zone() != null || p.unitClass() != null
                || (p.subtype() != null && p.subtype() != UnitSubtype.CHEMICAL_PARK && p.subtype() != UnitSubtype.INDUSTRIAL_PARK);
    }

    private List<ProposedIndustry> industries(Map<String, ProposedIndustryBuilder> m) {
        List<ProposedIndustry> out = new ArrayList<>();
        for (ProposedIndustryBuilder b : m.values()) {
            out.add(new ProposedIndustry(b.code, catalog.find(b.code).map(i -> i.nameZh()).orElse(""), List.copyOf(b.terms)));
        }
        return out;
    }

    private static final class ProposedIndustryBuilder {
        final String code;
        final Set<String> terms = new LinkedHashSet<>();
        double weight;

        ProposedIndustryBuilder(String code) { this.code = code; }
    }

    private record Cue(Verdict verdict, String word, int start) { }

    /** The strongest normative word of a part (PROHIBITED > RESTRICTED > CONDITIONAL > ENCOURAGED). */
    private static Cue cue(String part) {
        Object[][] order = {{PROHIBIT, Verdict.PROHIBITED}, {RESTRICT, Verdict.RESTRICTED}, {CONDITION, Verdict.CONDITIONAL},
                {ENCOURAGE, Verdict.COMPLIANT}};
        for (Object[] o : order) {
            Matcher m = ((Pattern) o[0]).matcher(part);
            if (m.find()) {
                // "依托采煤沉陷区建设…", "加快…基地建设": the places inside the phrase are where, the cue is 建设
                int at = m.group().length() > 4 && m.group().endsWith("建设") ? m.end() - 2 : m.start();
                return new Cue((Verdict) o[1], m.group(), at);
            }
        }
        return null;
    }

    private static Operator comparator(String part, Quantity q) {
        String after = part.substring(q.end()).stripLeading();
        if (after.startsWith("及以下") || after.startsWith("以下") || after.startsWith("以内")) return Operator.LE;
        if (after.startsWith("及以上") || after.startsWith("以上")) return Operator.GE;
        String before = part.substring(Math.max(0, q.start() - 4), q.start());
        if (before.endsWith("不低于") || before.endsWith("不少于") || before.endsWith("不小于")) return Operator.GE;
        if (before.endsWith("不超过") || before.endsWith("不高于") || before.endsWith("不大于")) return Operator.LE;
        if (before.endsWith("不足") || before.endsWith("低于") || before.endsWith("小于") || before.endsWith("不到")) return Operator.LT;
        if (before.endsWith("超过") || before.endsWith("高于") || before.endsWith("大于")) return Operator.GT;
        return null;
    }

    private static String comparatorWord(String part, Quantity q) {
        String after = part.substring(q.end()).stripLeading();
        for (String w : List.of("及以下", "以下", "以内", "及以上", "以上")) if (after.startsWith(w)) return w;
        return "";
    }

    private record ScopeResult(SpatialScope scope, List<String> basis, boolean widened, boolean explicit, List<String> warnings) { }

    private ScopeResult scope(ClauseContext ctx, List<PlaceMention> found, String beforeCue) {
        Clause c = ctx.clause();
        List<ZoneScope> zones = new ArrayList<>();
        Set<UnitSubtype> subtypes = EnumSet.noneOf(UnitSubtype.class);
        Set<UnitClass> classes = EnumSet.noneOf(UnitClass.class);
        List<String> basis = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean unitItself = UNIT_ITSELF.matcher(beforeCue).find();
        for (PlaceMention p : found) {
            if (p.zone() != null) {
                if (zones.stream().noneMatch(z -> z.type() == p.zone())) {
                    List<String> names = p.zone() == ZoneType.RIVER_SHORELINE ? p.names() : List.of();
                    zones.add(new ZoneScope(p.zone(), 0, names));
                }
                basis.add("文中区域：" + p.text() + " → " + p.zone().labelZh());
            } else if (c.level() == ListLevel.UNIT && (ctx.unitSubtype() != null || ctx.unitClass() != null)) {
                unitItself = true;
            } else if (p.subtype() != null) {
                subtypes.add(p.subtype());
                basis.add("文中单元类型：" + p.text() + " → " + p.subtype().labelZh());
            } else {
                classes.add(p.unitClass());
                basis.add("文中单元类别：" + p.text() + " → " + p.unitClass().labelZh());
            }
        }
        boolean explicit = !found.isEmpty();
        boolean widened = false;
        if (zones.isEmpty() && subtypes.isEmpty() && classes.isEmpty()) {
            if (c.level() == ListLevel.UNIT && ctx.unitSubtype() != null) {
                subtypes.add(ctx.unitSubtype());
                unitItself = true;
            } else if (c.level() == ListLevel.UNIT && ctx.unitClass() != null) {
                classes.add(ctx.unitClass());
                unitItself = true;
            } else if (c.level() == ListLevel.UNIT) {
                widened = true;
                basis.add("单元信息缺失，按全省提议");
                warnings.add("单元条款缺少单元信息，空间范围已放宽为全省，请改为该单元 / unit unknown: scope widened to the province, restrict it to the unit");
                return new ScopeResult(new SpatialScope(true, Set.of(), Set.of(), List.of()), basis, true, false, warnings);
            } else {
                if (c.level() == ListLevel.CITY) {
                    widened = true;
                    basis.add("市级条款（" + c.scopeCode() + "），规则模型暂无按市范围，按全省提议");
                    warnings.add("市级条款：规则模型暂无按市的空间范围，已放宽为全省，请复核 / city clause: the rules model has no city scope, widened to the province");
                } else {
                    basis.add("省级条款，全省适用");
                }
                return new ScopeResult(new SpatialScope(true, Set.of(), Set.of(), List.of()), basis, widened, explicit, warnings);
            }
        }
        if (unitItself && zones.isEmpty()) {
            if (ctx.unitSubtype() != null) subtypes.add(ctx.unitSubtype());
            else if (ctx.unitClass() != null) classes.add(ctx.unitClass());
            basis.add("单元本身（" + (ctx.unitName() == null ? c.scopeCode() : ctx.unitName()) + "）→ 同类型单元："
                    + (ctx.unitSubtype() != null ? ctx.unitSubtype().labelZh() : String.valueOf(ctx.unitClass())));
            warnings.add("规则模型暂无按单元编码的空间范围，已放宽为同类型单元，请复核 / the rules model has no per-unit scope yet: widened to all units of the same subtype");
            widened = true;
        }
        return new ScopeResult(new SpatialScope(false, classes, subtypes, zones), basis, widened, explicit, warnings);
    }
}
