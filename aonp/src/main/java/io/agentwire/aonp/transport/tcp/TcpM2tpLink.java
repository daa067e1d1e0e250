package io.agentwire.aonp.transport.tcp;

import io.agentwire.aonp.core.FrameChannel;
import io.agentwire.aonp.core.FrameHandler;
import io.agentwire.aonp.core.PeerInfo;
import io.agentwire.aonp.m2tp.GroupPath;
import io.agentwire.aonp.m2tp.M2tpInbound;
import io.agentwire.aonp.m2tp.M2tpLink;
import io.agentwire.aonp.transport.AonpConnection;
import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;
import io.agentwire.aonp.wire.Frame;

/**
 * M2TP over one TCP connection (spec/aonp/m2tp.md section 2): every path is the connection itself, groups
 * interleave at frame boundaries. Inbound frames are handled on a worker thread so the event loop never blocks;
 * senders block while the connection is above its write high-water mark.
 */
public final class TcpM2tpLink implements M2tpLink, FrameHandler {
    private static final long QUEUE_HIGH = 4L << 20;
    private static final long QUEUE_LOW = 1L << 20;

    private final M2tpInbound inbound;
    private final boolean client;
    private final InboundQueue queue;
    private volatile AonpConnection connection;
    /** Set when the connection closed: frames still queued are then released instead of handled. */
    private volatile boolean closed;

    private TcpM2tpLink(M2tpInbound inbound, boolean client) {
        this.inbound = inbound;
        this.client = client;
        this.queue = new InboundQueue("m2tp-tcp-" + (client ? "client" : "server"), QUEUE_HIGH, QUEUE_LOW);
    }

    /** The handler to pass to {@link TcpNodeClient#connect}. */
    public static TcpM2tpLink client(M2tpInbound inbound) {
        return new TcpM2tpLink(inbound, true);
    }

    /** A handler for {@link TcpNodeServer#bind}'s factory. */
    public static TcpM2tpLink server(M2tpInbound inbound) {
        return new TcpM2tpLink(inbound, false);
    }

    @Override
    public void onOpen(FrameChannel channel) {
        connection = (AonpConnection) channel;
        queue.attach(connection.channel());
        queue.submit(0, () -> inbound.onOpen(this));
    }

    @Override
    public void onFrame(FrameChannel channel, Frame frame) {
        queue.add(frame.payload().readableBytes(), () -> {
            if (closed) {
                frame.release();
                return;
            }
            try {
                inbound.onFrame(this, frame);
            } catch (AonpProtocolException e) {
                close(e.code(), e.getMessage());
            } catch (RuntimeException e) {
                close(ErrorCodes.INTERNAL_ERROR, String.valueOf(e.getMessage()));
            }
        });
    }

    @Override
    public void onReadComplete(FrameChannel channel) {
        queue.handOver();
    }

    @Override
    public void onClose(FrameChannel channel, ErrorCode code, String reason) {
        closed = true;
        queue.submit(0, () -> inbound.onClose(this, code, reason));
        queue.shutdown();
    }

    @Override
    public void sendControl(Frame frame) {
        AonpConnection conn = connection;
        boolean open;
        try {
            open = conn != null && conn.awaitWritable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            open = false;
        }
        if (!open) {
            frame.release();
            ErrorCode code = conn == null || conn.closeCode() == null ? ErrorCodes.INTERNAL_ERROR : conn.closeCode();
            throw new AonpProtocolException(code, "connection closed");
        }
        conn.send(frame);
    }

    @Override
    public GroupPath openGroupPath() {
        return new GroupPath() {
            @Override
            public void send(Frame frame) {
                sendControl(frame);
            }

            @Override
            public void finish() {
                // the connection carries on; GROUP_END marked the end
            }

            @Override
            public void abort(ErrorCode code) {
                // nothing to reset on a shared connection; GROUP_CANCEL tells the peer
            }
        };
    }

    @Override
    public void sendDatagram(Frame frame) {
        sendControl(frame);
    }

    @Override
    public int maxDatagramFrame() {
        // TCP has no datagrams; objects of datagram tracks ride the connection, so keep them datagram-sized anyway
        // so that a relay can pass them on to QUIC unchanged.
        return 1236;
    }

    @Override
    public PeerInfo peer() {
        return connection.peer();
    }

    @Override
    public boolean isOpen() {
        AonpConnection conn = connection;
        return conn != null && conn.isOpen();
    }

    @Override
    public boolean isClient() {
        return client;
    }

    @Override
    public void close(ErrorCode code, String reason) {
        AonpConnection conn = connection;
        if (conn != null) {
            conn.close(code, reason);
        }
    }

    @Override
    public String describe() {
        AonpConnection conn = connection;
        return "tcp " + (conn == null ? "(not connected)" : conn.channel().remoteAddress());
    }
}
