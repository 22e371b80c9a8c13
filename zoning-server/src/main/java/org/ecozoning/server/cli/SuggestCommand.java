package org.ecozoning.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ecozoning.assist.industry.IndustrySuggester;
import org.ecozoning.assist.industry.Suggestion;
import org.ecozoning.assist.industry.SuggestionResult;
import org.ecozoning.assist.text.Quantity;
import org.ecozoning.server.UserFacingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zoning suggest "TEXT"}: from a free Chinese project description, the ranked GB/T 4754-2017
 * classes with confidence and matched words, the project nature and the quantities read — so that a
 * user who does not know the codes can still run {@code zoning check}.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"由项目描述推荐国民经济行业分类代码 / Suggest GB/T 4754-2017 industry codes from a project description"},
        synopsisHeading = "用法 / Usage: ", descriptionHeading = "%n", optionListHeading = "%n选项 / Options:%n")
public final class SuggestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEXT", description = "项目描述 / Project description, e.g. 新建年产100万吨焦炭项目")
    String text;

    @Option(names = "--limit", defaultValue = "5", description = "最多几条建议，默认 ${DEFAULT-VALUE} / Maximum suggestions")
    int limit;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "输出格式，默认 ${DEFAULT-VALUE} / Output format (default ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > 50) {
            throw new UserFacingException("--limit 应在 1 到 50 之间 / --limit must be between 1 and 50");
        }
        SuggestionResult result = IndustrySuggester.shipped().suggest(text, limit);
        PrintWriter out = spec.commandLine().getOut();
        switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> out.println(new ObjectMapper().findAndRegisterModules()
                    .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
            case "text" -> printText(result, out);
            default -> throw new UserFacingException("不支持的格式 " + format + "，应为 text 或 json / Unsupported format "
                    + format + ", expected text or json");
        }
        out.flush();
        return 0;
    }

    private static void printText(SuggestionResult r, PrintWriter out) {
        out.println(r.messageZh() + " / " + r.messageEn());
        int rank = 1;
        for (Suggestion s : r.suggestions()) {
            out.printf("%d. %-5s %s  置信度 / confidence %.2f  匹配 / matched: %s%n", rank++, s.code(), s.nameZh(),
                    s.confidence(), String.join("、", s.matchedWords()));
        }
        if (r.parsed() != null) {
            if (r.parsed().nature() != null) {
                out.println("建设性质 / nature: " + r.parsed().nature().name().toLowerCase(Locale.ROOT)
                        + (r.parsed().natureStated() ? "" : "（推断 / implied）"));
            }
            for (Quantity q : r.parsed().quantities()) {
                out.println("数量 / quantity: " + q);
            }
        }
        out.println("（推荐结果仅供参考，请确认 / suggestions are inferred, please confirm）");
    }
}
