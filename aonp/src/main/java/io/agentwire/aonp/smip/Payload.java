package io.agentwire.aonp.smip;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import io.agentwire.aonp.smip.wire.PayloadRef;

/**
 * An encapsulated payload: a media type and the bytes, inline or as a reference to an M2TP group.
 *
 * @param contentType the media type, e.g. {@code application/json} for an A2A or MCP JSON-RPC message
 * @param body        the bytes inline (null when {@code ref} is used)
 * @param ref         the M2TP group that carries the bytes (null when inline)
 */
public record Payload(String contentType, byte[] body, PayloadRef ref) {
    public static final String JSON = "application/json";

    public Payload {
        Objects.requireNonNull(contentType, "contentType");
        if (body == null && ref == null) {
            throw new IllegalArgumentException("a payload needs a body or a ref");
        }
    }

    public static Payload of(String contentType, byte[] body) {
        return new Payload(contentType, body, null);
    }

    /** A JSON payload, e.g. a JSON-RPC request or response. */
    public static Payload json(String json) {
        return of(JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    public static Payload text(String text) {
        return of("text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The inline body as UTF-8 text (empty for a reference). */
    public String bodyText() {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }
}
