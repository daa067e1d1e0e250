package io.agentwire.mcp.client;

import io.agentwire.mcp.ProtocolVersion;
import java.util.List;

/** The negotiated revision and what the server said about itself; changes only while connecting. */
final class ConnectionState {
    private volatile ProtocolVersion version;
    private volatile ServerDescription server;

    ProtocolVersion version() {
        return version;
    }

    boolean isModern() {
        ProtocolVersion v = version;
        return v != null && v.isModern();
    }

    /** The revision when it is a 2026-07-28 one (for headers and {@code _meta}), else {@code null}. */
    String modernVersionId() {
        ProtocolVersion v = version;
        return v != null && v.isModern() ? v.id() : null;
    }

    void use(ProtocolVersion value) {
        this.version = value;
    }

    ServerDescription server() {
        return server;
    }

    void connected(ServerDescription description) {
        this.server = description;
        this.version = description.version();
    }

    /**
     * Switches to the newest modern revision both sides know, from a server's list of supported ones.
     *
     * @return whether one was found
     */
    boolean adoptNewestModern(List<String> supported) {
        ProtocolVersion[] known = ProtocolVersion.values();
        for (int i = known.length - 1; i >= 0; i--) {
            if (known[i].isModern() && supported.contains(known[i].id())) {
                version = known[i];
                return true;
            }
        }
        return false;
    }
}
