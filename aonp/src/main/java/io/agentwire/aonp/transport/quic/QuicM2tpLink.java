package io.agentwire.aonp.transport.quic;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.agentwire.aonp.codec.ControlCodec;
import io.agentwire.aonp.codec.FrameDecoder;
import io.agentwire.aonp.codec.FrameEncoder;
import io.agentwire.aonp.core.Close;
import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.core.Hello;
import io.agentwire.aonp.core.HelloAck;
import io.agentwire.aonp.core.PeerInfo;
import io.agentwire.aonp.m2tp.GroupPath;
import io.agentwire.aonp.m2tp.M2tpInbound;
import io.agentwire.aonp.m2tp.M2tpLink;
import io.agentwire.aonp.m2tp.wire.M2tpFrames;
import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;
import io.agentwire.aonp.wire.Frame;
import io.agentwire.aonp.wire.FrameTypes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import tech.kwik.core.QuicConnection;
import tech.kwik.core.QuicStream;

/**
 * M2TP over one kwik QUIC connection, from either side: HELLO on the control stream, one bidirectional stream per
 * group, OBJECT_DATAGRAM frames as QUIC datagrams. Each stream is read on its own executor thread, so kwik's
 * receiver thread only hands streams over.
 */
public final class QuicM2tpLink implements M2tpLink {
    private static final long HANDSHAKE_WAIT_SECONDS = 10;

    private final QuicConnection connection;
    private final boolean client;
    private final M2tpInbound inbound;
    private final ExecutorService executor;
    private final Handshake handshake;
    private final CountDownLatch handshakeDone = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Object controlLock = new Object();
    private volatile QuicStream control;
    private volatile OutputStream controlOut;
    private volatile PeerInfo peer;
    private volatile boolean open;

    QuicM2tpLink(QuicConnection connection, boolean client, M2tpInbound inbound, ExecutorService executor,
            Handshake handshake) {
        this.connection = connection;
        this.client = client;
        this.inbound = inbound;
        this.executor = executor;
        this.handshake = handshake;
        connection.setDatagramHandler(this::datagram, executor);
    }

    /** Client side: opens the control stream and runs the HELLO exchange on the calling thread. */
    void startClient(String auth) throws IOException {
        QuicStream stream = connection.createStream(true);
        control = stream;
        controlOut = stream.getOutputStream();
        synchronized (controlLock) {
            StreamFrames.write(controlOut, ControlCodec.frame(FrameTypes.HELLO, handshake.hello(auth)));
            controlOut.flush();
        }
        InputStream in = StreamFrames.buffered(stream.getInputStream());
        Frame first = StreamFrames.read(in, handshake.maxFrame());
        try {
            if (first == null || first.type() != FrameTypes.HELLO_ACK) {
                throw new AonpProtocolException(ErrorCodes.PROTOCOL_VIOLATION, "expected HELLO_ACK");
            }
            peer = Handshake.peerOf(ControlCodec.decode(first.payload(), HelloAck.class));
        } finally {
            if (first != null) {
                first.release();
            }
        }
        opened();
        executor.execute(() -> controlLoop(in));
    }

    /** Server side: a stream the client opened; the first is the control stream. Runs on kwik's thread: no blocking. */
    void accept(QuicStream stream) {
        if (stream.getStreamId() == 0 && !client) {
            control = stream;
            controlOut = stream.getOutputStream();
            executor.execute(this::serverHandshake);
        } else {
            executor.execute(() -> groupLoop(stream));
        }
    }

