package org.ecozoning.sample;

import java.util.Locale;
import org.ecozoning.model.UnitClass;

/**
 * QA-REPORT.md: what the county repair found and did (invalid source polygons, overlaps, gaps,
 * fragments, simplification) and the checks the finished scheme passes. Deterministic text: no
 * timings, no dates.
 */
final class QaReport {
    private QaReport() { }

    static String render(SampleScheme s, SchemeStats st) {
        CountyRepair.Result r = s.repair();
        StringBuilder b = new StringBuilder();
        b.append("# 县级区划修复与样例方案质检报告 / County repair and sample-scheme QA report\n\n");
        b.append("由 `org.ecozoning.sample.SampleSchemeGenerator` 生成（种子 ").append(s.seed())
                .append("），勿手工编辑。/ Generated (seed ").append(s.seed()).append("); do not edit by hand.\n\n");
        b.append("面积均在以东经112.5°为中央经线的正弦等积投影中计算（km²）。/ Areas are computed in a sinusoidal equal-area projection centred on 112.5°E (km²).\n\n");

        b.append("## 1. 源数据 / Source\n\n");
        b.append(fmt("- 要素 / features: %d（%d 个城市 / cities）%n", s.sourceFeatures(), s.cities().size()));
        double srcArea = 0;
        for (double a : r.sourceAreaKm2()) srcArea += a;
        b.append(fmt("- 修复后各县面积之和 / sum of county areas after per-polygon fixing: %.3f km²%n", srcArea));
        b.append(fmt("- 最终全省面积 / final province area: %.3f km²%n%n", st.provinceKm2()));

        b.append("## 2. 自相交等无效多边形 / Invalid source polygons (fixed with JTS GeometryFixer)\n\n");
        b.append(fmt("共 %d 个 / %d polygons.%n%n", r.invalid().size(), r.invalid().size()));
        b.append("| adcode | 名称 | 错误 / error | 位置 / at | 修复前面积 km² | 修复后面积 km² |\n|---|---|---|---|---:|---:|\n");
        for (CountyRepair.InvalidSource i : r.invalid()) {
            b.append(fmt("| %s | %s | %s | %.5f, %.5f | %.4f | %.4f |%n", i.adcode(), i.name(), i.error(), i.x(), i.y(),
                    i.areaBeforeKm2(), i.areaAfterKm2()));
        }
        b.append('\n');

        b.append("## 3. 拓扑清理 / Coverage cleaning\n\n");
        b.append(fmt("全部边界以 10⁻⁶° 网格做 snap-rounding 结点化后多边形化，得到 %d 个面；仅被一个县覆盖的面归该县，"
                + "被多个县覆盖的面（重叠）归与之公共边最长的覆盖县，无县覆盖的内部面（缝隙）归与之公共边最长的邻县。%n"
                + "All borders were snap-rounded together onto a 10⁻⁶° grid and polygonized into %d faces; a face covered by one county "
                + "goes to it, an overlap face to the covering county sharing the longest border, a gap face to the neighbour sharing the longest border.%n%n",
                r.faces(), r.faces()));
        faces(b, "重叠 / Overlaps", r.overlaps());
        faces(b, "缝隙 / Gaps", r.gaps());
        faces(b, fmt("碎片（小于 %.1f km² 的脱离部分，源数据量化造成）/ Fragments (detached pieces below %.1f km², quantisation artefacts)",
                CountyRepair.FRAGMENT_KM2, CountyRepair.FRAGMENT_KM2), r.fragments());
        b.append(fmt("保持拓扑的覆盖简化（容差 %.4f°，约 30 m，低于源数据约 100 m 的精度）：顶点 %d → %d。%n"
                + "Topology-preserving coverage simplification (tolerance %.4f°): vertices %d → %d.%n%n",
                CountyRepair.SIMPLIFY_TOLERANCE_DEG, r.verticesBefore(), r.verticesAfter(),
                CountyRepair.SIMPLIFY_TOLERANCE_DEG, r.verticesBefore(), r.verticesAfter()));

        b.append("## 4. 县城位置 / County seats\n\n");
        int fallback = 0;
        StringBuilder list = new StringBuilder();
        for (UnitPlanner.Plan p : s.plans()) {
            if (!p.seatFromGazetteer()) {
                fallback++;
                list.append(fmt("- %s %s：%.4f, %.4f%n", p.county().adcode(), UnitNames.countyLabel(p.county()), p.seat()[0], p.seat()[1]));
            }
        }
        b.append(fmt("%d 个县采用近似县城坐标；%d 个县的坐标缺失或落在县界外，改用多边形内点：%n"
                + "%d counties use an approximate seat position; %d use the polygon's interior point instead:%n%n",
                s.plans().size() - fallback, fallback, s.plans().size() - fallback, fallback));
        b.append(list.length() == 0 ? "- （无 / none）\n" : list.toString()).append('\n');

        b.append("## 5. 单元划分 / Unit partition\n\n");
        UnitPartitioner.Result pr = s.partition();
        b.append(fmt("县界与全部单元轮廓统一结点化为 %d 个面，单元与县均由面合并而成；合并的细碎部分（< %.2f km²）：%d 处。%n"
                + "County borders and all unit outlines were noded together into %d faces; units and counties are unions of faces; crumbs merged (< %.2f km²): %d.%n%n",
                pr.faces(), UnitPartitioner.CRUMB_KM2, pr.crumbsMerged(), pr.faces(), UnitPartitioner.CRUMB_KM2, pr.crumbsMerged()));

        b.append("## 6. 检查结果 / Checks\n\n");
        b.append(fmt("- 无效县多边形 / invalid county polygons: %d%n", st.invalidCounties()));
        b.append(fmt("- 覆盖校验（JTS CoverageValidator）发现的问题边 / coverage validator findings: %d%n", st.coverageErrors()));
        b.append(fmt("- 无效单元多边形 / invalid unit polygons: %d%n", st.invalidUnits()));
        b.append(fmt("- 各县单元面积之和与县面积的最大相对差 / max relative difference between a county and the sum of its units: %.2e%n", st.maxPartitionRelError()));
        b.append(fmt("- 单元 / units: %d；优先保护 / priority %.1f %%，重点管控 / key %.1f %%，一般管控 / general %.1f %%%n",
                st.unitCount(), 100 * st.share(UnitClass.PRIORITY_PROTECTION), 100 * st.share(UnitClass.KEY_CONTROL),
                100 * st.share(UnitClass.GENERAL_CONTROL)));
        b.append(fmt("- 要素管控分区 / element zones: %d%n", s.zones().size()));
        b.append(fmt("- 准入清单条款 / access-list clauses: %d%n", s.clauses().size()));
        return b.toString();
    }

    private static void faces(StringBuilder b, String title, java.util.List<CountyRepair.FixedFace> faces) {
        double total = 0, max = 0;
        for (CountyRepair.FixedFace f : faces) {
            total += f.areaKm2();
            max = Math.max(max, f.areaKm2());
        }
        b.append("### ").append(title).append("\n\n");
        b.append(fmt("数量 / count: %d；总面积 / total: %.4f km²；最大 / largest: %.4f km²%n%n", faces.size(), total, max));
        if (faces.isEmpty()) return;
        b.append("| 涉及县 / counties | 归入 / assigned to | 面积 km² | 位置 / at |\n|---|---|---:|---|\n");
        for (CountyRepair.FixedFace f : faces) {
            b.append(fmt("| %s | %s | %.4f | %.5f, %.5f |%n", String.join(", ", f.coveringAdcodes()), f.assignedAdcode(),
                    f.areaKm2(), f.x(), f.y()));
        }
        b.append('\n');
    }

    static String fmt(String pattern, Object... args) { return String.format(Locale.ROOT, pattern, args); }
}
