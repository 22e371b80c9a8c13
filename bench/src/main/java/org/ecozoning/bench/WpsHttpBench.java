package org.ecozoning.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ecozoning.assist.industry.IndustrySuggester;
import org.ecozoning.bench.http.Comparison;
import org.ecozoning.bench.http.HttpTarget;
import org.ecozoning.bench.http.RequestLine;
import org.ecozoning.bench.http.ResponseCheck;
import org.ecozoning.bench.http.Target;
import org.ecozoning.compliance.ComplianceEngine;
import org.ecozoning.compliance.ProjectInput;
import org.ecozoning.rules.ProjectNature;
import org.ecozoning.industry.IndustryCatalog;
import org.ecozoning.rules.RuleSet;
import org.ecozoning.rules.RuleSetLoader;
import org.ecozoning.scheme.Scheme;
import org.ecozoning.scheme.SchemeFiles;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

/**
 * Protocol overhead of the admission-compliance process: the same point, 200-vertex site polygon
 * and 50 km route (the cases of {@link ComplianceEngineBenchmark}) assessed in process (engine +
 * the process's JSON serialisation), through WPS 1.0.0 Execute (XML POST, RawDataOutput=report)
 * and through OGC API Processes ({@code POST /ogcapi/processes/admission-compliance/execution}),
 * interleaved; then the portal's industry suggestion over HTTP against the suggester in process.
 * The server must serve the sample workspace (same scheme and rules as loaded here). Run with
 * {@code bench/run-wps-http.sh}.
 *
 * <pre>WpsHttpBench BASE-URL [--concurrency 1,4,16] [--rounds 2] [--warmup-s 3] [--duration-s 10] [--tsv FILE] [--only wps|suggest] [--case point|site|route]</pre>
 */
public final class WpsHttpBench {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WpsHttpBench() { }

