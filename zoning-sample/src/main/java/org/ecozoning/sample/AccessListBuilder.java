package org.ecozoning.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecozoning.model.Clause;
import org.ecozoning.model.Dimension;
import org.ecozoning.model.ElementZone;
import org.ecozoning.model.ListLevel;
import org.ecozoning.model.UnitClass;
import org.ecozoning.model.ZoneType;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Writes the access lists (生态环境准入清单) of the sample scheme: province-level clauses taken from
 * the policy text (each concrete rule of §三(四)(五) and §四(八)(九) as a clause naming its RULES.md
 * id), a few clauses per prefecture city, and for every unit clauses in all four dimensions from
 * templates per subtype, plus clauses that depend on where the unit lies (which river shoreline,
 * the Yellow River ranges, the Taiyuan basin, the Fen valley, a joint air-control area …).
 */
final class AccessListBuilder {
    /** The rule ids of RULES.md; every ruleId a clause names is one of these. */
    static final Set<String> RULE_IDS = Set.of("YR-CHEM", "YR-MINE-1KM", "FEN-VALLEY", "TY-COKE", "STEEL", "COAL-300MW", "RENEW",
            "RIVERS-HIGHRISK", "CHEM-PARK-ZLD", "PRIORITY", "KEY-INDUSTRIAL", "KEY-URBAN", "GENERAL", "AIR-JOINT", "SOIL-SITES",
            "NOISE", "INFRA");

    /** Overlaps smaller than this (km²) do not count as a unit lying in a zone. */
    static final double OVERLAP_KM2 = 0.01;

    private static final Map<Dimension, String> ABBR = new EnumMap<>(Map.of(
            Dimension.SPATIAL_LAYOUT, "SL", Dimension.POLLUTANT_EMISSION, "PE",
            Dimension.ENVIRONMENTAL_RISK, "ER", Dimension.RESOURCE_EFFICIENCY, "RE"));

    List<Clause> build(List<GeneratedUnit> units, List<ElementZone> zones, Map<String, String> cityNames) {
        List<Clause> out = new ArrayList<>(province());
        for (Map.Entry<String, String> city : cityNames.entrySet()) out.addAll(city(city.getKey()));
        STRtree index = new STRtree();
        for (ElementZone z : zones) {
            if (z.type() == ZoneType.NOISE_SENSITIVE || z.type() == ZoneType.JOINT_AIR_CONTROL) continue;
            index.insert(z.geometry().getEnvelopeInternal(), z);
        }
        for (GeneratedUnit u : units) out.addAll(unit(u, placeOf(u, index, zones)));
        return out;
    }

    // ---------------------------------------------------------------- province

