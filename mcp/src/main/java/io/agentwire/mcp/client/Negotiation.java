package io.agentwire.mcp.client;

import io.agentwire.mcp.ProtocolVersion;
import java.util.Locale;
import java.util.Objects;

/**
 * How the client picks the protocol revision: {@link #LEGACY} always opens with {@code initialize};
 * {@link #AUTO} probes with {@code server/discover} and falls back to {@code initialize} (and, over HTTP, to the
 * HTTP+SSE transport); {@link #pinned} speaks one revision only.
 */
public final class Negotiation {
    /** The kinds of negotiation. */
    public enum Mode { LEGACY, AUTO, PINNED }

    public static final Negotiation LEGACY = new Negotiation(Mode.LEGACY, null);
    public static final Negotiation AUTO = new Negotiation(Mode.AUTO, null);

    private final Mode mode;
    private final ProtocolVersion version;

    private Negotiation(Mode mode, ProtocolVersion version) {
        this.mode = mode;
        this.version = version;
    }

    public static Negotiation pinned(ProtocolVersion version) {
        return new Negotiation(Mode.PINNED, Objects.requireNonNull(version, "version"));
    }

    public Mode mode() {
        return mode;
    }

    /** The pinned revision, or {@code null} unless {@link Mode#PINNED}. */
    public ProtocolVersion version() {
        return version;
    }

    @Override
    public String toString() {
        return mode == Mode.PINNED ? "pinned " + version : mode.name().toLowerCase(Locale.ROOT);
    }
}
