package io.agentwire.mcp;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The MCP revisions Agentwire speaks. Versions are data: the rest of the code asks a revision what it allows
 * instead of branching on dates.
 */
public enum ProtocolVersion {
    V2024_11_05("2024-11-05"),
    V2025_03_26("2025-03-26"),
    V2025_06_18("2025-06-18"),
    V2025_11_25("2025-11-25"),
    V2026_07_28("2026-07-28");

    /** The newest revision of the legacy ({@code initialize}, sessions) era. */
    public static final ProtocolVersion LATEST_LEGACY = V2025_11_25;
    /** The newest revision overall. */
    public static final ProtocolVersion LATEST = V2026_07_28;
    /** What a legacy HTTP request without an {@code MCP-Protocol-Version} header is assumed to speak. */
    public static final ProtocolVersion HEADERLESS_DEFAULT = V2025_03_26;

    private final String id;

    ProtocolVersion(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ProtocolVersion> parse(String text) {
        return Arrays.stream(values()).filter(v -> v.id.equals(text)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ProtocolVersion::id).toList();
    }

    public static List<String> legacyIds() {
        return Arrays.stream(values()).filter(v -> !v.isModern()).map(ProtocolVersion::id).toList();
    }

    public static List<String> modernIds() {
        return Arrays.stream(values()).filter(ProtocolVersion::isModern).map(ProtocolVersion::id).toList();
    }

    /** Stateless era: no handshake, version and capabilities in every request's {@code _meta}. */
    public boolean isModern() {
        return compareTo(V2026_07_28) >= 0;
    }

    public boolean allowsBatches() {
        return this == V2025_03_26;
    }

    public boolean atLeast(ProtocolVersion other) {
        return compareTo(other) >= 0;
    }

    /** Revisions before 2025-11-25 write JSON Schema draft-07; later ones default to 2020-12. */
    public boolean defaultsToSchema202012() {
        return atLeast(V2025_11_25);
    }

    /** Resource-not-found changed from -32002 to -32602 (with {@code data.uri}) in 2026-07-28. */
    public int resourceNotFoundCode() {
        return isModern() ? -32602 : -32002;
    }

    @Override
    public String toString() {
        return id;
    }
}
