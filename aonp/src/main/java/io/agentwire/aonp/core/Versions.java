package io.agentwire.aonp.core;

import java.util.List;
import java.util.Optional;

import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCodes;

/** Version and protocol negotiation for HELLO (spec/aonp/framing.md "Version negotiation"). */
public final class Versions {
    /** The AONP version this implementation speaks. */
    public static final long CURRENT = 1;
    /** The QUIC ALPN of the suite. */
    public static final String ALPN = "aonp/1";
    /** Default largest frame payload when HELLO names none. */
    public static final int DEFAULT_MAX_FRAME = 65_536;
    /** No frame payload may exceed this, whatever HELLO says. */
    public static final int HARD_MAX_FRAME = 16_777_216;

    private Versions() {
    }

    /** Picks the first of the client's versions that we speak, or fails with VERSION_NEGOTIATION_FAILED. */
    public static long choose(List<Long> offered) {
        Optional<Long> chosen = offered == null ? Optional.empty()
                : offered.stream().filter(v -> v == CURRENT).findFirst();
        return chosen.orElseThrow(() -> new AonpProtocolException(ErrorCodes.VERSION_NEGOTIATION_FAILED,
                "no common version in " + offered + "; this node speaks " + CURRENT));
    }

    /** The effective frame limit: the peer's declared limit, defaulted and capped. */
    public static int maxFrame(Long declared) {
        if (declared == null) {
            return DEFAULT_MAX_FRAME;
        }
        if (declared < 1024) {
            throw new AonpProtocolException(ErrorCodes.PROTOCOL_VIOLATION, "maxFrame below 1024: " + declared);
        }
        return (int) Math.min(declared, HARD_MAX_FRAME);
    }
}