    private static List<Clause> province() {
        List<Clause> c = new ArrayList<>();
        Adder a = new Adder(c, ListLevel.PROVINCE, "140000", "P-%s-%02d");
        a.sl("优先保护单元以保护重要生态系统服务功能为主，减少开发建设活动；生态保护红线内自然保护地核心保护区原则上禁止人为活动，其他区域严格禁止开发性、生产性建设活动，仅允许法律法规规定的有限人为活动。", "PRIORITY");
        a.sl("城镇中心等受体敏感区重点管控单元应进一步优化空间布局，引导人口密度较高中心城区的传统产业等有序退出、功能空间有序腾退。", "KEY-URBAN");
        a.sl("一般管控单元落实生态环境保护基本要求，推动区域生态环境质量持续改善。", "GENERAL");
        a.sl("黄河干支流岸线管控范围内禁止新建、扩建化工园区和化工项目。", "YR-CHEM");
        a.sl("黄河河道及干流岸线外推1公里范围内禁止煤矿、土矿等勘查开采。", "YR-MINE-1KM");
        a.sl("汾河谷地严控重污染产业规模，加快限制类涉气行业工艺装备淘汰退出。", "FEN-VALLEY");
        a.sl("太原盆地不再新增独立焦化项目。", "TY-COKE");
        a.sl("严禁新增钢铁产能。", "STEEL");
        a.sl("汾河、桑干河、滹沱河、漳河、沁河等干流及主要支流沿岸禁止新建焦化、化工、农药、有色冶炼、造纸、电镀等高风险项目。", "RIVERS-HIGHRISK");
        a.sl("依托采煤沉陷区、盐碱地等区域，加快风电和光伏发电等新能源基地建设。", "RENEW");
        a.sl("推动大型交通基础设施、工业集中区等与噪声敏感建筑物集中区域用地布局协调。", "NOISE");
        a.sl("支持机场、铁路、公路等重大民生和基础设施项目在依法避让禁止开发区域的前提下选址选线，快速通过审批。", "INFRA");
        a.pe("工业类开发区等高排放重点管控单元应加强污染物排放管控，推进废水、废气、废渣等集中集约治理。", "KEY-INDUSTRIAL");
        a.pe("加强城镇生活污水以及工业类开发区初期雨水、工业废水收集，做到应收尽收、分质处理、循环利用。", "KEY-INDUSTRIAL");
        a.pe("化工园区推动实现废水零排放。", "CHEM-PARK-ZLD");
        a.pe("一体推进清徐-交城、平遥-介休-孝义、新绛-稷山-河津-闻喜-曲沃-侯马等三个片区大气污染联防联控；钢铁、焦化、水泥等重点行业高质量、全流程完成超低排放改造，铸造、石灰、砖瓦、煤化工、无机化工、化肥、有色等行业开展低效失效治理设施升级改造。", "AIR-JOINT");
        a.pe("空气质量较差区域和细颗粒物高浓度区域，城市（含县城）建成区公共领域以及重点企业短驳运输、厂内运输优先使用新能源和清洁能源车。");
        a.er("工业类开发区应加强环境风险防控，建立健全突发环境事件应急体系。", "KEY-INDUSTRIAL");
        a.er("实施农用地分类管理和建设用地准入管理，加强焦化、农药等重点企业关闭搬迁地块的土壤污染管控。", "SOIL-SITES");
        a.er("统筹地上地下，探索开展地下水分区管理，逐步实施差别化准入和污染风险管控。");
        a.re("有序淘汰30万千瓦以下燃煤机组，不再新建30万千瓦以下燃煤发电机组。", "COAL-300MW");
        a.re("工业类开发区围绕发展定位加快优势产业集群集聚发展，推进能源梯级利用，提升资源能源综合利用效率。", "KEY-INDUSTRIAL");
        a.re("支持煤炭、电力、钢铁、建材、化工等传统产业以及铸造、陶瓷、耐火等传统特色产业集群减污降碳改造、数字化智能化升级。");
        a.re("采煤沉陷区、盐碱地优先布局风电、光伏发电等新能源项目。", "RENEW");
        return c;
    }

    // ---------------------------------------------------------------- cities

