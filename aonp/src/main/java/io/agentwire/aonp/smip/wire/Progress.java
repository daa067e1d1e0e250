package io.agentwire.aonp.smip.wire;

/**
 * PROGRESS (0x27, server to client, sequenced): the invocation is working; optional status and partial output.
 *
 * @param seq         the server's sequence number
 * @param id          the invocation
 * @param message     a status line (optional)
 * @param done        units of work done (optional)
 * @param total       units of work in all (optional)
 * @param contentType the media type of {@code body} (required with {@code body})
 * @param body        partial output or a status update, e.g. an A2A TaskStatusUpdateEvent (optional)
 */
public record Progress(Long seq, Long id, String message, Long done, Long total, String contentType, byte[] body)
        implements Sequenced {
    @Override
    public void check() {
        Checks.sequenced(seq, id);
        if (body != null) {
            Checks.require(contentType, "contentType");
        }
    }
}
