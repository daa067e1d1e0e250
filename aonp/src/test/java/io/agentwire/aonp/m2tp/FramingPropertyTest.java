package io.agentwire.aonp.m2tp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.agentwire.aonp.codec.ControlCodec;
import io.agentwire.aonp.codec.FrameDecoder;
import io.agentwire.aonp.codec.FrameEncoder;
import io.agentwire.aonp.m2tp.wire.GroupEnd;
import io.agentwire.aonp.m2tp.wire.GroupOpen;
import io.agentwire.aonp.m2tp.wire.M2tpFrames;
import io.agentwire.aonp.m2tp.wire.ObjectCodec;
import io.agentwire.aonp.m2tp.wire.ObjectHeader;
import io.agentwire.aonp.m2tp.wire.TrackOpen;
import io.agentwire.aonp.wire.Frame;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;

/**
 * Properties of the stream path: whatever the chunk sizes a sender picks, however the byte stream is split into
 * reads or coalesced, and however groups of several tracks interleave, the receiver delivers each message exactly
 * and verifies it.
 */
class FramingPropertyTest {
    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long i = 1; i <= 40; i++) {
            seeds.add(i);
        }
        return seeds;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomChunkingSplittingAndInterleavingDeliverEveryMessageExactly(long seed) throws Exception {
        Random random = new Random(seed);
        int groups = 1 + random.nextInt(4);
        byte[][] messages = new byte[groups][];
        DigestAlgorithm[] algorithms = new DigestAlgorithm[groups];
        List<List<Frame>> perGroup = new ArrayList<>();
        List<Frame> opening = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            long track = 2L * g;
            messages[g] = new byte[random.nextInt(200_000)];
            random.nextBytes(messages[g]);
            algorithms[g] = DigestAlgorithm.values()[random.nextInt(DigestAlgorithm.values().length)];
            opening.add(ControlCodec.frame(M2tpFrames.TRACK_OPEN, new TrackOpen(track, "t" + g, null, null)));
            perGroup.add(groupFrames(track, messages[g], algorithms[g], 1 + random.nextInt(60_000), random));
        }
        List<Frame> sequence = new ArrayList<>(opening);
        interleave(perGroup, random, sequence);
        ByteBuf wire = Unpooled.buffer();
        for (Frame frame : sequence) {
            ByteBuf whole = FrameEncoder.encodeToBuffer(UnpooledByteBufAllocator.DEFAULT, frame);
            wire.writeBytes(whole);
            whole.release();
            frame.release();
        }
        DigestReceiver receiver = new DigestReceiver();
        RecordingLink link = new RecordingLink();
        M2tpEndpoint endpoint = new M2tpEndpoint(receiver, M2tpOptions.DEFAULTS);
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(65_536));
        while (wire.isReadable()) {
            int read = Math.min(wire.readableBytes(), 1 + random.nextInt(random.nextBoolean() ? 16 : 100_000));
            channel.writeInbound(wire.readRetainedSlice(read));
            for (Frame frame; (frame = channel.readInbound()) != null;) {
                endpoint.onFrame(link, frame);
            }
        }
        wire.release();
        channel.finishAndReleaseAll();
        assertEquals(groups, link.acks.size());
        link.acks.forEach(ack -> assertEquals(0, ack.code(), "verified: " + ack));
        for (int i = 0; i < groups; i++) {
            DigestReceiver.Result result = receiver.next();
            int g = (int) (result.info().track() / 2);
            assertArrayEquals(TestData.contentSha256(messages[g]), result.contentSha256());
            assertEquals(algorithms[g], result.delivery().digestAlgorithm());
            assertArrayEquals(TestData.digest(algorithms[g], messages[g]), result.delivery().digest());
        }
    }

    /**
     * GROUP_OPEN, the message in objects of random sizes up to {@code maxChunk}, GROUP_END. A CRC-32C group names
     * its algorithm or leaves it to the default at random; both mean the same.
     */
    private static List<Frame> groupFrames(long track, byte[] message, DigestAlgorithm algorithm, int maxChunk,
            Random random) throws Exception {
        String named = algorithm == DigestAlgorithm.CRC32C && random.nextBoolean() ? null : algorithm.wireName();
        List<Frame> frames = new ArrayList<>();
        frames.add(ControlCodec.frame(M2tpFrames.GROUP_OPEN, new GroupOpen(track, 0, null, (long) message.length,
                null, named)));
        int offset = 0;
        long id = 0;
        do {
            int size = Math.min(message.length - offset, random.nextInt(maxChunk + 1));
            frames.add(ObjectCodec.encode(UnpooledByteBufAllocator.DEFAULT, M2tpFrames.OBJECT,
                    new ObjectHeader(track, 0, id++, 0), Unpooled.wrappedBuffer(message, offset, size)));
            offset += size;
        } while (offset < message.length);
        byte[] digest = TestData.digest(algorithm, message);
        frames.add(ControlCodec.frame(M2tpFrames.GROUP_END, new GroupEnd(track, 0, id, message.length, digest)));
        return frames;
    }

    /** Merges the groups' frame lists at random, keeping each list's own order. */
    private static void interleave(List<List<Frame>> lists, Random random, List<Frame> out) {
        int[] next = new int[lists.size()];
        int left = lists.stream().mapToInt(List::size).sum();
        while (left > 0) {
            int pick = random.nextInt(lists.size());
            if (next[pick] < lists.get(pick).size()) {
                out.add(lists.get(pick).get(next[pick]++));
                left--;
            }
        }
    }
}
