package io.caseledger.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Prints the run's figures: progress as each phase ends, then one summary table. */
final class Report {

    private static final String ROW = "%-32s %7s %10s %9s %9s %9s%n";

    private final Options options;

    Report(Options options) {
        this.options = options;
    }

    void machine() {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("CaseLedger benchmark: %d cases per mode, %d client threads, %d warm-up commands%n",
                options.cases(), options.threads(), options.warmup());
        System.out.printf("Java %s (%s %s), %s %s, %d cores, max heap %d MiB%n%n",
                System.getProperty("java.version"), System.getProperty("java.vm.vendor"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.arch"), runtime.availableProcessors(), runtime.maxMemory() >> 20);
    }

    void phase(String label, Load.Result result, Store.CatchUp catchUp) {
        System.out.printf("%s: %.0f commands/s, p50 %.2f ms, p99 %.2f ms; caseload caught up %.0f ms after the last command%n",
                label, result.perSecond(), result.percentileMillis(0.50), result.percentileMillis(0.99), catchUp.lagNanos() / 1e6);
    }

    void summary(Load.Modes axon, Store.CatchUp sequentialCatchUp, Store.CatchUp concurrentCatchUp,
                 Load.Modes raw, double eventBytes) {
        String threads = options.threads() + " threads";
        System.out.printf("%n== Summary ==%n");
        System.out.printf(ROW, "mode", "ops", "ops/s", "p50 ms", "p99 ms", "max ms");
        row("Axon EnrollClient, 1 thread", axon.sequential());
        row("Axon EnrollClient, " + threads, axon.concurrent());
        row("raw JDBC single-row insert, 1 thread", raw.sequential());
        row("raw JDBC single-row insert, " + threads, raw.concurrent());
        System.out.println();
        System.out.printf("%-32s %.3f (1 thread)   %.3f (%s)%n", "Axon commands/s / raw inserts/s",
                axon.sequential().perSecond() / raw.sequential().perSecond(),
                axon.concurrent().perSecond() / raw.concurrent().perSecond(), threads);
        catchUp("caseload catch-up, 1 thread", axon.sequential(), sequentialCatchUp);
        catchUp("caseload catch-up, " + threads, axon.concurrent(), concurrentCatchUp);
        System.out.printf("%-32s %.0f bytes (payload + metadata text of one stored event row)%n", "average stored event row", eventBytes);
        System.out.printf("%-32s %d MiB (sum of heap pools' peaks; includes Maven's own heap under exec:java)%n",
                "peak heap used", peakHeapBytes() >> 20);
        System.out.printf("%-32s %d cores, max heap %d MiB, Java %s, %s %s%n", "machine",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    private static void row(String label, Load.Result result) {
        System.out.printf(ROW, label, result.sortedNanos().length, String.format("%.0f", result.perSecond()),
                String.format("%.2f", result.percentileMillis(0.50)), String.format("%.2f", result.percentileMillis(0.99)),
                String.format("%.2f", result.maxMillis()));
    }

    /**
     * The projection runs while commands are sent, so its rate is given end to end (events over
     * the time from the first command to the last row) and for draining what was left at the end.
     */
    private static void catchUp(String label, Load.Result commands, Store.CatchUp catchUp) {
        int events = commands.sortedNanos().length;
        double endToEnd = events / ((commands.wallNanos() + catchUp.lagNanos()) / 1e9);
        // A handful of events left over says the projection kept up; their rate would be noise.
        String drain = catchUp.backlog() >= 50
                ? String.format("%.0f events/s", catchUp.backlog() / (catchUp.lagNanos() / 1e9)) : "kept up";
        System.out.printf("%-32s %.0f events/s end to end; %d events behind at the last command, drained in %.0f ms (%s)%n",
                label, endToEnd, catchUp.backlog(), catchUp.lagNanos() / 1e6, drain);
    }

    /** Peaks of the heap pools (eden, survivor, old) summed: each pool's peak, not one instant's total. */
    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
