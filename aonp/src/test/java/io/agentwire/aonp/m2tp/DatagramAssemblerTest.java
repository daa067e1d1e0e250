package io.agentwire.aonp.m2tp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.agentwire.aonp.m2tp.wire.GroupAck;
import io.agentwire.aonp.m2tp.wire.GroupEnd;
import io.agentwire.aonp.m2tp.wire.M2tpErrors;
import io.agentwire.aonp.m2tp.wire.ObjectHeader;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/** The datagram path's reassembly under reordering, duplication and loss, driven with a fake clock. */
class DatagramAssemblerTest {
    private static final int OBJECT = 1000;
    private static final long MS = 1_000_000L;
    private static final M2tpOptions OPTIONS = new M2tpOptions(64, 1L << 30, 64, Duration.ofMillis(100), 3, true,
            Duration.ofSeconds(5), DigestAlgorithm.DEFAULT);

    private final List<List<Long>> nacks = new ArrayList<>();
    private final List<GroupAck> acks = new ArrayList<>();
    private final DatagramAssembler.Actions actions = new DatagramAssembler.Actions() {
        @Override
        public void nack(List<Long> missing) {
            nacks.add(missing);
        }

        @Override
        public void done(GroupAck ack) {
            acks.add(ack);
        }
    };

    private static byte[] message(int objects) {
        byte[] bytes = new byte[objects * OBJECT - 123];
        new Random(objects).nextBytes(bytes);
        return bytes;
    }

    private static ByteBuf object(byte[] message, long id) {
        int from = (int) id * OBJECT;
        return Unpooled.wrappedBuffer(message, from, Math.min(OBJECT, message.length - from));
    }

    private static GroupEnd end(byte[] message, int objects) throws Exception {
        return end(message, objects, TestData.digest(DigestAlgorithm.DEFAULT, message));
    }

    private static GroupEnd end(byte[] message, int objects, byte[] digest) {
        return new GroupEnd(1, 0, objects, message.length, digest);
    }

    private DatagramAssembler assembler(DigestReceiver receiver, M2tpOptions options) throws Exception {
        return assembler(receiver, options, DigestAlgorithm.DEFAULT);
    }

    private DatagramAssembler assembler(DigestReceiver receiver, M2tpOptions options, DigestAlgorithm algorithm)
            throws Exception {
        MessageInfo info = new MessageInfo("cam", 1, 0, null, null, null, null);
        return new DatagramAssembler(info, receiver.open(info), options, algorithm);
    }

    /** Offers objects 0 to {@code objects - 1} except {@code lost}, then GROUP_END. */
    private void offerAllBut(DatagramAssembler group, byte[] message, int objects, List<Long> lost) throws Exception {
        for (long id = 0; id < objects; id++) {
            if (!lost.contains(id)) {
                offer(group, message, id, 0);
            }
        }
        group.end(end(message, objects), 0, actions);
    }

