package io.agentwire.aonp.m2tp.wire;

import io.agentwire.aonp.codec.ControlTypes;
import io.agentwire.aonp.wire.FrameTypes;

/** M2TP frame types, 0x10–0x1F (spec/aonp/m2tp.md "Frame types"), registered with the common registries. */
public final class M2tpFrames {
    public static final long TRACK_OPEN = 0x10;
    public static final long TRACK_CLOSE = 0x11;
    public static final long GROUP_OPEN = 0x12;
    public static final long OBJECT = 0x13;
    public static final long GROUP_END = 0x14;
    public static final long GROUP_CANCEL = 0x15;
    public static final long GROUP_ACK = 0x16;
    public static final long OBJECT_DATAGRAM = 0x17;
    public static final long NACK = 0x18;
    /** The protocol name in HELLO. */
    public static final String PROTOCOL = "m2tp";

    static {
        ControlTypes.register(TRACK_OPEN, "TRACK_OPEN", TrackOpen.class);
        ControlTypes.register(TRACK_CLOSE, "TRACK_CLOSE", TrackClose.class);
        ControlTypes.register(GROUP_OPEN, "GROUP_OPEN", GroupOpen.class);
        FrameTypes.register(OBJECT, "OBJECT");
        ControlTypes.register(GROUP_END, "GROUP_END", GroupEnd.class);
        ControlTypes.register(GROUP_CANCEL, "GROUP_CANCEL", GroupCancel.class);
        ControlTypes.register(GROUP_ACK, "GROUP_ACK", GroupAck.class);
        FrameTypes.register(OBJECT_DATAGRAM, "OBJECT_DATAGRAM");
        ControlTypes.register(NACK, "NACK", Nack.class);
        M2tpErrors.register();
    }

    private M2tpFrames() {
    }

    /** Makes sure the types are registered (class initialisation does it). */
    public static void register() {
        // the static initialiser did the work
    }

    /** Whether frames of {@code type} carry a binary object header rather than CBOR. */
    public static boolean isObject(long type) {
        return type == OBJECT || type == OBJECT_DATAGRAM;
    }

    /** Whether frames of {@code type} travel on a group's ordered path (a QUIC group stream). */
    public static boolean onGroupPath(long type) {
        return type == GROUP_OPEN || type == OBJECT || type == GROUP_END;
    }
}
