package io.agentwire.aonp.m2tp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.agentwire.aonp.codec.ControlCodec;
import io.agentwire.aonp.codec.FrameDecoder;
import io.agentwire.aonp.codec.FrameEncoder;
import io.agentwire.aonp.core.Close;
import io.agentwire.aonp.core.FrameChannel;
import io.agentwire.aonp.core.FrameHandler;
import io.agentwire.aonp.m2tp.wire.GroupAck;
import io.agentwire.aonp.m2tp.wire.GroupEnd;
import io.agentwire.aonp.m2tp.wire.GroupOpen;
import io.agentwire.aonp.m2tp.wire.M2tpErrors;
import io.agentwire.aonp.m2tp.wire.M2tpFrames;
import io.agentwire.aonp.m2tp.wire.ObjectCodec;
import io.agentwire.aonp.m2tp.wire.ObjectHeader;
import io.agentwire.aonp.m2tp.wire.TrackOpen;
import io.agentwire.aonp.transport.ConnectionLimits;
import io.agentwire.aonp.transport.tcp.TcpM2tpLink;
import io.agentwire.aonp.transport.tcp.TcpNodeClient;
import io.agentwire.aonp.transport.tcp.TcpNodeServer;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;
import io.agentwire.aonp.wire.Frame;
import io.agentwire.aonp.wire.FrameTypes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;