    private static List<Clause> city(String code) {
        List<Clause> c = new ArrayList<>();
        Adder a = new Adder(c, ListLevel.CITY, code, "C" + code + "-%s-%02d");
        String highRisk = "干流及主要支流沿岸禁止新建焦化、化工、农药、有色冶炼、造纸、电镀等高风险项目。";
        switch (code) {
            case "140100" -> {
                a.sl("太原盆地不再新增独立焦化项目，城市建成区内现有焦化、化工等重污染企业有序退出。", "TY-COKE", "KEY-URBAN");
                a.sl("严格保护晋祠泉、兰村泉泉域重点保护区；汾河太原段" + highRisk, "RIVERS-HIGHRISK");
                a.pe("清徐-交城片区实施大气污染联防联控，焦化、钢铁企业全面完成超低排放改造。", "AIR-JOINT");
                a.er("加强汾河、晋阳湖等水体和清徐精细化工循环产业园的环境风险防控。");
                a.re("推进清洁取暖和工业余热利用，严格控制岩溶地下水开采。");
            }
            case "140200" -> {
                a.sl("桑干河、御河" + highRisk, "RIVERS-HIGHRISK");
                a.sl("依托采煤沉陷区和大同盆地盐碱地建设风电、光伏发电基地。", "RENEW");
                a.pe("燃煤电厂执行超低排放要求，有序淘汰30万千瓦以下燃煤机组。", "COAL-300MW");
                a.er("加强大同煤田采空区地质环境和地下水污染风险防控。");
                a.re("提高矿井水综合利用率，推进煤矸石、粉煤灰综合利用。");
            }
            case "140300" -> {
                a.sl("严格保护娘子关泉泉域重点保护区，桃河、温河沿岸优化产业布局。");
                a.pe("推进铝工业、耐火材料等传统特色产业集群减污降碳改造。");
                a.er("防范煤矿老窑水对岩溶水的污染风险。");
                a.re("推进煤层气抽采利用和矿井水资源化利用。");
            }
            case "140400" -> {
                a.sl("浊漳河、清漳河" + highRisk, "RIVERS-HIGHRISK");
                a.sl("严格保护辛安泉泉域重点保护区。");
                a.pe("上党革命老区推进散煤取暖替代工程，焦化、钢铁企业完成超低排放改造。");
                a.er("加强漳泽水库等饮用水水源地和化工园区的环境风险防控。", "KEY-INDUSTRIAL");
                a.re("推进煤基清洁能源产业能源梯级利用和水资源循环利用。");
            }
            case "140500" -> {
                a.sl("沁河" + highRisk, "RIVERS-HIGHRISK");
                a.pe("煤化工、铸造等行业实施治理设施升级改造。");
                a.er("加强三姑泉泉域岩溶水污染风险防控。");
                a.re("推进煤层气规模化开发利用，提高资源综合利用效率。");
            }
            case "140600" -> {
                a.sl("严格保护神头泉泉域重点保护区；桑干河" + highRisk, "RIVERS-HIGHRISK");
                a.sl("依托采煤沉陷区、盐碱地建设风电、光伏发电基地。", "RENEW");
                a.pe("有序淘汰30万千瓦以下燃煤机组，燃煤电厂执行超低排放。", "COAL-300MW");
                a.er("加强露天采坑、排土场地质环境风险防控。");
                a.re("推进粉煤灰、煤矸石等大宗固体废物综合利用。");
            }
            case "140700" -> {
                a.sl("太原盆地范围内不再新增独立焦化项目。", "TY-COKE");
                a.sl("汾河谷地严控重污染产业规模，加快限制类涉气行业工艺装备淘汰退出。", "FEN-VALLEY");
                a.pe("平遥-介休-孝义片区实施大气污染联防联控，焦化、钢铁企业完成超低排放改造。", "AIR-JOINT");
                a.er("加强洪山泉泉域岩溶水风险防控。");
                a.re("推进平遥古城等区域清洁取暖。");
            }
            case "140800" -> {
                a.sl("黄河干流岸线管控范围内禁止新建、扩建化工园区和化工项目。", "YR-CHEM");
                a.sl("黄河河道及干流岸线外推1公里范围内禁止煤矿、土矿等勘查开采。", "YR-MINE-1KM");
                a.pe("新绛-稷山-河津-闻喜-曲沃-侯马片区实施大气污染联防联控，钢铁、焦化、水泥行业完成超低排放改造。", "AIR-JOINT");
                a.er("加强运城盐湖、伍姓湖和黄河湿地的生态风险防控。");
                a.re("推进盐湖周边盐碱地光伏发电建设，严格控制地下水超采。", "RENEW");
            }
            case "140900" -> {
                a.sl("滹沱河" + highRisk, "RIVERS-HIGHRISK");
                a.sl("黄河偏关—保德段干流岸线管控范围内禁止新建、扩建化工园区和化工项目。", "YR-CHEM");
                a.pe("原平等地焦化、铸造企业实施深度治理。");
                a.er("加强五台山、芦芽山等生态敏感区域风险防控。");
                a.re("推进晋西北防风固沙和水土流失综合治理。");
            }
            case "141000" -> {
                a.sl("汾河谷地严控重污染产业规模，加快限制类涉气行业工艺装备淘汰退出。", "FEN-VALLEY");
                a.sl("黄河干流岸线管控范围内禁止新建、扩建化工园区和化工项目。", "YR-CHEM");
                a.pe("曲沃、侯马纳入新绛-稷山-河津-闻喜-曲沃-侯马片区大气污染联防联控。", "AIR-JOINT");
                a.er("加强龙子祠泉、郭庄泉泉域岩溶水风险防控。");
                a.re("推进临运盆地散煤取暖替代工程。");
            }
            case "141100" -> {
                a.sl("黄河干流岸线管控范围内禁止新建、扩建化工园区和化工项目；黄河河道及干流岸线外推1公里范围内禁止煤矿、土矿等勘查开采。", "YR-CHEM", "YR-MINE-1KM");
                a.sl("太原盆地范围内不再新增独立焦化项目。", "TY-COKE");
                a.pe("清徐-交城、平遥-介休-孝义片区实施大气污染联防联控，焦化企业完成超低排放改造。", "AIR-JOINT");
                a.er("加强柳林泉泉域和黄河沿岸水土流失区域风险防控。");
                a.re("推进吕梁山水土保持与水源涵养生态修复。");
            }
            default -> {
                a.sl("落实省级总体准入要求。");
                a.pe("落实省级污染物排放管控要求。");
                a.er("落实省级环境风险防控要求。");
                a.re("落实省级资源开发效率要求。");
            }
        }
        return c;
    }

