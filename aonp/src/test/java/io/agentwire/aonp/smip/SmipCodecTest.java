package io.agentwire.aonp.smip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.agentwire.aonp.codec.ControlCodec;
import io.agentwire.aonp.smip.wire.Invoke;
import io.agentwire.aonp.smip.wire.SmipErrorCodes;
import io.agentwire.aonp.smip.wire.SmipFrames;
import io.agentwire.aonp.smip.wire.SmipMessage;
import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCode;
import io.agentwire.aonp.wire.ErrorCodes;
import io.agentwire.aonp.wire.Frame;

/** Every SMIP record survives encode and decode; missing required fields are MALFORMED_MESSAGE. */
class SmipCodecTest {
    static {
        SmipFrames.init();
    }

    @Test
    void everySampleRoundTrips() {
        SmipVectors.samples().forEach((type, message) -> {
            Frame frame = SmipFrames.frame(type, message);
            SmipMessage decoded = SmipFrames.decodeAndRelease(frame);
            assertEquals(message.getClass(), decoded.getClass());
            assertArrayEquals(ControlCodec.encode(message), ControlCodec.encode(decoded));
        });
    }

    @Test
    void missingRequiredFieldsAreMalformed() {
        assertCode(SmipErrorCodes.MALFORMED_MESSAGE, SmipFrames.INVOKE, Map.of("seq", 1, "id", 1, "body", new byte[1]));
        assertCode(SmipErrorCodes.MALFORMED_MESSAGE, SmipFrames.INVOKE, Map.of("seq", 1, "id", 1, "contentType", "a/b"));
        assertCode(SmipErrorCodes.MALFORMED_MESSAGE, SmipFrames.RESULT, Map.of("id", 1, "contentType", "a/b",
                "body", new byte[1]));
        assertCode(SmipErrorCodes.MALFORMED_MESSAGE, SmipFrames.ERROR, Map.of("seq", 1, "id", 1, "state", "lost",
                "code", 1));
        assertCode(SmipErrorCodes.MALFORMED_MESSAGE, SmipFrames.SESSION_OPEN, Map.of("session", new byte[16]));
        assertCode(SmipErrorCodes.MALFORMED_MESSAGE, SmipFrames.SESSION_OPEN, Map.of("session", new byte[3],
                "acked", 0));
        assertCode(SmipErrorCodes.MALFORMED_MESSAGE, SmipFrames.ACK, Map.of());
        assertCode(SmipErrorCodes.MALFORMED_MESSAGE, SmipFrames.INVOKE, new Invoke(0L, 1L, "a/b", new byte[1], null,
                null, null));
        assertCode(SmipErrorCodes.MALFORMED_MESSAGE, SmipFrames.INVOKE, new Invoke(1L, 1L, "a/b", new byte[1], null,
                null, new byte[3]));
    }

    @Test
    void badCborAndUnknownTypesUseTheCommonCodes() {
        Frame garbage = new Frame(SmipFrames.ACK, io.netty.buffer.Unpooled.wrappedBuffer(new byte[] {(byte) 0xa1}));
        assertEquals(ErrorCodes.FRAME_ENCODING_ERROR,
                assertThrows(AonpProtocolException.class, () -> SmipFrames.decodeAndRelease(garbage)).code());
        assertCode(ErrorCodes.UNKNOWN_FRAME_TYPE, 0x2E, Map.of("seq", 1));
    }

    private static void assertCode(ErrorCode code, long type, Object message) {
        Frame frame = ControlCodec.frame(type, message);
        assertEquals(code, assertThrows(AonpProtocolException.class, () -> SmipFrames.decodeAndRelease(frame)).code(),
                String.valueOf(message));
    }
}
