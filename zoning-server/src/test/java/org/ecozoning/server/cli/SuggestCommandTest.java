package org.ecozoning.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SuggestCommandTest {

    private record Run(int exit, String out, String err) { }

    private static Run run(String... args) {
        CommandLine cli = ZoningCli.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void cokingDescriptionSuggestsCokingFirstWithNatureAndOutput() {
        Run r = run("suggest", "新建年产100万吨焦炭及配套化产回收项目");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("1. 2521").contains("建设性质 / nature: new").contains("annualOutput");
    }

    @Test
    void jsonFormatCarriesStatusAndCodes() {
        Run r = run("suggest", "200MW农光互补光伏电站", "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"status\" : \"OK\"").contains("\"code\" : \"4416\"").contains("capacityMW");
    }

    @Test
    void nonsenseGetsNoConfidentSuggestion() {
        Run r = run("suggest", "asdf qwer zxcv");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("无可信建议").doesNotContain("1. ");
    }

    @Test
    void badLimitIsAClearError() {
        Run r = run("suggest", "焦化", "--limit", "0");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("--limit");
    }
}
