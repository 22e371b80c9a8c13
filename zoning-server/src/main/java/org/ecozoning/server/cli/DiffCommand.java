package org.ecozoning.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.diff.ChangeKind;
import org.ecozoning.store.diff.ClauseChange;
import org.ecozoning.store.diff.DiffGeoJson;
import org.ecozoning.store.diff.SchemeDiff;
import org.ecozoning.store.diff.UnitChange;
import org.ecozoning.store.diff.ZoneChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zoning diff A B}: what changed from version A to version B (units, zones, clauses). */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"比较两个方案版本 / Compare two scheme versions"},
        synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
public final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "A", description = "原版本编号或 current / From version (id or current)")
    String from;

    @Parameters(index = "1", paramLabel = "B", description = "新版本编号或 current / To version (id or current)")
    String to;

    @Option(names = "--format", paramLabel = "text|json|geojson", defaultValue = "text",
            description = "输出格式，默认 ${DEFAULT-VALUE} / Output format (default ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws Exception {
        SchemeDiff d;
        try (SchemeStore s = store.open()) {
            d = s.diff(VersionRef.resolve(s, from), VersionRef.resolve(s, to));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(d));
            case "geojson" -> out.println(DiffGeoJson.toString(d));
            case "text", "txt" -> out.print(text(d));
            default -> throw new UserFacingException("不支持的格式 " + format + "，应为 text、json 或 geojson / Unsupported format "
                    + format + ", expected text, json or geojson");
        }
        out.flush();
        return 0;
    }

    static String text(SchemeDiff d) {
        StringBuilder b = new StringBuilder();
        b.append("版本 #").append(d.fromVersion()).append(" → #").append(d.toVersion()).append(" 的变化 / changes\n");
        if (d.isEmpty()) {
            return b.append("无变化 / no changes\n").toString();
        }
        d.summary().forEach((k, v) -> b.append("  ").append(k).append(": ").append(v).append('\n'));
        for (UnitChange u : d.units()) {
            b.append("单元 / unit ").append(u.code()).append(' ').append(u.name() == null ? nz(u.previousName()) : u.name()).append("：")
                    .append(kinds(u.kinds()));
            if (u.changedArea() != null) {
                b.append(String.format(Locale.ROOT, "，变化面积 %.0f m²", u.changedArea()));
            }
            b.append('\n');
        }
        for (ZoneChange z : d.zones()) {
            b.append("分区 / zone ").append(z.id()).append(' ').append(nz(z.name())).append("：").append(kinds(z.kinds())).append('\n');
        }
        for (ClauseChange c : d.clauses()) {
            b.append("条款 / clause ").append(c.id()).append("：").append(c.kind().labelZh()).append('\n');
        }
        return b.toString();
    }

    private static String kinds(java.util.List<ChangeKind> kinds) {
        return String.join("、", kinds.stream().map(ChangeKind::labelZh).toList());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
