package io.agentwire.aonp.smip.wire;

/**
 * RESULT (0x2A, server to client, sequenced): the invocation completed; its final output.
 *
 * @param seq         the server's sequence number
 * @param id          the invocation
 * @param contentType the media type of the result, e.g. {@code application/json} for a JSON-RPC response
 * @param body        the result inline (optional when {@code ref} is given)
 * @param ref         the result as an M2TP group (optional)
 */
public record Result(Long seq, Long id, String contentType, byte[] body, PayloadRef ref) implements Sequenced {
    @Override
    public void check() {
        Checks.sequenced(seq, id);
        Checks.payload(contentType, body, ref);
    }
}
