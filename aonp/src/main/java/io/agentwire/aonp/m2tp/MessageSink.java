package io.agentwire.aonp.m2tp;

import java.io.IOException;
import java.nio.ByteBuffer;

import io.agentwire.aonp.wire.ErrorCode;

/**
 * Where the chunks of one incoming message go, in order, as they arrive. Nothing is valid before
 * {@link #complete}: a file sink writes to a temporary name and renames it there.
 */
public interface MessageSink {
    /** The next bytes of the message; the buffer is only valid during the call. */
    void chunk(ByteBuffer data) throws IOException;

    /** Loss-tolerant datagram groups: {@code length} bytes at {@code offset} were lost and will not come. */
    default void gap(long offset, long length) throws IOException {
    }

    /** All bytes arrived and matched the sender's digest (or, with gaps, as much as arrived). */
    void complete(Delivery delivery) throws IOException;

    /** The message failed; discard what was written. */
    void failed(ErrorCode code, String reason);
}
