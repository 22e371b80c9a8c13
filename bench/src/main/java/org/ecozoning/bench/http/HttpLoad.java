package org.ecozoning.bench.http;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Command line of the load generator: the same request file against several HTTP servers, side by
 * side and interleaved. Used by {@code bench/run-getmap-vs-mapserver.sh}.
 *
 * <pre>
 * HttpLoad --case NAME --requests FILE --target NAME=URL-PREFIX [--target …] [--check png:256x256|json|contains:T|any]
 *          [--concurrency 1,4,16] [--rounds 2] [--warmup-s 3] [--duration-s 10] [--tsv FILE]
 * </pre>
 */
public final class HttpLoad {
    private HttpLoad() { }

    /** Parsed command line. */
    record Options(String label, Path requests, List<String[]> targets, String check, int[] concurrency, int rounds, double warmUpS,
                   double durationS, Path tsv) {
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("参数错误 / bad arguments: " + e.getMessage());
            System.exit(2);
            return;
        }
        List<Target> targets = new ArrayList<>();
        ResponseCheck check = ResponseCheck.parse(o.check());
        for (String[] t : o.targets()) targets.add(new HttpTarget(t[0], t[1], check));
        List<RequestLine> requests = RequestLine.read(o.requests());
        System.out.println("# " + o.label() + ": " + requests.size() + " requests, rounds " + o.rounds() + ", warm-up " + o.warmUpS()
                + " s, measured " + o.durationS() + " s per round and target");
        System.out.println("# " + Comparison.HEADER);
        new Comparison(o.label(), targets, requests, o.rounds(), (long) (o.warmUpS() * 1000), (long) (o.durationS() * 1000))
                .run(o.concurrency(), System.out, o.tsv());
    }

    static Options parse(String[] args) {
        String label = null;
        Path requests = null;
        List<String[]> targets = new ArrayList<>();
        String check = "any";
        int[] conc = {1, 4, 16};
        int rounds = 2;
        double warm = 3;
        double dur = 10;
        Path tsv = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) throw new IllegalArgumentException(a + " needs a value");
            String v = args[++i];
            switch (a) {
                case "--case" -> label = v;
                case "--requests" -> requests = Path.of(v);
                case "--target" -> {
                    int eq = v.indexOf('=');
                    if (eq <= 0) throw new IllegalArgumentException("--target must be NAME=URL-PREFIX, got " + v);
                    targets.add(new String[] {v.substring(0, eq), v.substring(eq + 1)});
                }
                case "--check" -> check = v;
                case "--concurrency" -> conc = Arrays.stream(v.split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray();
                case "--rounds" -> rounds = Integer.parseInt(v);
                case "--warmup-s" -> warm = Double.parseDouble(v);
                case "--duration-s" -> dur = Double.parseDouble(v);
                case "--tsv" -> tsv = Path.of(v);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (label == null || requests == null || targets.isEmpty()) throw new IllegalArgumentException("--case, --requests and --target are required");
        ResponseCheck.parse(check);
        return new Options(label, requests, targets, check, conc, rounds, warm, dur, tsv);
    }
}
