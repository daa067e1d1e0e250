package io.agentwire.aonp.smip.wire;

/**
 * INPUT (0x29, client to server, sequenced): the answer to INPUT_REQUIRED; the invocation is working again.
 *
 * @param seq         the client's sequence number
 * @param id          the invocation
 * @param contentType the media type of the answer
 * @param body        the answer inline (optional when {@code ref} is given)
 * @param ref         the answer as an M2TP group (optional)
 */
public record Input(Long seq, Long id, String contentType, byte[] body, PayloadRef ref) implements Sequenced {
    @Override
    public void check() {
        Checks.sequenced(seq, id);
        Checks.payload(contentType, body, ref);
    }
}
