package io.agentwire.aonp.smip;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.agentwire.aonp.core.FrameChannel;
import io.agentwire.aonp.core.FrameHandler;
import io.agentwire.aonp.core.PeerInfo;
import io.agentwire.aonp.m2tp.M2tpInbound;
import io.agentwire.aonp.m2tp.M2tpLink;
import io.agentwire.aonp.node.AonpConnector;
import io.agentwire.aonp.node.NodeAddress;
import io.agentwire.aonp.smip.wire.SmipFrames;
import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;
import io.agentwire.aonp.wire.Frame;
import io.agentwire.aonp.wire.FrameTypes;

/**
 * SMIP on M2TP links, so that a node's TCP and QUIC listeners ({@link io.agentwire.aonp.node.AonpListener}) serve
 * sessions beside M2TP transfers: SMIP frames travel on the link's control path, everything else goes to the
 * node's M2TP inbound.
 */
public final class SmipLinks {
    private SmipLinks() {
    }

    /**
     * Inbounds for a listener: SMIP frames to {@code server}, other frames to a fresh inbound from {@code m2tp}
     * (null when the node serves SMIP only; other frames are then UNKNOWN_FRAME_TYPE).
     */
    public static Supplier<M2tpInbound> serve(SmipServer server, Supplier<M2tpInbound> m2tp) {
        return () -> new Demux(server.handlers().get(), m2tp == null ? null : m2tp.get());
    }

    /** Opens each session connection to {@code address} through {@code connector} (TCP or QUIC). */
    public static SmipConnector connector(AonpConnector connector, NodeAddress address) {
        return handler -> {
            CompletableFuture<FrameChannel> connected = new CompletableFuture<>();
            Demux demux = new Demux(handler, null);
            // connecting blocks until the handshake is done; a reconnect must not hold the session's timer thread
            Thread thread = new Thread(() -> {
                try {
                    connected.complete(demux.channel(connector.connect(address, demux)));
                } catch (IOException | RuntimeException e) {
                    connected.completeExceptionally(e);
                }
            }, "smip-connect-" + address);
            thread.setDaemon(true);
            thread.start();
            return connected;
        };
    }

    /** Splits one link's frames between the SMIP handler and M2TP. */
    private static final class Demux implements M2tpInbound {
        private final FrameHandler smip;
        private final M2tpInbound m2tp;
        private LinkChannel channel;

        Demux(FrameHandler smip, M2tpInbound m2tp) {
            this.smip = smip;
            this.m2tp = m2tp;
        }

        /** One channel per link, so the session layer can tell connections apart by identity. */
        synchronized FrameChannel channel(M2tpLink link) {
            if (channel == null) {
                channel = new LinkChannel(link);
            }
            return channel;
        }

        @Override
        public void onOpen(M2tpLink link) {
            smip.onOpen(channel(link));
            if (m2tp != null) {
                m2tp.onOpen(link);
            }
        }

        @Override
        public void onFrame(M2tpLink link, Frame frame) {
            if (SmipFrames.isSmip(frame.type())) {
                smip.onFrame(channel(link), frame);
            } else if (m2tp != null) {
                m2tp.onFrame(link, frame);
            } else {
                long type = frame.type();
                frame.release();
                throw new AonpProtocolException(ErrorCodes.UNKNOWN_FRAME_TYPE, FrameTypes.name(type)
                        + " on an SMIP-only connection");
            }
        }

        @Override
        public void onClose(M2tpLink link, ErrorCode code, String reason) {
            smip.onClose(channel(link), code, reason);
            if (m2tp != null) {
                m2tp.onClose(link, code, reason);
            }
        }
    }

    /** The control path of an M2TP link as the frame channel SMIP sessions use. */
    private static final class LinkChannel implements FrameChannel {
        private final M2tpLink link;

        LinkChannel(M2tpLink link) {
            this.link = link;
        }

        @Override
        public void send(Frame frame) {
            try {
                link.sendControl(frame);
            } catch (AonpProtocolException e) {
                // FrameChannel's contract: frames sent after close are dropped (the link released it)
            }
        }

        @Override
        public void close(ErrorCode code, String reason) {
            link.close(code, reason);
        }

        @Override
        public boolean isOpen() {
            return link.isOpen();
        }

        @Override
        public PeerInfo peer() {
            return link.peer();
        }

        @Override
        public String toString() {
            return link.describe();
        }
    }
}