/** A misbehaving peer gets the spec's error code, and the node neither crashes nor leaks. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MalformedInputTest {
    private static final ConnectionLimits LIMITS = new ConnectionLimits(Duration.ofSeconds(10), Duration.ofSeconds(60),
            64L << 20, Duration.ofSeconds(2));

    private final DigestReceiver received = new DigestReceiver();
    private final List<M2tpEndpoint> endpoints = new java.util.concurrent.CopyOnWriteArrayList<>();
    private TcpNodeServer server;
    private TcpNodeClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Records what the node under test sends back. */
    private static final class Peer implements FrameHandler {
        final BlockingQueue<Frame> frames = new ArrayBlockingQueue<>(64);
        final BlockingQueue<ErrorCode> closes = new ArrayBlockingQueue<>(4);

        @Override
        public void onFrame(FrameChannel channel, Frame frame) {
            frames.add(frame);
        }

        @Override
        public void onClose(FrameChannel channel, ErrorCode code, String reason) {
            closes.add(code);
        }

        ErrorCode closeCode() throws InterruptedException {
            ErrorCode code = closes.poll(30, TimeUnit.SECONDS);
            frames.forEach(Frame::release);
            return code;
        }
    }

    private FrameChannel connect(Peer peer) throws Exception {
        server = TcpNodeServer.bind("127.0.0.1", 0, M2tpTcpTest.SERVER, () -> {
            M2tpEndpoint endpoint = new M2tpEndpoint(received, M2tpOptions.DEFAULTS);
            endpoints.add(endpoint);
            return TcpM2tpLink.server(endpoint);
        }, LIMITS);
        client = new TcpNodeClient(M2tpTcpTest.CLIENT, LIMITS);
        return client.connect("127.0.0.1", server.port(), null, peer).get(30, TimeUnit.SECONDS);
    }

    private static Frame object(long track, long group, long id, byte[] payload) {
        return ObjectCodec.encode(UnpooledByteBufAllocator.DEFAULT, M2tpFrames.OBJECT,
                new ObjectHeader(track, group, id, 0), Unpooled.wrappedBuffer(payload));
    }

    private static Frame control(long type, Object message) {
        return ControlCodec.frame(type, message);
    }

    private ErrorCode closeAfter(Frame... frames) throws Exception {
        Peer peer = new Peer();
        FrameChannel channel = connect(peer);
        for (Frame frame : frames) {
            channel.send(frame);
        }
        return peer.closeCode();
    }

    @Test
    void anObjectForAGroupThatIsNotOpenIsUnknownGroup() throws Exception {
        assertEquals(M2tpErrors.UNKNOWN_GROUP, closeAfter(
                control(M2tpFrames.TRACK_OPEN, new TrackOpen(0, "t", null, null)), object(0, 5, 0, new byte[3])));
    }

    @Test
    void aSkippedObjectIdIsOutOfOrder() throws Exception {
        assertEquals(M2tpErrors.OBJECT_OUT_OF_ORDER, closeAfter(
                control(M2tpFrames.TRACK_OPEN, new TrackOpen(0, "t", null, null)),
                control(M2tpFrames.GROUP_OPEN, new GroupOpen(0, 0, null, null, null, null)),
                object(0, 0, 0, new byte[3]), object(0, 0, 2, new byte[3])));
        assertEquals(M2tpErrors.OBJECT_OUT_OF_ORDER, received.next().failure(), "the sink was told");
    }

    @Test
    void aGroupOnATrackThatWasNeverOpenedIsUnknownTrack() throws Exception {
        assertEquals(M2tpErrors.UNKNOWN_TRACK, closeAfter(
                control(M2tpFrames.GROUP_OPEN, new GroupOpen(4, 0, null, null, null, null))));
    }

    @Test
    void aReusedGroupIdIsDuplicate() throws Exception {
        assertEquals(M2tpErrors.DUPLICATE_ID, closeAfter(
                control(M2tpFrames.TRACK_OPEN, new TrackOpen(0, "t", null, null)),
                control(M2tpFrames.GROUP_OPEN, new GroupOpen(0, 3, null, null, null, null)),
                control(M2tpFrames.GROUP_OPEN, new GroupOpen(0, 3, null, null, null, null))));
    }

    @Test
    void aTruncatedVarintInAnObjectHeaderIsAnEncodingError() throws Exception {
        assertEquals(ErrorCodes.FRAME_ENCODING_ERROR, closeAfter(
                control(M2tpFrames.TRACK_OPEN, new TrackOpen(0, "t", null, null)),
                new Frame(M2tpFrames.OBJECT, Unpooled.wrappedBuffer(new byte[] {0x00, (byte) 0x80, 0x01}))));
    }

    @Test
    void malformedCborIsAnEncodingError() throws Exception {
        assertEquals(ErrorCodes.FRAME_ENCODING_ERROR, closeAfter(
                new Frame(M2tpFrames.GROUP_OPEN, Unpooled.wrappedBuffer(new byte[] {(byte) 0xa2, 0x61}))));
    }

    @Test
    void anUnassignedM2tpTypeIsUnknown() throws Exception {
        assertEquals(ErrorCodes.UNKNOWN_FRAME_TYPE, closeAfter(new Frame(0x1F, Unpooled.buffer(0))));
    }

    /**
     * Group 0 carries the right digest, the others a flipped bit, a byte too many, a byte too few and no digest at
     * all: each of those fails alone, and the connection stays open.
     */
    @ParameterizedTest
    @EnumSource(DigestAlgorithm.class)
    void aDigestMismatchFailsTheGroupWithIntegrityFailedAndKeepsTheConnection(DigestAlgorithm algorithm)
            throws Exception {
        byte[] hello = "hello".getBytes();
        byte[] right = TestData.digest(algorithm, hello);
        byte[] flipped = right.clone();
        flipped[right.length - 1] ^= 1;
        List<byte[]> claims = Arrays.asList(right, flipped, Arrays.copyOf(right, right.length + 1),
                Arrays.copyOf(right, right.length - 1), null);
        Peer peer = new Peer();
        FrameChannel channel = connect(peer);
        channel.send(control(M2tpFrames.TRACK_OPEN, new TrackOpen(0, "t", null, null)));
        String named = algorithm == DigestAlgorithm.CRC32C ? null : algorithm.wireName();
        for (int group = 0; group < claims.size(); group++) {
            channel.send(control(M2tpFrames.GROUP_OPEN, new GroupOpen(0, group, "text/plain", 5L, null, named)));
            channel.send(object(0, group, 0, hello));
            channel.send(control(M2tpFrames.GROUP_END, new GroupEnd(0, group, 1, 5, claims.get(group))));
            GroupAck ack = nextAck(peer);
            assertEquals(group, ack.group());
            assertEquals(group == 0 ? 0 : M2tpErrors.INTEGRITY_FAILED.value(), ack.code(), "group " + group);
            assertEquals(group == 0 ? null : M2tpErrors.INTEGRITY_FAILED, received.next().failure());
        }
        assertTrue(channel.isOpen(), "a group error leaves the connection open");
        channel.close(ErrorCodes.NO_ERROR, "done");
        assertEquals(ErrorCodes.NO_ERROR, peer.closeCode());
    }

    /**
     * A GROUP_OPEN naming an algorithm the receiver lacks is answered at once with UNSUPPORTED_DIGEST; the group's
     * objects and GROUP_END that were already on their way are swallowed, on either path, and the next group works.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anUnsupportedDigestIsRefusedAtOnceAndTheRestOfItsGroupSwallowed(boolean datagrams) throws Exception {
        byte[] hello = "hello".getBytes();
        Peer peer = new Peer();
        FrameChannel channel = connect(peer);
        channel.send(control(M2tpFrames.TRACK_OPEN, new TrackOpen(0, "t", datagrams ? TrackOpen.DATAGRAM
                : TrackOpen.STREAM, null)));
        long objectType = datagrams ? M2tpFrames.OBJECT_DATAGRAM : M2tpFrames.OBJECT;
        String[] names = {"md5", null};
        for (int group = 0; group < names.length; group++) {
            channel.send(control(M2tpFrames.GROUP_OPEN, new GroupOpen(0, group, null, 5L, null, names[group])));
            channel.send(ObjectCodec.encode(UnpooledByteBufAllocator.DEFAULT, objectType,
                    new ObjectHeader(0, group, 0, ObjectHeader.END_OF_GROUP), Unpooled.wrappedBuffer(hello)));
            channel.send(control(M2tpFrames.GROUP_END, new GroupEnd(0, group, 1, 5,
                    TestData.digest(DigestAlgorithm.CRC32C, hello))));
        }
        GroupAck refused = nextAck(peer);
        assertEquals(0, refused.group());
        assertEquals(M2tpErrors.UNSUPPORTED_DIGEST.value(), refused.code());
        GroupAck accepted = nextAck(peer);
        assertEquals(1, accepted.group());
        assertEquals(0, accepted.code());
        DigestReceiver.Result result = received.next();
        assertEquals(1, result.info().group(), "the refused group never reached the application");
        assertNull(result.failure());
        assertTrue(channel.isOpen(), "a refused group leaves the connection open");
        channel.close(ErrorCodes.NO_ERROR, "done");
        assertEquals(ErrorCodes.NO_ERROR, peer.closeCode());
    }

    private static GroupAck nextAck(Peer peer) throws InterruptedException {
        Frame reply = peer.frames.poll(30, TimeUnit.SECONDS);
        assertNotNull(reply, "no GROUP_ACK within 30 s");
        try {
            assertEquals(M2tpFrames.GROUP_ACK, reply.type());
            return ControlCodec.decode(reply.payload(), GroupAck.class);
        } finally {
            reply.release();
        }
    }

    @Test
    void anOversizeFrameIsRefusedBeforeItsPayloadArrives() throws Exception {
        connect(new Peer());
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(new byte[] {'A', 'O', 'N', 'P', '\r', '\n', 0x01, '\n'});
            out.write(bytes(control(FrameTypes.HELLO, M2tpTcpTest.CLIENT.hello(null))));
            out.write(new byte[] {0x13, (byte) 0x80, 0x10, 0x00, 0x00});
            out.flush();
            InputStream in = socket.getInputStream();
            ByteBuf replies = Unpooled.wrappedBuffer(in.readAllBytes());
            Frame ack = FrameDecoder.decodeOne(replies, 65_536);
            assertEquals(FrameTypes.HELLO_ACK, ack.type());
            ack.release();
            Frame close = FrameDecoder.decodeOne(replies, 65_536);
            assertEquals(ErrorCodes.FRAME_TOO_LARGE.value(), ControlCodec.decode(close.payload(), Close.class).code());
            close.release();
        }
    }

    @Test
    void aPeerThatStopsReadingIsClosedWithSlowReader() throws Exception {
        connect(new Peer());
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setReceiveBufferSize(64 << 10);
            OutputStream out = socket.getOutputStream();
            out.write(new byte[] {'A', 'O', 'N', 'P', '\r', '\n', 0x01, '\n'});
            out.write(bytes(control(FrameTypes.HELLO, M2tpTcpTest.CLIENT.hello(null))));
            out.flush();
            // the first connection is the Peer's; this socket's endpoint is the second
            M2tpEndpoint sender = awaitSecondEndpoint();
            Track track = sender.openTrack("to-a-stuck-peer", false, null);
            M2tpException e = assertThrows(M2tpException.class, () -> sender.send(track,
                    TestData.stream(1L << 30, 3), new MessageMeta(null, null, null), ProgressListener.NONE));
            assertEquals(ErrorCodes.SLOW_READER, e.code());
        }
    }

    private M2tpEndpoint awaitSecondEndpoint() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (endpoints.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        M2tpEndpoint endpoint = endpoints.get(endpoints.size() - 1);
        endpoint.opened().get(30, TimeUnit.SECONDS);
        return endpoint;
    }

    private static byte[] bytes(Frame frame) {
        ByteBuf whole = FrameEncoder.encodeToBuffer(UnpooledByteBufAllocator.DEFAULT, frame);
        frame.release();
        byte[] bytes = ByteBufUtil.getBytes(whole);
        whole.release();
        return bytes;
    }
}
