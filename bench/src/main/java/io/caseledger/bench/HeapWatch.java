package io.caseledger.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap in use, sampled every 20 ms on a daemon thread (its highest reading is the peak a phase
 * needed, garbage included), and the live heap after a full collection (what the data kept in memory
 * costs). The JVM's -Xmx is the cap that proves a budget: a run under -Xmx512m that finishes used at most that.
 */
final class HeapWatch implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    HeapWatch() {
        sampler = new Thread(this::sample, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts a new phase: its peak is measured from now. */
    void reset() {
        peak = memory.getHeapMemoryUsage().getUsed();
    }

    long peakMiB() {
        return peak >> 20;
    }

    /** Heap still in use after the JVM was asked for a full collection. */
    static long liveMiB() {
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                used += pool.getUsage().getUsed();
            }
        }
        return used >> 20;
    }

    private void sample() {
        while (running) {
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used > peak) {
                peak = used;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
