package io.agentwire.aonp.transport;

import java.time.Duration;

/**
 * Timeouts and buffer limits of one connection.
 *
 * @param handshakeTimeout how long a peer may take to send its HELLO or HELLO_ACK
 * @param idleTimeout      silence after which the connection is closed with IDLE_TIMEOUT (PINGs keep it alive)
 * @param maxPendingBytes  bytes queued for a peer that does not read, beyond which it is closed with SLOW_READER
 * @param slowReaderTimeout how long the peer may leave the connection unwritable before it is closed with SLOW_READER
 */
public record ConnectionLimits(Duration handshakeTimeout, Duration idleTimeout, long maxPendingBytes,
        Duration slowReaderTimeout) {
    public static final ConnectionLimits DEFAULTS = new ConnectionLimits(Duration.ofSeconds(10),
            Duration.ofSeconds(60), 64L << 20, Duration.ofSeconds(30));
}