    /** One assessment case: the WKT sent over HTTP and the identical geometry used in process. */
    record Case(String name, String wkt, String industry) { }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("用法 / usage: WpsHttpBench BASE-URL [--concurrency 1,4,16] [--rounds 2] [--warmup-s 3] [--duration-s 10] [--tsv FILE] [--only wps|suggest]");
            System.exit(2);
        }
        String base = args[0].replaceAll("/+$", "");
        int[] conc = {1, 4, 16};
        int rounds = 2;
        double warm = 3, dur = 10;
        Path tsv = null;
        String only = null;
        String caseFilter = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--concurrency" -> conc = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--warmup-s" -> warm = Double.parseDouble(args[i + 1]);
                case "--duration-s" -> dur = Double.parseDouble(args[i + 1]);
                case "--tsv" -> tsv = Path.of(args[i + 1]);
                case "--only" -> only = args[i + 1];
                case "--case" -> caseFilter = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long w = (long) (warm * 1000), d = (long) (dur * 1000);
        System.out.println("# " + Comparison.HEADER);
        if (only == null || only.equals("wps")) {
            IndustryCatalog catalog = IndustryCatalog.gbt4754();
            RuleSet rules = new RuleSetLoader(catalog).load(ComplianceEngineBenchmark.find("workspace/rules/shanxi-rules.json"));
            Scheme scheme = SchemeFiles.load(ComplianceEngineBenchmark.find("workspace/sample"), rules);
            ComplianceEngine engine = new ComplianceEngine(scheme, catalog);
            for (Case c : cases(scheme)) {
                if (caseFilter != null && !c.name().contains(caseFilter)) continue;
                Geometry g = new WKTReader().read(c.wkt());
                ProjectInput in = ProjectInput.builder().geometry(g).crs("EPSG:4490").industry(c.industry()).nature(ProjectNature.NEW).build();
                Target inProcess = new Target() {
                    @Override public String name() { return "in-process"; }
                    @Override public long call(RequestLine r) throws Exception { return JSON.writeValueAsBytes(engine.assess(in)).length; }
                };
                ResponseCheck report = ResponseCheck.contains("\"verdict\"");
                Target wps = new HttpTarget("wps-xml-post", base, report);
                Target api = new HttpTarget("ogcapi-processes", base, report);
                RequestLine wpsReq = new RequestLine("POST", "/wps", "application/xml", wpsExecute(c));
                RequestLine apiReq = new RequestLine("POST", "/ogcapi/processes/admission-compliance/execution", "application/json", apiExecute(c));
                // the three targets read different requests: wrap so that each gets its own line
                List<Target> targets = List.of(inProcess, fixed(wps, wpsReq), fixed(api, apiReq));
                new Comparison("admission-" + c.name(), targets, List.of(RequestLine.of("/")), rounds, w, d).run(conc, System.out, tsv);
            }
        }
        if (only == null || only.equals("suggest")) {
            String[] texts = {"新建年产100万吨焦炭及配套化产回收项目", "200MW农光互补光伏电站", "光伏", "年产30万吨甲醇技改项目，配套建设污水处理站",
                "新建宠物医院", "2×660MW超超临界燃煤发电机组", "生活垃圾焚烧发电项目", "asdf qwer", "城市轨道交通线路", "某煤业120万吨/年矿井技术改造"};
            IndustrySuggester s = IndustrySuggester.shipped();
            List<RequestLine> reqs = new ArrayList<>();
            for (String t : texts) reqs.add(RequestLine.of("/api/industries/suggest?q=" + URLEncoder.encode(t, StandardCharsets.UTF_8)));
            Target inProcess = new Target() {
                @Override public String name() { return "in-process"; }
                @Override public long call(RequestLine r) {
                    String q = java.net.URLDecoder.decode(r.suffix().substring(r.suffix().indexOf("q=") + 2), StandardCharsets.UTF_8);
                    return s.suggest(q, 5).suggestions().size();
                }
            };
            new Comparison("suggest", List.of(inProcess, new HttpTarget("http", base, ResponseCheck.contains("\"suggestions\""))), reqs, rounds, w, d)
                    .run(conc, System.out, tsv);
        }
    }

    /** A target that ignores the cycled request and always sends {@code line}. */
    static Target fixed(Target t, RequestLine line) {
        return new Target() {
            @Override public String name() { return t.name(); }
            @Override public long call(RequestLine ignored) throws Exception { return t.call(line); }
        };
    }

    static List<Case> cases(Scheme s) {
        Geometry unitNearTaiyuan = s.units().stream()
                .filter(u -> u.geometry().contains(SyntheticScheme.GF.createPoint(new Coordinate(112.55, 37.85)))).findFirst().orElseThrow()
                .geometry();
        Coordinate inside = unitNearTaiyuan.getInteriorPoint().getCoordinate();
        WKTWriter ww = new WKTWriter();
        return List.of(
                new Case("point", ww.write(SyntheticScheme.GF.createPoint(inside)), "2614"),
                new Case("site-polygon-200v", ww.write(ComplianceEngineBenchmark.Shapes.circle(inside.x, inside.y, 300, 200)), "2614"),
                new Case("route-50km-500v", ww.write(ComplianceEngineBenchmark.Shapes.route(112.20, 37.40, 50_000, 500)), "4811"));
    }

    static String wpsExecute(Case c) {
        return "<wps:Execute service=\"WPS\" version=\"1.0.0\" xmlns:wps=\"http://www.opengis.net/wps/1.0.0\" xmlns:ows=\"http://www.opengis.net/ows/1.1\">"
                + "<ows:Identifier>zoning:AdmissionCompliance</ows:Identifier><wps:DataInputs>"
                + "<wps:Input><ows:Identifier>geometry</ows:Identifier><wps:Data><wps:ComplexData mimeType=\"application/wkt\">" + c.wkt()
                + "</wps:ComplexData></wps:Data></wps:Input>" + literal("crs", "EPSG:4490") + literal("industry", c.industry()) + literal("nature", "new")
                + "</wps:DataInputs><wps:ResponseForm><wps:RawDataOutput mimeType=\"application/json\"><ows:Identifier>report</ows:Identifier>"
                + "</wps:RawDataOutput></wps:ResponseForm></wps:Execute>";
    }

    private static String literal(String id, String v) {
        return "<wps:Input><ows:Identifier>" + id + "</ows:Identifier><wps:Data><wps:LiteralData>" + v + "</wps:LiteralData></wps:Data></wps:Input>";
    }

    static String apiExecute(Case c) {
        return String.format(Locale.ROOT, "{\"inputs\":{\"geometry\":{\"value\":\"%s\",\"mediaType\":\"application/wkt\"},\"crs\":\"EPSG:4490\","
                + "\"industry\":\"%s\",\"nature\":\"new\"},\"outputs\":{\"report\":{}}}", c.wkt(), c.industry());
    }
}
