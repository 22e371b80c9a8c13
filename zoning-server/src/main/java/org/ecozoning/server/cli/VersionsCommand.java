package org.ecozoning.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.store.SchemeVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zoning versions}: lists the stored scheme versions with their lifecycle facts. */
@Command(name = "versions", mixinStandardHelpOptions = true,
        description = {"列出方案版本 / List the scheme versions"},
        synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
public final class VersionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "输出格式，默认 ${DEFAULT-VALUE} / Output format (default ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws Exception {
        List<SchemeVersion> versions;
        try (SchemeStore s = store.open()) {
            versions = s.versions();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equalsIgnoreCase("json")) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (SchemeVersion v : versions) {
                list.add(toMap(v));
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(list));
        } else if (format.equalsIgnoreCase("text")) {
            out.printf("%-4s %-10s %-8s %-12s %-12s %s%n", "编号", "状态", "类型", "备案日期", "生效日期", "名称 / id status kind filed effective name");
            for (SchemeVersion v : versions) {
                out.printf("%-6d %-10s %-8s %-12s %-12s %s%n", v.id(), v.status(), v.kind().labelZh(), str(v.filedDate()),
                        str(v.effectiveDate()), v.name());
            }
            if (versions.isEmpty()) {
                out.println("（没有版本 / no versions）");
            }
        } else {
            throw new org.ecozoning.server.UserFacingException("不支持的格式 " + format + "，应为 text 或 json / Unsupported format " + format
                    + ", expected text or json");
        }
        out.flush();
        return 0;
    }

    static Map<String, Object> toMap(SchemeVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("name", v.name());
        m.put("kind", v.kind().name());
        m.put("status", v.status().name());
        m.put("notes", v.notes());
        m.put("parentId", v.parentId());
        m.put("revision", v.revision());
        m.put("createdAt", str(v.createdAt()));
        m.put("createdBy", v.createdBy());
        m.put("updatedAt", str(v.updatedAt()));
        m.put("filedAuthority", v.filedAuthority());
        m.put("filedDate", str(v.filedDate()));
        m.put("effectiveDate", str(v.effectiveDate()));
        m.put("publishedAt", str(v.publishedAt()));
        m.put("supersededAt", str(v.supersededAt()));
        m.put("supersededBy", v.supersededBy());
        return m;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
