package io.agentwire.aonp.smip.wire;

import io.agentwire.aonp.codec.ControlCodec;
import io.agentwire.aonp.codec.ControlTypes;
import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCodes;
import io.agentwire.aonp.wire.Frame;
import io.agentwire.aonp.wire.FrameTypes;

/** The SMIP frame types (0x20–0x2C), registered with their records in {@link ControlTypes}. */
public final class SmipFrames {
    /** The protocol name announced in HELLO (framing.md). */
    public static final String PROTOCOL = "smip";

    public static final long SESSION_OPEN = 0x20;
    public static final long SESSION_ACCEPT = 0x21;
    public static final long SESSION_REJECT = 0x22;
    public static final long SESSION_CLOSE = 0x23;
    public static final long HEARTBEAT = 0x24;
    public static final long ACK = 0x25;
    public static final long INVOKE = 0x26;
    public static final long PROGRESS = 0x27;
    public static final long INPUT_REQUIRED = 0x28;
    public static final long INPUT = 0x29;
    public static final long RESULT = 0x2A;
    public static final long ERROR = 0x2B;
    public static final long CANCEL = 0x2C;

    private static final long FIRST = 0x20;
    private static final long LAST = 0x2F;

    static {
        ControlTypes.register(SESSION_OPEN, "SESSION_OPEN", SessionOpen.class);
        ControlTypes.register(SESSION_ACCEPT, "SESSION_ACCEPT", SessionAccept.class);
        ControlTypes.register(SESSION_REJECT, "SESSION_REJECT", SessionReject.class);
        ControlTypes.register(SESSION_CLOSE, "SESSION_CLOSE", SessionClose.class);
        ControlTypes.register(HEARTBEAT, "HEARTBEAT", Heartbeat.class);
        ControlTypes.register(ACK, "ACK", Ack.class);
        ControlTypes.register(INVOKE, "INVOKE", Invoke.class);
        ControlTypes.register(PROGRESS, "PROGRESS", Progress.class);
        ControlTypes.register(INPUT_REQUIRED, "INPUT_REQUIRED", InputRequired.class);
        ControlTypes.register(INPUT, "INPUT", Input.class);
        ControlTypes.register(RESULT, "RESULT", Result.class);
        ControlTypes.register(ERROR, "ERROR", InvocationError.class);
        ControlTypes.register(CANCEL, "CANCEL", Cancel.class);
        SmipErrorCodes.init();
    }

    private SmipFrames() {
    }

    /** Registers the SMIP types and error codes (class initialisation does the work). */
    public static void init() {
        // the static initialiser registers
    }

    /** Whether {@code type} lies in the range SMIP owns. */
    public static boolean isSmip(long type) {
        return type >= FIRST && type <= LAST;
    }

    /**
     * Decodes and checks an SMIP frame's payload without releasing the frame. Unknown types in the SMIP range are
     * UNKNOWN_FRAME_TYPE, bad CBOR is FRAME_ENCODING_ERROR and missing fields are MALFORMED_MESSAGE.
     */
    public static SmipMessage decode(Frame frame) {
        Class<?> record = ControlTypes.recordOf(frame.type())
                .filter(c -> isSmip(frame.type()) && SmipMessage.class.isAssignableFrom(c))
                .orElseThrow(() -> new AonpProtocolException(ErrorCodes.UNKNOWN_FRAME_TYPE,
                        FrameTypes.name(frame.type())));
        SmipMessage message = (SmipMessage) ControlCodec.decode(frame.payload(), record);
        message.check();
        return message;
    }

    /** {@link #decode} and release the frame, whatever the outcome (frame handlers own their frames). */
    public static SmipMessage decodeAndRelease(Frame frame) {
        try {
            return decode(frame);
        } finally {
            frame.release();
        }
    }

    /** A frame carrying {@code message}. */
    public static Frame frame(long type, SmipMessage message) {
        return ControlCodec.frame(type, message);
    }
}
