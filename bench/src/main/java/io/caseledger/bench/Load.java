package io.caseledger.bench;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/** Runs {@code n} numbered operations on {@code threads} closed-loop client threads, timing each one. */
final class Load {

    private Load() {
    }

    /** The same work measured from one client thread, then from several. */
    record Modes(Result sequential, Result concurrent) {
    }

    /** Throughput over the wall time of the whole run, latency percentiles over single operations. */
    record Result(int threads, long wallNanos, long[] sortedNanos) {

        double perSecond() {
            return sortedNanos.length / (wallNanos / 1e9);
        }

        double percentileMillis(double quantile) {
            int rank = (int) Math.ceil(quantile * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank))] / 1e6;
        }

        double maxMillis() {
            return sortedNanos[sortedNanos.length - 1] / 1e6;
        }
    }

    /**
     * Each thread takes the next number and runs it, so a slow operation holds up only its own
     * thread. Every slot of the latency array is written by exactly one thread, and the pool's
     * termination publishes the writes, so no locking is needed on the hot path. The first failure
     * stops every thread and is rethrown: a benchmark of partly failed work would mislead.
     */
    static Result run(int n, int threads, IntConsumer operation) throws InterruptedException {
        long[] nanos = new long[n];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < n && failure.get() == null; i = next.getAndIncrement()) {
                    long began = System.nanoTime();
                    try {
                        operation.accept(i);
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                    nanos[i] = System.nanoTime() - began;
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
            throw new IllegalStateException("load did not finish within an hour");
        }
        long wall = System.nanoTime() - start;
        if (failure.get() != null) {
            throw new IllegalStateException("an operation failed", failure.get());
        }
        Arrays.sort(nanos);
        return new Result(threads, wall, nanos);
    }
}