    private void serverHandshake() {
        try {
            InputStream in = StreamFrames.buffered(control.getInputStream());
            Frame first = StreamFrames.read(in, handshake.maxFrame());
            try {
                if (first == null || first.type() != FrameTypes.HELLO) {
                    throw new AonpProtocolException(ErrorCodes.PROTOCOL_VIOLATION, "expected HELLO first");
                }
                Hello hello = ControlCodec.decode(first.payload(), Hello.class);
                HelloAck ack = handshake.answer(hello);
                peer = Handshake.peerOf(hello);
                synchronized (controlLock) {
                    StreamFrames.write(controlOut, ControlCodec.frame(FrameTypes.HELLO_ACK, ack));
                    controlOut.flush();
                }
            } finally {
                if (first != null) {
                    first.release();
                }
            }
            opened();
            controlLoop(in);
        } catch (AonpProtocolException e) {
            close(e.code(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            close(ErrorCodes.INTERNAL_ERROR, String.valueOf(e.getMessage()));
        }
    }

    private void opened() {
        open = true;
        handshakeDone.countDown();
        inbound.onOpen(this);
    }

    private void controlLoop(InputStream in) {
        try {
            for (Frame frame; (frame = StreamFrames.read(in, handshake.maxFrame())) != null;) {
                long type = frame.type();
                if (type == FrameTypes.PING) {
                    sendControl(new Frame(FrameTypes.PONG, frame.payload()));
                } else if (type == FrameTypes.PONG) {
                    frame.release();
                } else if (type == FrameTypes.CLOSE) {
                    Close close;
                    try {
                        close = ControlCodec.decode(frame.payload(), Close.class);
                    } finally {
                        frame.release();
                    }
                    closed(ErrorCodes.of(close.code()), close.reason());
                    connection.close();
                    return;
                } else if (type == FrameTypes.HELLO || type == FrameTypes.HELLO_ACK) {
                    frame.release();
                    throw new AonpProtocolException(ErrorCodes.PROTOCOL_VIOLATION, "second handshake frame");
                } else {
                    inbound.onFrame(this, frame);
                }
            }
            closed(ErrorCodes.INTERNAL_ERROR, "control stream ended");
        } catch (AonpProtocolException e) {
            close(e.code(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            close(ErrorCodes.INTERNAL_ERROR, String.valueOf(e.getMessage()));
        }
    }

    /** Reads one group stream to its end; the group's frames go to the inbound in order. */
    private void groupLoop(QuicStream stream) {
        try {
            if (!handshakeDone.await(HANDSHAKE_WAIT_SECONDS, TimeUnit.SECONDS) || !open) {
                stream.abortReading(ErrorCodes.PROTOCOL_VIOLATION.value());
                return;
            }
            InputStream in = StreamFrames.buffered(stream.getInputStream());
            for (Frame frame; (frame = StreamFrames.read(in, handshake.maxFrame())) != null;) {
                if (!M2tpFrames.onGroupPath(frame.type()) && frame.type() != M2tpFrames.GROUP_CANCEL) {
                    frame.release();
                    throw new AonpProtocolException(ErrorCodes.PROTOCOL_VIOLATION,
                            FrameTypes.name(frame.type()) + " on a group stream");
                }
                inbound.onFrame(this, frame);
            }
            stream.getOutputStream().close();
        } catch (AonpProtocolException e) {
            close(e.code(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // a reset group stream abandons that group only; the sender reports it with GROUP_CANCEL
            stream.abortReading(ErrorCodes.INTERNAL_ERROR.value());
        }
    }

    private void datagram(byte[] bytes) {
        ByteBuf buf = Unpooled.wrappedBuffer(bytes);
        try {
            Frame frame = FrameDecoder.decodeOne(buf, bytes.length);
            if (frame == null || frame.type() != M2tpFrames.OBJECT_DATAGRAM || !open) {
                if (frame != null) {
                    frame.release();
                }
                return;
            }
            inbound.onFrame(this, frame);
        } catch (AonpProtocolException e) {
            close(e.code(), e.getMessage());
        } catch (RuntimeException e) {
            close(ErrorCodes.INTERNAL_ERROR, String.valueOf(e.getMessage()));
        } finally {
            buf.release();
        }
    }

    @Override
    public void sendControl(Frame frame) {
        if (!open) {
            frame.release();
            throw new AonpProtocolException(ErrorCodes.INTERNAL_ERROR, "connection closed");
        }
        synchronized (controlLock) {
            try {
                StreamFrames.write(controlOut, frame);
                controlOut.flush();
            } catch (IOException e) {
                throw new AonpProtocolException(ErrorCodes.INTERNAL_ERROR, "control stream failed: " + e.getMessage());
            }
        }
    }

    @Override
    public GroupPath openGroupPath() {
        QuicStream stream;
        try {
            stream = connection.createStream(true);
        } catch (IOException e) {
            throw new AonpProtocolException(ErrorCodes.INTERNAL_ERROR, "cannot open a stream: " + e.getMessage());
        }
        OutputStream out = stream.getOutputStream();
        // the peer sends nothing on a group stream but its end; read it off so the stream can be freed
        executor.execute(() -> drain(stream));
        return new GroupPath() {
            @Override
            public void send(Frame frame) {
                try {
                    StreamFrames.write(out, frame);
                } catch (IOException e) {
                    throw new AonpProtocolException(ErrorCodes.INTERNAL_ERROR, "group stream failed: "
                            + e.getMessage());
                }
            }

            @Override
            public void finish() {
                try {
                    out.close();
                } catch (IOException e) {
                    throw new AonpProtocolException(ErrorCodes.INTERNAL_ERROR, "group stream failed: "
                            + e.getMessage());
                }
            }

            @Override
            public void abort(ErrorCode code) {
                stream.resetStream(code.value());
            }
        };
    }

    private static void drain(QuicStream stream) {
        try (InputStream in = stream.getInputStream()) {
            byte[] sink = new byte[256];
            while (in.read(sink) >= 0) {
                // the receiver's side carries no data
            }
        } catch (IOException e) {
            // the stream was reset or the connection closed; nothing to drain
        }
    }

    @Override
    public void sendDatagram(Frame frame) {
        if (!connection.canSendDatagram()) {
            sendControl(frame);
            return;
        }
        ByteBuf whole = FrameEncoder.encodeToBuffer(UnpooledByteBufAllocator.DEFAULT, frame);
        frame.release();
        try {
            connection.sendDatagram(ByteBufUtil.getBytes(whole));
        } finally {
            whole.release();
        }
    }

    @Override
    public int maxDatagramFrame() {
        return connection.canSendDatagram() ? connection.maxDatagramDataSize() : 1236;
    }

    @Override
    public PeerInfo peer() {
        return peer;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public boolean isClient() {
        return client;
    }

    @Override
    public void close(ErrorCode code, String reason) {
        if (open) {
            try {
                sendControl(ControlCodec.frame(FrameTypes.CLOSE, Close.of(code, reason)));
            } catch (AonpProtocolException e) {
                // the control stream is gone already; the QUIC close below still carries the code
            }
        }
        closed(code, reason);
        connection.close(code.value(), reason == null ? "" : reason);
    }

    /** The QUIC connection ended (CLOSE received, transport failure, or our own close). */
    void closed(ErrorCode code, String reason) {
        open = false;
        handshakeDone.countDown();
        if (closed.compareAndSet(false, true)) {
            inbound.onClose(this, code, reason);
        }
    }

    @Override
    public String describe() {
        return "quic " + (client ? "client" : "server") + " connection";
    }
}
