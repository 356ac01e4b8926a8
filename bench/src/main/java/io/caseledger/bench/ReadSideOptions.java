package io.caseledger.bench;

import java.util.List;

/**
 * Options of the read-side benchmark: --cases N (100000), --per-manager M (70), --team-size T (10),
 * --threads L (2, loading threads), --queries Q (500 of each), --rebuild caseload|all|both (both),
 * --profile (print where each phase's CPU time goes), --mongodb-uri URI (a real MongoDB instead of the
 * embedded server; the run uses its database {@code caseledger_bench}, dropped first; {@code memory}: an
 * in-memory mongo-java-server in the benchmark's JVM, the embedded server without its H2 file).
 */
record ReadSideOptions(int cases, int perManager, int teamSize, int threads, int queries, List<String> rebuilds,
                       boolean profile, String mongodbUri) {

    static final String USAGE = "usage: [--cases N] [--per-manager M] [--team-size T] [--threads L] [--queries Q] "
            + "[--rebuild caseload|all|both] [--profile] [--mongodb-uri URI]";

    ReadSideOptions withMongodbUri(String uri) {
        return new ReadSideOptions(cases, perManager, teamSize, threads, queries, rebuilds, profile, uri);
    }

    static ReadSideOptions parse(String[] args) {
        int cases = 100_000;
        int perManager = 70;
        int teamSize = 10;
        int threads = 2;
        int queries = 500;
        List<String> rebuilds = List.of("caseload", "all");
        boolean profile = false;
        String uri = "";
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--cases" -> cases = Options.positive(args[i], value);
                case "--per-manager" -> perManager = Options.positive(args[i], value);
                case "--team-size" -> teamSize = Options.positive(args[i], value);
                case "--threads" -> threads = Options.positive(args[i], value);
                case "--queries" -> queries = Options.positive(args[i], value);
                case "--rebuild" -> rebuilds = switch (value) {
                    case "caseload" -> List.of("caseload");
                    case "all" -> List.of("all");
                    case "both" -> List.of("caseload", "all");
                    default -> throw new IllegalArgumentException("--rebuild takes caseload, all or both, not '" + value + "'");
                };
                case "--mongodb-uri" -> uri = value;
                case "--profile" -> {
                    profile = true;
                    continue;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; " + USAGE);
            }
            i++;
        }
        if (cases < perManager * teamSize) {
            throw new IllegalArgumentException("--cases must cover one full team: at least " + perManager * teamSize);
        }
        return new ReadSideOptions(cases, perManager, teamSize, threads, queries, rebuilds, profile, uri);
    }
}