    private void offer(DatagramAssembler group, byte[] message, long id, long now) {
        ByteBuf payload = object(message, id);
        group.offer(new ObjectHeader(1, 0, id, 0), payload, now, actions);
        payload.release();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void shuffledAndDuplicatedObjectsReassembleExactly(long seed) throws Exception {
        int objects = 50;
        byte[] message = message(objects);
        List<Long> order = new ArrayList<>();
        for (long i = 0; i < objects; i++) {
            order.add(i);
            if (i % 7 == 0) {
                order.add(i);
            }
        }
        Collections.shuffle(order, new Random(seed));
        DigestAlgorithm algorithm = DigestAlgorithm.values()[(int) (seed % 2)];
        DigestReceiver receiver = new DigestReceiver();
        DatagramAssembler group = assembler(receiver, OPTIONS, algorithm);
        for (long id : order) {
            offer(group, message, id, 0);
        }
        byte[] digest = TestData.digest(algorithm, message);
        group.end(end(message, objects, digest), 0, actions);
        assertEquals(1, acks.size());
        assertEquals(0, acks.get(0).code());
        assertTrue(nacks.isEmpty(), "nothing was missing");
        DigestReceiver.Result result = receiver.next();
        assertArrayEquals(TestData.contentSha256(message), result.contentSha256());
        assertEquals(algorithm, result.delivery().digestAlgorithm());
        assertArrayEquals(digest, result.delivery().digest());
    }

    @Test
    void lostObjectsAreNackedAndRepaired() throws Exception {
        int objects = 20;
        byte[] message = message(objects);
        DigestReceiver receiver = new DigestReceiver();
        DatagramAssembler group = assembler(receiver, OPTIONS);
        offerAllBut(group, message, objects, List.of(3L, 11L));
        group.tick(50 * MS, actions);
        assertTrue(nacks.isEmpty(), "the reorder timeout has not passed yet");
        group.tick(100 * MS, actions);
        assertEquals(List.of(List.of(3L, 11L)), nacks);
        offer(group, message, 3, 120 * MS);
        offer(group, message, 11, 130 * MS);
        assertEquals(0, acks.get(0).code());
        assertArrayEquals(TestData.contentSha256(message), receiver.next().contentSha256());
    }

    @Test
    void unrepairedLossIsReportedAsGapsWhenLossTolerant() throws Exception {
        int objects = 10;
        byte[] message = message(objects);
        DigestReceiver receiver = new DigestReceiver();
        DatagramAssembler group = assembler(receiver, OPTIONS);
        offerAllBut(group, message, objects, List.of(4L));
        for (long t = 100; t <= 500; t += 100) {
            group.tick(t * MS, actions);
        }
        assertEquals(3, nacks.size(), "maxNackRounds NACKs, then give up");
        GroupAck ack = acks.get(0);
        assertEquals(M2tpErrors.INCOMPLETE_GROUP.value(), ack.code());
        assertEquals(List.of(4L), ack.missing());
        DigestReceiver.Result result = receiver.next();
        assertNull(result.failure());
        assertEquals(List.of(4L), result.delivery().missing());
        assertEquals(message.length - OBJECT, result.size());
    }

    @Test
    void unrepairedLossFailsTheGroupWhenReliable() throws Exception {
        M2tpOptions reliable = new M2tpOptions(64, 1L << 30, 64, Duration.ofMillis(100), 1, false,
                Duration.ofSeconds(5), DigestAlgorithm.DEFAULT);
        int objects = 5;
        byte[] message = message(objects);
        DigestReceiver receiver = new DigestReceiver();
        DatagramAssembler group = assembler(receiver, reliable);
        offer(group, message, 0, 0);
        offer(group, message, 2, 0);
        group.tick(100 * MS, actions);
        group.tick(200 * MS, actions);
        assertEquals(M2tpErrors.INCOMPLETE_GROUP.value(), acks.get(0).code());
        assertEquals(M2tpErrors.INCOMPLETE_GROUP, receiver.next().failure());
    }

    @Test
    void objectsBeyondTheWindowAreDroppedSoMemoryStaysBounded() throws Exception {
        int objects = 200;
        byte[] message = message(objects);
        DigestReceiver receiver = new DigestReceiver();
        DatagramAssembler group = assembler(receiver, OPTIONS);
        for (long id = 1; id < objects; id++) {
            offer(group, message, id, 0);
        }
        offer(group, message, 0, 0);
        group.end(end(message, objects), 0, actions);
        assertTrue(acks.isEmpty(), "objects past the 64-object window were dropped and must be repaired");
        group.tick(100 * MS, actions);
        assertEquals(65L, nacks.get(0).get(0), "the first object beyond the window");
        for (long id = 65; id < objects; id++) {
            offer(group, message, id, 110 * MS);
        }
        assertNotNull(acks.isEmpty() ? null : acks.get(0));
        assertEquals(0, acks.get(0).code());
        assertArrayEquals(TestData.contentSha256(message), receiver.next().contentSha256());
    }

    @ParameterizedTest
    @EnumSource(DigestAlgorithm.class)
    void aCorruptedObjectFailsTheDigest(DigestAlgorithm algorithm) throws Exception {
        int objects = 3;
        byte[] message = message(objects);
        GroupEnd end = end(message, objects, TestData.digest(algorithm, message));
        message[5] ^= 1;
        DigestReceiver receiver = new DigestReceiver();
        DatagramAssembler group = assembler(receiver, OPTIONS, algorithm);
        for (long id = 0; id < objects; id++) {
            offer(group, message, id, 0);
        }
        group.end(end, 0, actions);
        assertEquals(M2tpErrors.INTEGRITY_FAILED.value(), acks.get(0).code());
        assertEquals(M2tpErrors.INTEGRITY_FAILED, receiver.next().failure());
    }

    /** The right digest with a byte more, or one byte short, or none at all, fails: the length is part of it. */
    @ParameterizedTest
    @EnumSource(DigestAlgorithm.class)
    void aDigestOfTheWrongLengthFails(DigestAlgorithm algorithm) throws Exception {
        int objects = 3;
        byte[] message = message(objects);
        byte[] right = TestData.digest(algorithm, message);
        List<byte[]> claims = List.of(right, Arrays.copyOf(right, right.length + 1),
                Arrays.copyOf(right, right.length - 1), new byte[0]);
        List<Integer> codes = new ArrayList<>();
        for (byte[] claim : claims) {
            acks.clear();
            DigestReceiver receiver = new DigestReceiver();
            DatagramAssembler group = assembler(receiver, OPTIONS, algorithm);
            for (long id = 0; id < objects; id++) {
                offer(group, message, id, 0);
            }
            group.end(end(message, objects, claim), 0, actions);
            codes.add((int) acks.get(0).code());
        }
        int failed = (int) M2tpErrors.INTEGRITY_FAILED.value();
        assertEquals(List.of(0, failed, failed, failed), codes, "only the exact digest verifies");
    }
}
