package io.agentwire.aonp.smip;

import java.time.Duration;

/**
 * Session limits and timers, for either end.
 *
 * @param window         unacknowledged sequenced frames this end accepts from the peer
 * @param maxInvocations server: invocations that may be active at once in one session
 * @param heartbeat      the heartbeat interval (the server's value is the session's)
 * @param lifetime       how long a detached session may be resumed (the server's value caps the client's)
 * @param ackDelay       how long a receiver may hold back an ACK to cover more frames with it
 */
public record SmipOptions(int window, int maxInvocations, Duration heartbeat, Duration lifetime, Duration ackDelay) {
    public static final SmipOptions DEFAULTS = new SmipOptions(256, 1024, Duration.ofSeconds(5),
            Duration.ofSeconds(60), Duration.ofMillis(5));

    public SmipOptions {
        if (window < 1 || maxInvocations < 1 || heartbeat.toMillis() < 1 || lifetime.isNegative()) {
            throw new IllegalArgumentException("SMIP options out of range");
        }
    }

    public SmipOptions withHeartbeat(Duration value) {
        return new SmipOptions(window, maxInvocations, value, lifetime, ackDelay);
    }

    public SmipOptions withLifetime(Duration value) {
        return new SmipOptions(window, maxInvocations, heartbeat, value, ackDelay);
    }

    public SmipOptions withMaxInvocations(int value) {
        return new SmipOptions(window, value, heartbeat, lifetime, ackDelay);
    }

    /** How often the owner of sessions checks heartbeats and lifetimes. */
    long tickMillis() {
        return tickMillis(heartbeat.toMillis(), lifetime.toMillis());
    }

    /** A quarter of the shorter timer, between 5 ms and 1 s, so timeouts are seen at most 25 % late. */
    static long tickMillis(long heartbeatMillis, long lifetimeMillis) {
        long shortest = Math.min(heartbeatMillis, Math.max(1, lifetimeMillis));
        return Math.max(5, Math.min(1_000, shortest / 4));
    }
}
