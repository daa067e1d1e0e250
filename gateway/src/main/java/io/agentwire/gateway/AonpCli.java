package io.agentwire.gateway;

import java.time.Duration;
import java.util.List;

import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.transport.ConnectionLimits;

/** The connection settings the {@code aonp-*} commands share. */
final class AonpCli {
    /** 10 s handshake, 2 min idle, 64 MiB frames in flight, 1 min for a stalled write. */
    static final ConnectionLimits LIMITS = new ConnectionLimits(Duration.ofSeconds(10), Duration.ofSeconds(120),
            64L << 20, Duration.ofSeconds(60));

    private AonpCli() {
    }

    /** A HELLO for {@code nodeId} offering {@code protocols}, 64 KiB frames, 2 min idle timeout. */
    static Handshake handshake(String nodeId, String... protocols) {
        return new Handshake(nodeId, List.of(protocols), 65_536, 120_000);
    }
}
