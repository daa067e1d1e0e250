package io.agentwire.bench.server;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/** Measures the current JVM: live heap (used right after full collections) and process CPU time. */
public final class HeapProbe {

    private HeapProbe() {
    }

    /**
     * Runs a few {@link System#gc()} rounds and returns the lowest used-heap reading, in bytes, together with the
     * committed heap at that moment. Several rounds because one collection may leave objects that only become
     * unreachable after finalisation-like cleanups (cleaners, weak maps) ran.
     */
    public static long[] usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        long committed = 0;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            if (heap.getUsed() < used) {
                used = heap.getUsed();
                committed = heap.getCommitted();
            }
        }
        return new long[] {used, committed};
    }

    /** CPU time consumed by this whole process so far, in nanoseconds, or -1 where the JVM cannot tell. */
    public static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : -1;
    }
}
