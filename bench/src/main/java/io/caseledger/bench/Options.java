package io.caseledger.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Command-line options: --cases N (default 5000), --threads T (default 4), --warmup W (default 300),
 * --grow-to A,B,C (after the first round, fill the store to A, then B, then C cases of filler history
 * and measure the command phases again at each size; default none), --profile (where the fresh store's
 * command phases spend this JVM's CPU, from Java Flight Recorder).
 */
record Options(int cases, int threads, int warmup, List<Integer> growTo, boolean profile) {

    static Options parse(String[] args) {
        int cases = 5000;
        int threads = 4;
        int warmup = 300;
        List<Integer> growTo = List.of();
        boolean profile = false;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--profile" -> {
                    profile = true;
                    continue;
                }
                case "--cases" -> cases = positive(args[i], value);
                case "--threads" -> threads = positive(args[i], value);
                case "--warmup" -> warmup = positive(args[i], value);
                case "--grow-to" -> growTo = Arrays.stream(value.split(",")).map(v -> positive("--grow-to", v.trim())).toList();
                default -> throw new IllegalArgumentException(
                        "unknown argument " + args[i] + "; usage: [--cases N] [--threads T] [--warmup W] [--grow-to A,B,C] [--profile]");
            }
            i++;
        }
        return new Options(cases, threads, warmup, growTo, profile);
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
