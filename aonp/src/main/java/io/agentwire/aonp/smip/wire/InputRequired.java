package io.agentwire.aonp.smip.wire;

/**
 * INPUT_REQUIRED (0x28, server to client, sequenced): the invocation waits for the client.
 *
 * @param seq         the server's sequence number
 * @param id          the invocation
 * @param state       {@code input-required} or {@code auth-required}
 * @param contentType the media type of {@code body} (required with {@code body})
 * @param body        what is asked, e.g. an A2A Message (optional)
 */
public record InputRequired(Long seq, Long id, String state, String contentType, byte[] body) implements Sequenced {
    public static final String INPUT = "input-required";
    public static final String AUTH = "auth-required";

    @Override
    public void check() {
        Checks.sequenced(seq, id);
        Checks.oneOf(state, "state", INPUT, AUTH);
        if (body != null) {
            Checks.require(contentType, "contentType");
        }
    }
}
