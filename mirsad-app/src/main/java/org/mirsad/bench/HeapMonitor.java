package org.mirsad.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The peak heap of a run, two ways: the heap in use just before each collection (from the
 * collectors' notifications: the highest the heap got between two collections) and a sample of the
 * heap in use every few milliseconds (which also sees a run too short to collect at all). Also the
 * highest heap still in use just after a collection: what the run really holds, garbage aside.
 */
final class HeapMonitor implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 10;

    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong livePeak = new AtomicLong();
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    HeapMonitor() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = (n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                        peak.accumulateAndGet(heapPart(info.getMemoryUsageBeforeGc()), Math::max);
                        livePeak.accumulateAndGet(heapPart(info.getMemoryUsageAfterGc()), Math::max);
                    }
                };
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException ignored) {
                        // already gone
                    }
                });
            }
        }
        sampler = new Thread(this::sample, "mirsad-bench-heap");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Highest heap in use seen, in bytes. */
    long peakBytes() {
        return peak.get();
    }

    /** Highest heap still in use after a collection, in bytes (0 when none ran). */
    long livePeakBytes() {
        return livePeak.get();
    }

    private void sample() {
        var memory = ManagementFactory.getMemoryMXBean();
        while (running) {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The heap pools' part of a collector's usage map (the map also holds code cache, metaspace …). */
    private static long heapPart(Map<String, MemoryUsage> usage) {
        long sum = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = usage.get(pool.getName());
            if (u != null && pool.getType() == java.lang.management.MemoryType.HEAP) {
                sum += u.getUsed();
            }
        }
        return sum;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        unsubscribe.forEach(Runnable::run);
    }
}
