package io.agentwire.aonp.core;

import io.agentwire.aonp.wire.ErrorCode;

/**
 * CLOSE (0x06): the last frame on a connection; the sender closes the transport after writing it.
 *
 * @param code      the error code (NO_ERROR for an orderly close)
 * @param reason    a human-readable explanation (optional)
 * @param frameType the type of the frame that caused the error (optional)
 */
public record Close(long code, String reason, Long frameType) {
    public static Close of(ErrorCode code, String reason) {
        return new Close(code.value(), reason, null);
    }
}
