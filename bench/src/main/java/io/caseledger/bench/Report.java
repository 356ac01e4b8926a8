package io.caseledger.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Prints the run's figures: progress as each phase ends, then one summary table. */
final class Report {

    private static final String ROW = "%-36s %7s %10s %9s %9s %9s%n";

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

    static void phases(String label, Benchmark.Round round, int threads) {
        System.out.printf("-- %s --%n", label);
        phase("EnrolClient, 1 thread", round.enrolOne());
        phase("EnrolClient, " + threads + " threads", round.enrolMany());
        phase("RecordContact, 1 thread", round.contactOne());
        phase("RecordContact, " + threads + " threads", round.contactMany());
    }

    private static void phase(String label, Load.Result result) {
        System.out.printf("%-28s %6.0f commands/s, p50 %.2f ms, p99 %.2f ms%n",
                label, result.perSecond(), result.percentileMillis(0.50), result.percentileMillis(0.99));
    }

    void summary(Benchmark.Round round, Load.Modes raw, double eventBytes) {
        String threads = options.threads() + " threads";
        System.out.printf("%n== Summary (fresh store, projections running) ==%n");
        System.out.printf(ROW, "mode", "ops", "ops/s", "p50 ms", "p99 ms", "max ms");
        row("Axon EnrolClient, 1 thread", round.enrolOne());
        row("Axon EnrolClient, " + threads, round.enrolMany());
        row("Axon RecordContact, 1 thread", round.contactOne());
        row("Axon RecordContact, " + threads, round.contactMany());
        row("raw JDBC insert, 1 thread", raw.sequential());
        row("raw JDBC insert, " + threads, raw.concurrent());
        System.out.println();
        ratio("EnrolClient / raw insert", round.enrolOne(), round.enrolMany(), raw, threads);
        ratio("RecordContact / raw insert", round.contactOne(), round.contactMany(), raw, threads);
        catchUp("caseload catch-up, 1 thread", round.enrolOne(), round.enrolOneCatchUp());
        catchUp("caseload catch-up, " + threads, round.enrolMany(), round.enrolManyCatchUp());
        System.out.printf("%-32s %.0f bytes (payload + metadata text of one stored event row)%n", "average stored event row", eventBytes);
        System.out.printf("%-32s %d MiB (sum of heap pools' peaks; includes Maven's own heap under exec:java)%n",
                "peak heap used", peakHeapBytes() >> 20);
        System.out.printf("%-32s %d cores, max heap %d MiB, Java %s, %s %s%n", "machine",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    private static void ratio(String label, Load.Result one, Load.Result many, Load.Modes raw, String threads) {
        System.out.printf("%-32s %.3f (1 thread)   %.3f (%s)%n", label,
                one.perSecond() / raw.sequential().perSecond(), many.perSecond() / raw.concurrent().perSecond(), threads);
    }

    /** The same phases after the store grew, each as a share of the fresh store's rate (1.00 = as fast). */
    void grown(int size, long added, Benchmark.Round round, Benchmark.Round fresh) {
        String threads = options.threads() + " threads";
        System.out.printf("%n== At %,d cases stored (%,d filler cases of %d events added) ==%n", size, added, Filler.EVENTS_PER_CASE);
        System.out.printf(ROW, "mode", "ops", "ops/s", "p50 ms", "p99 ms", "max ms");
        row("Axon EnrolClient, 1 thread", round.enrolOne());
        row("Axon EnrolClient, " + threads, round.enrolMany());
        row("Axon RecordContact, 1 thread", round.contactOne());
        row("Axon RecordContact, " + threads, round.contactMany());
        System.out.printf("%-32s %.2f / %.2f / %.2f / %.2f (of the fresh store's rate, same order)%n", "relative to the fresh store",
                round.enrolOne().perSecond() / fresh.enrolOne().perSecond(), round.enrolMany().perSecond() / fresh.enrolMany().perSecond(),
                round.contactOne().perSecond() / fresh.contactOne().perSecond(),
                round.contactMany().perSecond() / fresh.contactMany().perSecond());
        System.out.printf("%-32s %d MiB%n", "peak heap used so far", peakHeapBytes() >> 20);
    }

    static void longLived(LongLivedCase.Result result) {
        System.out.printf("%n== A case of %,d events, loaded from the store for each command (cache dropped) ==%n", result.events());
        System.out.printf(ROW, "mode", "ops", "ops/s", "p50 ms", "p99 ms", "max ms");
        row("RecordContact, from snapshot", result.fromSnapshot());
        row("RecordContact, from all events", result.fromEvents());
        System.out.printf("%-32s %.1fx faster at the median%n", "snapshot",
                result.fromEvents().percentileMillis(0.5) / result.fromSnapshot().percentileMillis(0.5));
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
