package io.agentwire.jsonrpc.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.ResourceLeakDetectorFactory;
import io.netty.util.ResourceLeakTracker;

class LeakDetectionExtensionTest {
    /** A type of its own so that the recorded leak is unmistakably ours. */
    static final class DeliberatelyLeakedResource {
    }

    @BeforeEach
    void silenceNettysLeakLog() {
        LeakDetectionExtension.logReports(false);
    }

    @AfterEach
    void forgetDeliberateLeaks() {
        LeakDetectionExtension.drainLeaks();
        LeakDetectionExtension.logReports(true);
    }

    @Test
    void leakReportedByNettyIsRecordedAndFailsVerification() throws InterruptedException {
        ResourceLeakDetector<DeliberatelyLeakedResource> detector =
                ResourceLeakDetectorFactory.instance().newResourceLeakDetector(DeliberatelyLeakedResource.class, 1);
        trackAndForget(detector);

        List<String> leaks = List.of();
        for (int attempt = 0; attempt < 100 && leaks.isEmpty(); attempt++) {
            System.gc();
            Thread.sleep(10);
            // Netty looks for collected, unclosed trackers when the next resource is tracked.
            DeliberatelyLeakedResource next = new DeliberatelyLeakedResource();
            ResourceLeakTracker<DeliberatelyLeakedResource> tracker = detector.trackForcibly(next);
            tracker.close(next);
            leaks = LeakDetectionExtension.drainLeaks();
        }
        assertFalse(leaks.isEmpty(), "the deliberate leak was not reported");
        assertTrue(leaks.get(0).contains(DeliberatelyLeakedResource.class.getSimpleName()), leaks.get(0));

        LeakDetectionExtension.record("Probe", "recorded by hand");
        AssertionError failure = assertThrows(AssertionError.class, () -> LeakDetectionExtension.verifyNoLeaks("probe"));
        assertTrue(failure.getMessage().contains("Probe"));
    }

    @Test
    void leakedByteBufIsReportedThroughNettysBufferDetector() {
        assumeTrue(ResourceLeakDetector.getLevel() == ResourceLeakDetector.Level.PARANOID,
                "needs -Dio.netty.leakDetection.level=paranoid (set by the build)");
        leakOneBuffer();
        List<String> leaks = List.of();
        for (int attempt = 0; attempt < 100 && leaks.isEmpty(); attempt++) {
            LeakDetectionExtension.provokeLeakReports();
            leaks = LeakDetectionExtension.drainLeaks();
        }
        assertFalse(leaks.isEmpty(), "a leaked ByteBuf went unnoticed (is the leak detection level paranoid?)");
        assertTrue(String.join("\n", leaks).contains("ByteBuf"), leaks.get(0));
    }

    private static void trackAndForget(ResourceLeakDetector<DeliberatelyLeakedResource> detector) {
        detector.trackForcibly(new DeliberatelyLeakedResource());
    }

    private static void leakOneBuffer() {
        ByteBuf leaked = ByteBufAllocator.DEFAULT.buffer(16);
        leaked.writeInt(42); // never released, on purpose
    }
}
