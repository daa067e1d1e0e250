package io.agentwire.aonp.smip.wire;

/**
 * SESSION_REJECT (0x22): the server refuses a SESSION_OPEN; the connection stays open.
 *
 * @param code   why (an SMIP or common error code)
 * @param reason human-readable detail (optional)
 */
public record SessionReject(Long code, String reason) implements SmipMessage {
    @Override
    public void check() {
        Checks.require(code, "code");
    }
}
