package io.agentwire.bench.aonp;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

import io.netty.buffer.PooledByteBufAllocator;

/**
 * Samples the heap every few milliseconds on a daemon thread and keeps the peak growth over a baseline taken after
 * a GC. It counts every heap pool but eden: eden holds only objects allocated since the last young GC, mostly
 * short-lived garbage (kwik allocates a byte array per packet), while anything a transfer really holds on to
 * survives into the survivor and old pools. Promoted garbage still counts, so the figure errs on the high side.
 * Netty's pooled direct memory is added, since the TCP path buffers there.
 */
final class HeapSampler implements AutoCloseable {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && !p.getName().contains("Eden")).toList();
    private final long baseline;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler() {
        System.gc();
        baseline = live();
        peak = baseline;
        thread = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, live());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private long live() {
        long used = 0;
        for (MemoryPoolMXBean pool : pools) {
            used += pool.getUsage().getUsed();
        }
        // Netty's pooled buffers live off-heap; a transport that buffered there would otherwise look free
        return used + PooledByteBufAllocator.DEFAULT.metric().usedDirectMemory();
    }

    /** Peak growth in bytes of the non-eden heap since the baseline. */
    long peakGrowth() {
        peak = Math.max(peak, live());
        return Math.max(0, peak - baseline);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
