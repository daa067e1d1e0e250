package io.agentwire.aonp.smip.session;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

import io.agentwire.aonp.codec.ControlCodec;
import io.agentwire.aonp.core.FrameChannel;
import io.agentwire.aonp.smip.wire.Ack;
import io.agentwire.aonp.smip.wire.Heartbeat;
import io.agentwire.aonp.smip.wire.SmipFrames;
import io.agentwire.aonp.smip.wire.SmipMessage;
import io.agentwire.aonp.wire.Frame;
import io.netty.buffer.Unpooled;

/**
 * What both ends of a session share: the two sequence windows, the connection the session is attached to (if
 * any), acknowledgements and heartbeats. Every method runs under the object's monitor; subclasses take the same
 * monitor, so frame order on the wire is the order of the calls.
 */
public abstract class SessionLink {
    /** Heartbeat intervals of silence after which the peer counts as gone. */
    public static final int HEARTBEAT_MISSES = 3;

    private final SendWindow out = new SendWindow();
    private final ReceiveWindow in;
    private final ScheduledExecutorService timer;
    private final long ackDelayNanos;
    private FrameChannel channel;
    private long peerWindow = 1;
    private long heartbeatNanos;
    private long lastHeard;
    private long lastSent;
    private boolean ackScheduled;

    protected SessionLink(long window, long ackDelayMillis, ScheduledExecutorService timer) {
        this.in = new ReceiveWindow(window);
        this.ackDelayNanos = TimeUnit.MILLISECONDS.toNanos(ackDelayMillis);
        this.timer = timer;
    }

    /** The window this end announced. */
    protected final synchronized long window() {
        return in.window();
    }

    protected final synchronized FrameChannel channel() {
        return channel;
    }

    /** The highest sequence number received in order, announced in SESSION_OPEN and SESSION_ACCEPT on resume. */
    protected final synchronized long received() {
        return in.received();
    }

    /**
     * Attaches to {@code ch}: forgets what the peer says it received, sends {@code greeting} (SESSION_OPEN or
     * SESSION_ACCEPT, when not null) and then every unacknowledged frame again, in order.
     */
    protected final synchronized void attach(FrameChannel ch, long peerAcked, long peerWindow, long heartbeatMillis,
            long greetingType, SmipMessage greeting) {
        out.rewind();
        out.acknowledge(peerAcked);
        this.channel = ch;
        this.peerWindow = peerWindow;
        this.heartbeatNanos = TimeUnit.MILLISECONDS.toNanos(heartbeatMillis);
        this.lastHeard = System.nanoTime();
        if (greeting != null) {
            in.takeAck();
            sendNow(greetingType, greeting);
        }
        pump();
    }

    /** Leaves the connection (which the caller closes if needed); returns it, or null when none was attached. */
    protected final synchronized FrameChannel detach() {
        FrameChannel previous = channel;
        channel = null;
        return previous;
    }

    /** Numbers, stores and (window permitting) writes the message {@code build} makes for the next sequence number. */
    protected final synchronized void sendSequenced(long type, LongFunction<SmipMessage> build) {
        out.append(type, ControlCodec.encode(build.apply(out.nextSeq())));
        pump();
    }

    /** Writes an unsequenced frame now if attached; it is not kept. */
    protected final synchronized void sendNow(long type, SmipMessage message) {
        if (channel != null) {
            lastSent = System.nanoTime();
            channel.send(SmipFrames.frame(type, message));
        }
    }

    /** Admits a sequenced frame: true to process it, false for a duplicate; schedules the acknowledgement. */
    protected final synchronized boolean admit(long seq) {
        boolean fresh = in.accept(seq);
        if (in.ackUrgent()) {
            flushAck();
        } else if (!ackScheduled) {
            ackScheduled = true;
            timer.schedule(this::delayedAck, ackDelayNanos, TimeUnit.NANOSECONDS);
        }
        return fresh;
    }

    /** Notes that a frame came from the peer (any frame proves it alive). */
    protected final synchronized void heard() {
        lastHeard = System.nanoTime();
    }

    /**
     * Handles the link-level frames (ACK, HEARTBEAT: forget acknowledged frames and write what the window now
     * admits); false for every other type.
     */
    protected final synchronized boolean linkFrame(long type, SmipMessage message) {
        long upTo;
        if (type == SmipFrames.ACK) {
            upTo = ((Ack) message).acked();
        } else if (type == SmipFrames.HEARTBEAT) {
            upTo = ((Heartbeat) message).acked();
        } else {
            return false;
        }
        out.acknowledge(upTo);
        pump();
        return true;
    }

    /**
     * Sends a HEARTBEAT when this end has been quiet for an interval; returns false when the peer has been silent
     * for {@link #HEARTBEAT_MISSES} intervals.
     */
    protected final synchronized boolean heartbeat() {
        if (channel == null) {
            return true;
        }
        long now = System.nanoTime();
        if (now - lastHeard > HEARTBEAT_MISSES * heartbeatNanos) {
            return false;
        }
        if (now - lastSent >= heartbeatNanos) {
            sendNow(SmipFrames.HEARTBEAT, new Heartbeat(in.takeAck()));
        }
        return true;
    }

    /** Frames sent or queued that the peer has not acknowledged. */
    public final synchronized int unacknowledged() {
        return out.unacknowledged();
    }

    private synchronized void delayedAck() {
        ackScheduled = false;
        flushAck();
    }

    private void flushAck() {
        if (channel != null && in.needsAck()) {
            sendNow(SmipFrames.ACK, new Ack(in.takeAck()));
        }
    }

    private void pump() {
        if (channel == null) {
            return;
        }
        SendWindow.Entry entry;
        while ((entry = out.poll(peerWindow)) != null) {
            lastSent = System.nanoTime();
            channel.send(new Frame(entry.type(), Unpooled.wrappedBuffer(entry.payload())));
        }
    }
}
