package org.ecozoning.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ecozoning.server.UserFacingException;
import org.ecozoning.store.SchemeStore;
import org.ecozoning.tracking.supervision.CaseQuery;
import org.ecozoning.tracking.supervision.CaseStore;
import org.ecozoning.tracking.supervision.SupervisionCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zoning cases list}: the supervision cases, newest detection first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = {"列出监管案件 / List supervision cases"}, synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
public final class CasesListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--status", paramLabel = "S", description = "状态：OPEN、ON_SITE_CHECK、CONFIRMED、DISMISSED、CLOSED 或中文名 / Status code or Chinese label")
    String status;

    @Option(names = "--county", paramLabel = "CODE", description = "区县代码 / County code")
    String county;

    @Option(names = "--year", paramLabel = "YEAR", description = "发现年份 / Year of detection")
    Integer year;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "最多列出，默认 ${DEFAULT-VALUE} / At most (default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "输出格式 / Output format (default ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > 10_000) {
            throw new UserFacingException("--limit 须在 1..10000 之间 / --limit must be 1..10000");
        }
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("text") && !f.equals("json")) {
            throw new UserFacingException("不支持的格式 " + format + "，应为 text 或 json / Unsupported format " + format + ", expected text or json");
        }
        CaseQuery q = CaseQuery.all().page(limit, 0).county(county).year(year).status(status == null ? null : CasesCommand.status(status));
        List<SupervisionCase> list;
        try (SchemeStore s = store.open()) {
            list = new CaseStore(s).list(q);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (f.equals("json")) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SupervisionCase c : list) {
                rows.add(json(c));
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
        } else {
            out.println(list.size() + " 件案件 / cases");
            for (SupervisionCase c : list) {
                out.println(String.format(Locale.ROOT, "#%d  %s  %s  %s:%s  %s  %s  单元 %s  修订 %d  %s", c.id(), c.status().name(), c.status().labelZh(),
                        c.source(), c.changeId(), c.detectedOn(), c.reason() == null ? "" : c.reason().labelZh(), String.join(",", c.unitCodes()),
                        c.revision(), c.summary() == null ? "" : c.summary()));
            }
        }
        out.flush();
        return 0;
    }

    static Map<String, Object> json(SupervisionCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("changeId", c.changeId());
        m.put("source", c.source());
        m.put("detectedOn", String.valueOf(c.detectedOn()));
        m.put("status", c.status().name());
        m.put("statusZh", c.status().labelZh());
        m.put("revision", c.revision());
        m.put("reason", c.reason() == null ? null : c.reason().name());
        m.put("verdict", c.verdict());
        m.put("ruleIds", c.ruleIds());
        m.put("unitCodes", c.unitCodes());
        m.put("countyCode", c.countyCode());
        m.put("summary", c.summary());
        m.put("areaM2", c.areaM2());
        m.put("versionId", c.versionId());
        m.put("openedAt", String.valueOf(c.openedAt()));
        m.put("openedBy", c.openedBy());
        m.put("updatedAt", c.updatedAt() == null ? null : c.updatedAt().toString());
        m.put("updatedBy", c.updatedBy());
        return m;
    }
}
