package io.agentwire.aonp.smip.wire;

/**
 * ERROR (0x2B, server to client, sequenced): the invocation ended without a result.
 *
 * @param seq         the server's sequence number
 * @param id          the invocation
 * @param state       the terminal state: {@code failed}, {@code canceled} or {@code rejected}
 * @param code        an SMIP error code
 * @param reason      human-readable detail (optional)
 * @param contentType the media type of {@code body} (required with {@code body})
 * @param body        application error detail, e.g. a JSON-RPC error response (optional)
 */
public record InvocationError(Long seq, Long id, String state, Long code, String reason, String contentType,
        byte[] body) implements Sequenced {
    public static final String FAILED = "failed";
    public static final String CANCELED = "canceled";
    public static final String REJECTED = "rejected";

    @Override
    public void check() {
        Checks.sequenced(seq, id);
        Checks.oneOf(state, "state", FAILED, CANCELED, REJECTED);
        Checks.require(code, "code");
        if (body != null) {
            Checks.require(contentType, "contentType");
        }
    }
}