    // ---------------------------------------------------------------- units

    /** Where a unit lies: the zones it overlaps (by type and name) and its joint air area, if any. */
    record Place(Set<String> rivers, boolean yellowShoreline, boolean yellow1km, boolean taiyuanBasin, boolean fenValley,
                 String jointAir, boolean subsidence, boolean saline, boolean closedSite) { }

    private static Place placeOf(GeneratedUnit u, STRtree index, List<ElementZone> zones) {
        Geometry g = u.unit().geometry();
        PreparedGeometry pg = PreparedGeometryFactory.prepare(g);
        Set<String> rivers = new LinkedHashSet<>();
        boolean yrs = false, yr1 = false, tyb = false, fv = false, sub = false, sal = false, cs = false;
        @SuppressWarnings("unchecked")
        List<ElementZone> hits = index.query(g.getEnvelopeInternal());
        hits.sort(java.util.Comparator.comparing(ElementZone::id));
        for (ElementZone z : hits) {
            if (!pg.intersects(z.geometry())) continue;
            double a = EqualAreaProjection.areaKm2(Shapes.intersection(g, z.geometry()));
            if (a < OVERLAP_KM2) continue;
            switch (z.type()) {
                case RIVER_SHORELINE -> rivers.add(z.name());
                case YELLOW_RIVER_SHORELINE -> yrs = true;
                case YELLOW_RIVER_1KM -> yr1 = true;
                case TAIYUAN_BASIN -> tyb = true;
                case FEN_VALLEY -> fv = true;
                case SUBSIDENCE_AREA -> sub = true;
                case SALINE_ALKALI_LAND -> sal = true;
                case CLOSED_SITE -> cs = true;
                default -> { }
            }
        }
        String air = null;
        for (Map.Entry<String, List<String>> e : Gazetteer.JOINT_AIR.entrySet()) {
            if (e.getValue().contains(u.unit().countyCode())) air = e.getKey();
        }
        return new Place(rivers, yrs, yr1, tyb, fv, air, sub, sal, cs);
    }

