package io.caseledger.bench;

/** Command-line options: --cases N (default 5000), --threads T (default 4), --warmup W (default 300). */
record Options(int cases, int threads, int warmup) {

    static Options parse(String[] args) {
        int cases = 5000;
        int threads = 4;
        int warmup = 300;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--cases" -> cases = positive(args[i], value);
                case "--threads" -> threads = positive(args[i], value);
                case "--warmup" -> warmup = positive(args[i], value);
                default -> throw new IllegalArgumentException(
                        "unknown argument " + args[i] + "; usage: [--cases N] [--threads T] [--warmup W]");
            }
            i++;
        }
        return new Options(cases, threads, warmup);
    }

    /** The whole number {@code value} of option {@code name}, refused unless it is above zero. */
    static int positive(String name, String value) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " needs a positive whole number, not '" + value + "'");
    }
}
