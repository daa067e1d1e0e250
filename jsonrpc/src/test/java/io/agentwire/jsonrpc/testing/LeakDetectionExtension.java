package io.agentwire.jsonrpc.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.ResourceLeakDetectorFactory;

/**
 * Fails a test when Netty's {@link ResourceLeakDetector} reports a leak while it runs.
 *
 * <p>Netty only logs leaks, which nobody reads in a green build. This extension installs a
 * {@link ResourceLeakDetectorFactory} whose detectors also record every report; after each test the records
 * are checked, and after each test class the JVM is asked to collect garbage and a few buffers are allocated,
 * because Netty reports a collected-but-unreleased buffer only on a later allocation. A leak found then fails
 * the class. Registered for every test class through JUnit's extension auto-detection (service file in this
 * module's test-jar; the consuming module must enable {@code junit.jupiter.extensions.autodetection.enabled}).
 *
 * <p>The factory must be in place before Netty creates its buffer leak detector (when {@code AbstractByteBuf}
 * is initialised); loading this class early, as auto-detection does, takes care of that. If Netty was
 * initialised first, the existing buffer detector gets a leak listener instead.
 */
public final class LeakDetectionExtension implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    private static final ConcurrentLinkedQueue<String> LEAKS = new ConcurrentLinkedQueue<>();
    /** Off only while a test leaks on purpose, so the build log shows no alarming leak report. */
    private static volatile boolean logReports = true;

    static {
        install();
    }

    /** Idempotent; called from the static initialiser. */
    public static synchronized void install() {
        if (ResourceLeakDetectorFactory.instance() instanceof RecordingFactory) {
            return;
        }
        ResourceLeakDetectorFactory.setResourceLeakDetectorFactory(new RecordingFactory());
        hookAlreadyCreatedBufferDetector();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void hookAlreadyCreatedBufferDetector() {
        try {
            Class<?> abstractByteBuf = Class.forName("io.netty.buffer.AbstractByteBuf", false,
                    LeakDetectionExtension.class.getClassLoader());
            java.lang.reflect.Field field = abstractByteBuf.getDeclaredField("leakDetector");
            field.setAccessible(true);
            // Reading the static field initialises the class; with our factory installed it creates a recording one.
            Object detector = field.get(null);
            if (detector instanceof ResourceLeakDetector && !(detector instanceof RecordingDetector)) {
                ((ResourceLeakDetector) detector).setLeakListener((type, records) -> record(type, records));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // A Netty version without this field: the factory alone has to do.
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        LEAKS.clear(); // leaks of an earlier class were already reported there
    }

    @Override
    public void afterEach(ExtensionContext context) {
        verifyNoLeaks(context.getDisplayName());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        provokeLeakReports();
        verifyNoLeaks(context.getDisplayName() + " (after garbage collection)");
    }

    /** Collects garbage and allocates, so that leaked buffers that became unreachable get reported now. */
    public static void provokeLeakReports() {
        for (int round = 0; round < 3; round++) {
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            for (ByteBufAllocator allocator : List.of(ByteBufAllocator.DEFAULT, PooledByteBufAllocator.DEFAULT,
                    UnpooledByteBufAllocator.DEFAULT)) {
                ByteBuf probe = allocator.buffer(8);
                probe.release();
            }
        }
    }

    /** Throws an {@link AssertionError} describing every leak reported since the last check, and forgets them. */
    public static void verifyNoLeaks(String where) {
        List<String> leaks = drainLeaks();
        if (!leaks.isEmpty()) {
            throw new AssertionError("Netty reported " + leaks.size() + " resource leak(s) during " + where + ":\n"
                    + String.join("\n----\n", leaks));
        }
    }

    /** Returns and forgets the leaks reported so far. */
    public static List<String> drainLeaks() {
        List<String> drained = new ArrayList<>();
        String leak;
        while ((leak = LEAKS.poll()) != null) {
            drained.add(leak);
        }
        return drained;
    }

    static void logReports(boolean enabled) {
        logReports = enabled;
    }

    static void record(String resourceType, String records) {
        LEAKS.add("LEAK of " + resourceType + (records == null || records.isEmpty() ? "" : ":\n" + records));
    }

    private static final class RecordingFactory extends ResourceLeakDetectorFactory {
        @Override
        @SuppressWarnings("deprecation") // abstract in Netty, so it must be implemented; maxActive is unused there
        public <T> ResourceLeakDetector<T> newResourceLeakDetector(Class<T> resource, int samplingInterval, long maxActive) {
            return new RecordingDetector<>(resource, samplingInterval);
        }

        @Override
        public <T> ResourceLeakDetector<T> newResourceLeakDetector(Class<T> resource, int samplingInterval) {
            return new RecordingDetector<>(resource, samplingInterval);
        }
    }

    private static final class RecordingDetector<T> extends ResourceLeakDetector<T> {
        RecordingDetector(Class<T> resource, int samplingInterval) {
            super(resource, samplingInterval);
        }

        @Override
        protected boolean needReport() {
            return true; // report even when the error log level is off
        }

        @Override
        protected void reportTracedLeak(String resourceType, String records) {
            record(resourceType, records);
            if (logReports) {
                super.reportTracedLeak(resourceType, records);
            }
        }

        @Override
        protected void reportUntracedLeak(String resourceType) {
            record(resourceType, null);
            if (logReports) {
                super.reportUntracedLeak(resourceType);
            }
        }
    }
}
