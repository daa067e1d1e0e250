package io.agentwire.aonp.m2tp;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.agentwire.aonp.codec.ControlCodec;
import io.agentwire.aonp.m2tp.wire.GroupAck;
import io.agentwire.aonp.m2tp.wire.GroupCancel;
import io.agentwire.aonp.m2tp.wire.GroupEnd;
import io.agentwire.aonp.m2tp.wire.GroupOpen;
import io.agentwire.aonp.m2tp.wire.M2tpFrames;
import io.agentwire.aonp.m2tp.wire.Nack;
import io.agentwire.aonp.m2tp.wire.ObjectCodec;
import io.agentwire.aonp.m2tp.wire.ObjectHeader;
import io.agentwire.aonp.m2tp.wire.TrackClose;
import io.agentwire.aonp.m2tp.wire.TrackOpen;
import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;
import io.agentwire.aonp.wire.Frame;
import io.agentwire.aonp.wire.FrameTypes;

/**
 * M2TP on one link, both directions: sends messages on tracks this side opens and hands the peer's messages to a
 * {@link MessageReceiver}. One endpoint serves one link; create it in the link factory of a node.
 */
public final class M2tpEndpoint implements M2tpInbound {
    private static final ScheduledExecutorService TIMERS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "m2tp-timers");
        thread.setDaemon(true);
        return thread;
    });

    static {
        M2tpFrames.register();
    }

    private final InboundGroups inbound;
    private final OutboundGroups outbound;
    private final M2tpOptions options;
    private final CompletableFuture<M2tpLink> opened = new CompletableFuture<>();
    private final AtomicLong nextTrack = new AtomicLong();
    private volatile ScheduledFuture<?> ticker;

    public M2tpEndpoint(MessageReceiver receiver, M2tpOptions options) {
        this.inbound = new InboundGroups(receiver, options);
        this.outbound = new OutboundGroups(options);
        this.options = options;
    }

    /** An endpoint that refuses every incoming message (for senders). */
    public static M2tpEndpoint sendOnly(M2tpOptions options) {
        return new M2tpEndpoint(info -> {
            throw new IOException("this node does not accept messages");
        }, options);
    }

    /** Completes with the link once its handshake is done. */
    public CompletableFuture<M2tpLink> opened() {
        return opened;
    }

    /**
     * Opens a track (TRACK_OPEN). Track IDs follow the QUIC convention so both sides can open tracks on one link
     * without clashing: even for the connecting side, odd for the accepting side.
     *
     * @param name      the track name
     * @param datagrams whether objects travel as datagrams (loss-tolerant) rather than on ordered group paths
     * @param dest      where a relay should forward the track, or null
     */
    public Track openTrack(String name, boolean datagrams, String dest) {
        M2tpLink link = link();
        long id = nextTrack.getAndIncrement() * 2 + (isClient(link) ? 0 : 1);
        link.sendControl(ControlCodec.frame(M2tpFrames.TRACK_OPEN, new TrackOpen(id, name,
                datagrams ? TrackOpen.DATAGRAM : TrackOpen.STREAM, dest)));
        return new Track(id, name, datagrams);
    }

    /**
     * Sends {@code data} as one message on {@code track} and blocks until the receiver confirmed it with
     * GROUP_ACK. Memory use is one chunk, whatever the size of the stream.
     *
     * @throws M2tpException with the spec's error code when the receiver refused or failed the message, or the link
     *                       closed
     */
    public Delivery send(Track track, InputStream data, MessageMeta meta, ProgressListener progress)
            throws IOException, M2tpException, InterruptedException {
        return outbound.send(link(), track, data, meta, progress);
    }

    /** Ends a track this side opened (TRACK_CLOSE with NO_ERROR). */
    public void closeTrack(Track track) {
        link().sendControl(ControlCodec.frame(M2tpFrames.TRACK_CLOSE, new TrackClose(track.id(), 0, null)));
    }

    public M2tpOptions options() {
        return options;
    }

    @Override
    public void onOpen(M2tpLink link) {
        long period = Math.max(10, options.reorderTimeout().toMillis() / 2);
        ticker = TIMERS.scheduleWithFixedDelay(() -> tick(link), period, period, TimeUnit.MILLISECONDS);
        opened.complete(link);
    }

    @Override
    public void onFrame(M2tpLink link, Frame frame) {
        try {
            dispatch(link, frame);
        } finally {
            frame.release();
        }
    }

    private void dispatch(M2tpLink link, Frame frame) {
        long type = frame.type();
        if (type == M2tpFrames.OBJECT || type == M2tpFrames.OBJECT_DATAGRAM) {
            ObjectHeader header = ObjectCodec.readHeader(frame.payload());
            if (type == M2tpFrames.OBJECT) {
                inbound.object(link, header, frame.payload());
            } else {
                inbound.datagram(link, header, frame.payload());
            }
        } else if (type == M2tpFrames.TRACK_OPEN) {
            inbound.trackOpen(link, ControlCodec.decode(frame.payload(), TrackOpen.class));
        } else if (type == M2tpFrames.GROUP_OPEN) {
            inbound.groupOpen(link, ControlCodec.decode(frame.payload(), GroupOpen.class));
        } else if (type == M2tpFrames.GROUP_END) {
            inbound.groupEnd(link, ControlCodec.decode(frame.payload(), GroupEnd.class));
        } else if (type == M2tpFrames.GROUP_CANCEL) {
            inbound.groupCancel(ControlCodec.decode(frame.payload(), GroupCancel.class));
        } else if (type == M2tpFrames.GROUP_ACK) {
            outbound.ack(ControlCodec.decode(frame.payload(), GroupAck.class));
        } else if (type == M2tpFrames.NACK) {
            outbound.nack(link, ControlCodec.decode(frame.payload(), Nack.class));
        } else if (type == M2tpFrames.TRACK_CLOSE) {
            TrackClose close = ControlCodec.decode(frame.payload(), TrackClose.class);
            // parity tells whose track it is: the peer closing its own, or refusing one of ours
            if ((close.track() % 2 == 0) != isClient(link)) {
                inbound.trackClose(close);
            } else if (close.code() != ErrorCodes.NO_ERROR.value()) {
                outbound.trackRefused(close.track(), ErrorCodes.of(close.code()), close.reason());
            }
        } else if (!FrameTypes.isIgnorableExtension(type)) {
            throw new AonpProtocolException(ErrorCodes.UNKNOWN_FRAME_TYPE, FrameTypes.name(type));
        }
    }

    @Override
    public void onClose(M2tpLink link, ErrorCode code, String reason) {
        ScheduledFuture<?> running = ticker;
        if (running != null) {
            running.cancel(false);
        }
        opened.completeExceptionally(new AonpProtocolException(code, String.valueOf(reason)));
        inbound.closed(code, reason);
        outbound.closed(code, reason);
    }

    private void tick(M2tpLink link) {
        try {
            inbound.tick(link);
        } catch (RuntimeException e) {
            // a failed NACK means the link is closing; onClose cleans up
        }
    }

    private M2tpLink link() {
        M2tpLink link = opened.getNow(null);
        if (link == null || !link.isOpen()) {
            throw new AonpProtocolException(ErrorCodes.PROTOCOL_VIOLATION, "the link is not open");
        }
        return link;
    }

    private static boolean isClient(M2tpLink link) {
        return link.isClient();
    }
}
