package io.agentwire.aonp.m2tp.wire;

/**
 * TRACK_OPEN (0x10): announces a track, one flow of messages from the sender.
 *
 * @param track    the sender-chosen track ID, unique on this connection and direction
 * @param name     the track name, for logs and for the receiver's routing (such as {@code agent-a/images})
 * @param delivery {@code "stream"} (reliable, the default when absent) or {@code "datagram"} (loss-tolerant)
 * @param dest     where a relay forwards the track, such as {@code quic://host:port} (optional)
 */
public record TrackOpen(long track, String name, String delivery, String dest) {
    public static final String STREAM = "stream";
    public static final String DATAGRAM = "datagram";

    public boolean datagrams() {
        return DATAGRAM.equals(delivery);
    }
}
