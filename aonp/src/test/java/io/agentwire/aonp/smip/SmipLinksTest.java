package io.agentwire.aonp.smip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.agentwire.aonp.m2tp.Delivery;
import io.agentwire.aonp.m2tp.M2tpEndpoint;
import io.agentwire.aonp.m2tp.M2tpInbound;
import io.agentwire.aonp.m2tp.M2tpLink;
import io.agentwire.aonp.m2tp.MessageMeta;
import io.agentwire.aonp.m2tp.ProgressListener;
import io.agentwire.aonp.m2tp.TestNodes;
import io.agentwire.aonp.m2tp.Track;
import io.agentwire.aonp.node.AonpConnector;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;
import io.agentwire.aonp.wire.Frame;

/**
 * SMIP on a node's M2TP links, over TCP and over QUIC: sessions and M2TP transfers share one listener, and a
 * session survives the server dropping its link in the middle of invocations.
 */
@Timeout(120)
class SmipLinksTest {
    private static final int INVOCATIONS = 200;

    @ParameterizedTest(name = "quic={0}")
    @ValueSource(booleans = {false, true})
    void sessionsResumeAfterTheLinkDropsAndM2tpSharesTheListener(boolean quic) throws Exception {
        ScheduledExecutorService work = Executors.newScheduledThreadPool(2);
        Map<String, AtomicInteger> executions = new ConcurrentHashMap<>();
        SmipService service = invocation -> {
            String key = invocation.request().bodyText();
            executions.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            work.schedule(() -> invocation.complete(Payload.text("done " + key)),
                    ThreadLocalRandom.current().nextInt(1, 100), TimeUnit.MILLISECONDS);
        };
        SmipOptions options = SmipOptions.DEFAULTS.withHeartbeat(Duration.ofSeconds(2));
        List<M2tpLink> serverLinks = new CopyOnWriteArrayList<>();
        try (SmipServer smip = new SmipServer(service, options, Runnable::run, peer -> "");
                TestNodes.Receiver node = new TestNodes.Receiver(quic,
                        m2tp -> recording(SmipLinks.serve(smip, m2tp), serverLinks));
                AonpConnector connector = new AonpConnector(TestNodes.HANDSHAKE, TestNodes.LIMITS, null);
                SmipClient client = SmipClient.open(SmipLinks.connector(connector, node.address()), options)
                        .get(30, TimeUnit.SECONDS)) {
            List<CompletableFuture<Payload>> results = new ArrayList<>();
            for (int i = 0; i < INVOCATIONS; i++) {
                results.add(client.invoke(Payload.text("call-" + i)).result());
                if (i == INVOCATIONS / 2) {
                    serverLinks.forEach(link -> link.close(ErrorCodes.NO_ERROR, "test drops the link"));
                }
            }
            for (int i = 0; i < INVOCATIONS; i++) {
                assertEquals("done call-" + i, results.get(i).get(60, TimeUnit.SECONDS).bodyText());
            }
            assertTrue(serverLinks.size() >= 2, "the client resumed on a new link");
            assertEquals(INVOCATIONS, executions.size());
            executions.forEach((key, count) -> assertEquals(1, count.get(), key + " ran " + count + " times"));

            M2tpEndpoint sender = TestNodes.sender(connector, node.address());
            Track track = sender.openTrack("files", false, null);
            long size = 300_000;
            Delivery delivery = sender.send(track, TestNodes.data(size, 7), new MessageMeta(null, size, "file"),
                    ProgressListener.NONE);
            assertArrayEquals(TestNodes.contentSha256(size, 7), node.nextContentSha256(),
                    "M2TP still reaches its receiver");
            assertEquals(size, delivery.size());
        } finally {
            work.shutdownNow();
        }
    }

    /** Inbounds that remember their links, so the test can drop them from the server side. */
    private static Supplier<M2tpInbound> recording(Supplier<M2tpInbound> inbounds, List<M2tpLink> links) {
        return () -> {
            M2tpInbound inner = inbounds.get();
            return new M2tpInbound() {
                @Override
                public void onOpen(M2tpLink link) {
                    links.add(link);
                    inner.onOpen(link);
                }

                @Override
                public void onFrame(M2tpLink link, Frame frame) {
                    inner.onFrame(link, frame);
                }

                @Override
                public void onClose(M2tpLink link, ErrorCode code, String reason) {
                    inner.onClose(link, code, reason);
                }
            };
        };
    }
}
