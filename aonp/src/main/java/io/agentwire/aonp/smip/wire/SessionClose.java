package io.agentwire.aonp.smip.wire;

/**
 * SESSION_CLOSE (0x23): the sender ends the session for good; neither side may resume it.
 *
 * @param code   NO_ERROR for an orderly end, otherwise why
 * @param reason human-readable detail (optional)
 */
public record SessionClose(Long code, String reason) implements SmipMessage {
    @Override
    public void check() {
        Checks.require(code, "code");
    }
}
