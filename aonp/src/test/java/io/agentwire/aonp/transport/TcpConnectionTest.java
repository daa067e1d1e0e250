package io.agentwire.aonp.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agentwire.aonp.codec.ControlCodec;
import io.agentwire.aonp.codec.FrameDecoder;
import io.agentwire.aonp.core.Close;
import io.agentwire.aonp.core.FrameChannel;
import io.agentwire.aonp.core.FrameHandler;
import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.transport.tcp.TcpNodeClient;
import io.agentwire.aonp.transport.tcp.TcpNodeServer;
import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;
import io.agentwire.aonp.wire.Frame;
import io.agentwire.aonp.wire.FrameTypes;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

class TcpConnectionTest {
    private static final long ECHO = 0x3F01;
    private static final ConnectionLimits LIMITS = new ConnectionLimits(Duration.ofSeconds(10),
            Duration.ofSeconds(30), 8L << 20, Duration.ofSeconds(30));

    private final Handshake serverSide = new Handshake("server", List.of("m2tp", "smip"), 65_536, 30_000);
    private final Handshake clientSide = new Handshake("client", List.of("smip"), 65_536, 30_000);
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

    /** Echoes extension frame 0x3F01 and refuses every other type, as a protocol handler should. */
    private static final class EchoHandler implements FrameHandler {
        @Override
        public void onFrame(FrameChannel channel, Frame frame) {
            if (frame.type() != ECHO) {
                long type = frame.type();
                frame.release();
                throw new AonpProtocolException(ErrorCodes.UNKNOWN_FRAME_TYPE, FrameTypes.name(type));
            }
            channel.send(frame);
        }
    }

    private static final class Recorder implements FrameHandler {
        final BlockingQueue<byte[]> frames = new ArrayBlockingQueue<>(16);
        final BlockingQueue<ErrorCode> closes = new ArrayBlockingQueue<>(4);

        @Override
        public void onFrame(FrameChannel channel, Frame frame) {
            frames.add(ByteBufUtil.getBytes(frame.payload()));
            frame.release();
        }

        @Override
        public void onClose(FrameChannel channel, ErrorCode code, String reason) {
            closes.add(code);
        }
    }

    @Test
    void handshakesAndCarriesFramesBothWays() throws Exception {
        server = TcpNodeServer.bind("127.0.0.1", 0, serverSide, EchoHandler::new, LIMITS);
        client = new TcpNodeClient(clientSide, LIMITS);
        Recorder recorder = new Recorder();
        FrameChannel channel = client.connect("127.0.0.1", server.port(), "token-1", recorder).get(10, TimeUnit.SECONDS);
        assertEquals("server", channel.peer().node());
        assertEquals(List.of("smip"), channel.peer().protocols(), "only the protocols both sides offer");
        channel.send(new Frame(ECHO, Unpooled.wrappedBuffer(new byte[] {1, 2, 3})));
        assertArrayEquals(new byte[] {1, 2, 3}, recorder.frames.poll(10, TimeUnit.SECONDS));
        channel.close(ErrorCodes.NO_ERROR, "done");
        assertEquals(ErrorCodes.NO_ERROR, recorder.closes.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void anUnknownFrameTypeClosesTheConnectionWithItsCode() throws Exception {
        server = TcpNodeServer.bind("127.0.0.1", 0, serverSide, EchoHandler::new, LIMITS);
        client = new TcpNodeClient(clientSide, LIMITS);
        Recorder recorder = new Recorder();
        FrameChannel channel = client.connect("127.0.0.1", server.port(), null, recorder).get(10, TimeUnit.SECONDS);
        channel.send(new Frame(0x2FF0, Unpooled.EMPTY_BUFFER));
        assertEquals(ErrorCodes.UNKNOWN_FRAME_TYPE, recorder.closes.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void aClientWithoutThePrefaceGetsACloseAndNothingElse() throws Exception {
        server = TcpNodeServer.bind("127.0.0.1", 0, serverSide, EchoHandler::new, LIMITS);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET / HTTP/1.1\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readAllBytes();
            Frame frame = FrameDecoder.decodeOne(Unpooled.wrappedBuffer(reply), 65_536);
            assertEquals(FrameTypes.CLOSE, frame.type());
            Close close = ControlCodec.decode(frame.payload(), Close.class);
            frame.release();
            assertEquals(ErrorCodes.PROTOCOL_VIOLATION.value(), close.code());
            assertTrue(close.reason().contains("preface"), close.reason());
        }
    }
}