    private static List<Clause> unit(GeneratedUnit u, Place p) {
        List<Clause> c = new ArrayList<>();
        String code = u.code();
        Adder a = new Adder(c, ListLevel.UNIT, code, code + "-%s-%d");
        String county = UnitNames.countyLabel(u.unit().cityName(), u.unit().countyName());
        String label = u.label();
        UnitClass cls = u.unit().unitClass();
        switch (u.subtype()) {
            case ECOLOGICAL_RED_LINE -> {
                a.sl("严格执行生态保护红线管控要求：" + label + "生态保护红线内自然保护地核心保护区原则上禁止人为活动，其他区域严格禁止开发性、生产性建设活动，仅允许对生态功能不造成破坏的有限人为活动。", "PRIORITY");
                a.pe("不得新增工业污染源，与生态保护功能不符的现有设施依法有序退出。", "PRIORITY");
                a.er("加强" + label + "森林草原火灾和地质灾害风险防范，严防外来物种入侵。");
                a.re("以水源涵养、水土保持和生物多样性维护为主导功能，严格限制水资源和土地资源开发利用；历史遗留矿山开展生态修复。");
            }
            case NATURE_RESERVE -> {
                a.sl("依法管理" + label + "自然保护地：核心保护区禁止人为活动，一般控制区限制开发建设活动。", "PRIORITY");
                a.pe("保护地内禁止建设排放污染物的生产设施，旅游服务设施污水、垃圾全部收集处置。", "PRIORITY");
                a.er("建立" + label + "自然保护地生态风险监测预警，防范火灾、病虫害和外来物种入侵。");
                a.re("严格控制保护地内的水资源开发和土地开垦。");
            }
            case DRINKING_WATER_SOURCE -> {
                a.sl("依法管理" + county + label + "饮用水水源保护区：一级保护区内禁止新建、改建、扩建与供水设施和保护水源无关的建设项目；二级保护区内禁止新建、改建、扩建排放污染物的建设项目。", "PRIORITY");
                a.pe("保护区内禁止设置排污口，现有排污口依法拆除或关闭；实施面源污染综合治理。", "PRIORITY");
                a.er("完善" + label + "水源地突发环境事件应急预案，穿越保护区的道路、管线设置防撞、防渗和应急收集设施。");
                a.re("合理确定取水规模，严格控制地下水超采。");
            }
            case IMPORTANT_WETLAND -> {
                a.sl(label + "重要湿地内禁止围垦、填埋、排干湿地和擅自改变湿地用途，限制开发建设活动。", "PRIORITY");
                a.pe("禁止向湿地排放未经处理达标的污水，沿岸城镇生活污水应收尽收。", "PRIORITY");
                a.er("防范沿岸企业突发环境事件对" + label + "水体的影响。");
                a.re("保障" + label + "生态基流和湿地生态用水。");
            }
            case KARST_SPRING -> {
                a.sl(label + "泉域重点保护区内禁止新建、扩建可能污染岩溶水的建设项目，严格限制采矿、打井取水等活动。", "PRIORITY");
                a.pe("禁止向渗漏性强的河段和岩溶裸露区排放污水、倾倒废渣。", "PRIORITY");
                a.er("加强" + label + "岩溶地下水水质监测，防范煤矿老窑水等对岩溶水的污染风险。");
                a.re("严格控制岩溶地下水开采量，逐步压减超采量，促进泉水复流。");
            }
            case ECOLOGICAL_FOREST -> {
                a.sl("生态公益林内严格控制林地转为建设用地，限制开发建设活动，禁止毁林开垦。", "PRIORITY");
                a.pe("不得新建排放工业污染物的项目。", "PRIORITY");
                a.er("加强森林火灾和林业有害生物防控。");
                a.re("推进国土绿化和退化林修复，提升水源涵养和水土保持能力。");
            }
            case INDUSTRIAL_PARK -> {
                a.sl(label + "按照园区规划和规划环评确定的产业定位布局，优化园区内部功能分区，居住等敏感用地与工业用地之间设置防护距离。", "KEY-INDUSTRIAL");
                a.pe("园区企业污染物排放执行相应排放标准和总量控制要求，推进废水、废气、废渣集中集约治理；初期雨水和工业废水应收尽收、分质处理。", "KEY-INDUSTRIAL");
                a.er(label + "建立环境风险防控体系和突发环境事件应急预案，设置事故水池等三级防控设施。", "KEY-INDUSTRIAL");
                a.re("推进能源梯级利用和水资源循环利用，提升资源能源综合利用效率。", "KEY-INDUSTRIAL");
            }
            case CHEMICAL_PARK -> {
                a.sl(label + "严格执行化工园区认定和管理要求，新建化工项目应进入园区并符合园区规划环评。", "KEY-INDUSTRIAL");
                if (p.yellowShoreline()) {
                    a.sl(label + "位于黄河干流岸线管控范围内的区域不得新建、扩建化工项目，园区不得向岸线方向扩区。", "YR-CHEM");
                }
                a.pe(label + "推动实现废水零排放，废气污染物执行特别排放限值。", "CHEM-PARK-ZLD", "KEY-INDUSTRIAL");
                a.er("建设园区有毒有害气体预警和水环境风险三级防控体系，定期开展环境风险评估。", "KEY-INDUSTRIAL");
                a.re("推进园区循环化改造，提高工业用水重复利用率。", "KEY-INDUSTRIAL");
            }
            case URBAN_CENTRE -> {
                a.sl(county + "城镇中心优化空间布局，不再新建、扩建传统工业项目，现有传统产业有序退出或搬迁入园。", "KEY-URBAN");
                a.pe("城镇生活污水应收尽收，推进雨污分流；加强餐饮油烟、施工扬尘和移动源污染控制，建成区公共领域优先使用新能源车。", "KEY-URBAN");
                a.er("交通基础设施、工业集中区与噪声敏感建筑物集中区域布局相协调，落实噪声污染防治措施。", "NOISE");
                a.re("推进清洁取暖，提高再生水利用率。");
            }
            case MINING_AREA -> {
                a.sl(label + "煤炭开发严格执行矿产资源规划和规划环评，新建矿井避让生态保护红线和泉域重点保护区。");
                a.pe("矿井水处理后优先回用，煤矸石综合利用或规范处置；洗选、储运环节全封闭防尘。");
                a.er("加强采空区和地面沉陷监测，防范矿井水、煤矸石淋溶水污染地下水。");
                a.re("推进采煤沉陷区综合治理和矿山生态修复，因地制宜发展光伏、风电等新能源。", "RENEW");
            }
            case GENERAL -> {
                a.sl("落实生态环境保护基本要求，新建项目符合国土空间规划和产业政策，执行省、市总体准入要求。", "GENERAL");
                a.pe("加强农业面源污染治理，推进农村生活污水和垃圾治理。", "GENERAL");
                a.er("加强农用地土壤环境分类管理，防范畜禽养殖污染风险。", "GENERAL");
                a.re("推进节水灌溉，提高土地资源利用效率。", "GENERAL");
            }
        }
        // Clauses that depend on where the unit lies.
        if (p.yellowShoreline() && u.subtype() != org.ecozoning.model.UnitSubtype.CHEMICAL_PARK) {
            a.sl("单元内黄河干流岸线管控范围禁止新建、扩建化工园区和化工项目。", "YR-CHEM");
        }
        if (p.yellow1km()) a.sl("单元内黄河河道及干流岸线外推1公里范围禁止煤矿、土矿等勘查开采。", "YR-MINE-1KM");
        for (String river : p.rivers()) {
            a.sl(river + "沿岸禁止新建焦化、化工、农药、有色冶炼、造纸、电镀等高风险项目。", "RIVERS-HIGHRISK");
        }
        if (cls != UnitClass.PRIORITY_PROTECTION) {
            if (p.taiyuanBasin()) a.sl("位于太原盆地，不再新增独立焦化项目。", "TY-COKE");
            if (p.fenValley()) a.sl("位于汾河谷地，严控重污染产业规模，加快限制类涉气行业工艺装备淘汰退出。", "FEN-VALLEY");
            if (p.jointAir() != null) {
                a.pe("纳入" + p.jointAir() + "大气污染联防联控：钢铁、焦化、水泥等行业完成超低排放改造，铸造、石灰、砖瓦、煤化工等行业治理设施升级改造。", "AIR-JOINT");
            }
            if (p.subsidence()) a.re("单元内采煤沉陷区可依法依规建设风电、光伏发电等新能源项目。", "RENEW");
            if (p.saline()) a.re("单元内盐碱地可依法依规建设风电、光伏发电等新能源项目。", "RENEW");
        }
        if (p.closedSite()) {
            a.er("单元内焦化、农药等关闭搬迁地块再开发利用前应完成土壤污染状况调查和风险评估，落实风险管控和修复。", "SOIL-SITES");
        }
        return c;
    }

    /** Numbers clauses per dimension as it adds them. */
    private static final class Adder {
        private final List<Clause> out;
        private final ListLevel level;
        private final String scope;
        private final String idPattern;
        private final Map<Dimension, Integer> counts = new EnumMap<>(Dimension.class);

        Adder(List<Clause> out, ListLevel level, String scope, String idPattern) {
            this.out = out;
            this.level = level;
            this.scope = scope;
            this.idPattern = idPattern;
        }

        void add(Dimension d, String text, String... rules) {
            for (String r : rules) {
                if (!RULE_IDS.contains(r)) throw new IllegalArgumentException("unknown rule id " + r);
            }
            int n = counts.merge(d, 1, Integer::sum);
            out.add(new Clause(String.format(idPattern, ABBR.get(d), n), level, scope, d, text, List.of(rules)));
        }

        void sl(String t, String... r) { add(Dimension.SPATIAL_LAYOUT, t, r); }

        void pe(String t, String... r) { add(Dimension.POLLUTANT_EMISSION, t, r); }

        void er(String t, String... r) { add(Dimension.ENVIRONMENTAL_RISK, t, r); }

        void re(String t, String... r) { add(Dimension.RESOURCE_EFFICIENCY, t, r); }
    }
}
