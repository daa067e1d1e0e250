package io.agentwire.aonp.smip.wire;

/**
 * CANCEL (0x2C, client to server, sequenced): asks the server to stop an invocation; the server answers with
 * ERROR in state {@code canceled} unless the invocation already ended.
 *
 * @param seq    the client's sequence number
 * @param id     the invocation
 * @param reason why (optional)
 */
public record Cancel(Long seq, Long id, String reason) implements Sequenced {
    @Override
    public void check() {
        Checks.sequenced(seq, id);
    }
}
