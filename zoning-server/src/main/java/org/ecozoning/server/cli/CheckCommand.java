package org.ecozoning.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ecozoning.compliance.AssessmentReport;
import org.ecozoning.compliance.ProjectInput;
import org.ecozoning.compliance.ReportText;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.server.scheme.LoadedScheme;
import org.ecozoning.server.scheme.SampleBootstrap;
import org.ecozoning.server.scheme.SchemeLoader;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zoning check}: judges one planned project against the version in force and prints the
 * report (JSON as in docs/REPORT-SCHEMA.md, or readable Chinese text). Exits 0 whatever the
 * verdict; only bad input (geometry, industry, nature, store) gives a non-zero exit with a message.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"建设项目符合性研判，报告输出到标准输出 / Check a planned project against the scheme in force; the report goes to stdout"},
        synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--geometry", required = true, paramLabel = "WKT|GeoJSON|@FILE",
            description = "项目位置：WKT、GeoJSON 或 @文件 / Site: WKT, GeoJSON or @file")
    String geometry;

    @Option(names = "--crs", paramLabel = "EPSG:n", description = "坐标系，默认 EPSG:4490 / CRS (default EPSG:4490)")
    String crs;

    @Option(names = "--industry", required = true, paramLabel = "CODE",
            description = "国民经济行业分类代码（GB/T 4754-2017），如 2521 / Industry code, e.g. 2521")
    String industry;

    @Option(names = "--nature", required = true, paramLabel = "NATURE",
            description = "建设性质 new|expansion|rebuild|relocation（新建、扩建、改建、迁建）/ Project nature")
    String nature;

    @Option(names = "--capacity-mw", paramLabel = "N", description = "装机容量（兆瓦）/ Capacity in MW")
    Double capacityMw;

    @Option(names = "--attr", paramLabel = "K=V", description = "其他数值属性，可重复 / Other numeric attributes (repeatable)")
    Map<String, String> attrs = new LinkedHashMap<>();

    @Option(names = "--name", paramLabel = "TEXT", description = "项目名称 / Project name")
    String name;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
            description = "输出格式，默认 ${DEFAULT-VALUE} / Output format (default ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws IOException {
        boolean text = switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> false;
            case "text", "txt" -> true;
            default -> throw new UserFacingException("不支持的格式 " + format + "，应为 json 或 text / Unsupported format "
                    + format + ", expected json or text");
        };
        ProjectInput.Builder in = ProjectInput.builder()
                .industry(industry.trim())
                .nature(nature(nature))
                .crs(crs);
        String g = geometryText(geometry);
        if (g.stripLeading().startsWith("{")) {
            in.geoJson(g);
        } else {
            in.wkt(g);
        }
        if (capacityMw != null) {
            in.capacityMW(capacityMw);
        }
        attrs.forEach((k, v) -> in.attribute(k, number(k, v)));
        if (name != null) {
            in.name(name);
        }
        ProjectInput input = in.build();
        IndustryCatalog industries = IndustryCatalog.gbt4754();
        if (!industries.contains(industry.trim())) {
            throw new UserFacingException("未知的行业代码 " + industry + "（应为 GB/T 4754-2017 的门类、大类、中类或小类代码，如 2521）/ Unknown industry code "
                    + industry + " (expected a GB/T 4754-2017 code, e.g. 2521)");
        }
        AssessmentReport report;
        try (SchemeStore s = store.open()) {
            LoadedScheme loaded = loadCurrent(s, store.workspace(), industries);
            report = loaded.engine().assess(input);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (text) {
            out.print(ReportText.render(report));
        } else {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        }
        out.flush();
        return 0;
    }

    /**
     * @return the version in force, bootstrapping an empty store from the workspace sample first
     */
    static LoadedScheme loadCurrent(SchemeStore s, Path workspace, IndustryCatalog industries) {
        SampleBootstrap.ensurePublished(s, workspace);
        SchemeVersion v = s.published().orElseThrow(() -> new UserFacingException("没有已发布的方案版本 / No published version"));
        return new SchemeLoader(workspace, industries).load(s, v.id());
    }

    static ProjectNature nature(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "new", "新建" -> ProjectNature.NEW;
            case "expansion", "扩建" -> ProjectNature.EXPANSION;
            case "rebuild", "改建" -> ProjectNature.REBUILD;
            case "relocation", "迁建" -> ProjectNature.RELOCATION;
            default -> throw new UserFacingException("未知的建设性质 " + s + "，应为 new、expansion、rebuild 或 relocation / Unknown nature "
                    + s + ", expected new, expansion, rebuild or relocation");
        };
    }

    private static double number(String key, String v) {
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new UserFacingException("属性 " + key + " 的值 " + v + " 不是数字 / Attribute " + key + " is not a number: " + v);
        }
    }

    private static String geometryText(String arg) {
        if (!arg.startsWith("@")) {
            return arg;
        }
        Path file = Path.of(arg.substring(1));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserFacingException("无法读取几何文件 / Cannot read the geometry file " + file + ": " + e.getMessage(), e);
        }
    }
}
