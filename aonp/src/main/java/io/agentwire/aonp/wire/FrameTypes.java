package io.agentwire.aonp.wire;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The frame type registry (spec/aonp/framing.md "Frame types"). Ranges: core 0x00–0x0F, M2TP 0x10–0x1F,
 * SMIP 0x20–0x2F, SRMP 0x30–0x3F, AIDP 0x40–0x4F, A2P 0x50–0x5F; 0x3F00–0x3FFF are extension frames a receiver
 * skips when it does not know them. Every other unknown type is a connection error (UNKNOWN_FRAME_TYPE).
 */
public final class FrameTypes {
    public static final long HELLO = 0x01;
    public static final long HELLO_ACK = 0x02;
    public static final long PING = 0x03;
    public static final long PONG = 0x04;
    public static final long GOAWAY = 0x05;
    public static final long CLOSE = 0x06;

    private static final long EXTENSION_FIRST = 0x3F00;
    private static final long EXTENSION_LAST = 0x3FFF;
    private static final Map<Long, String> NAMES = new ConcurrentHashMap<>();

    static {
        register(HELLO, "HELLO");
        register(HELLO_ACK, "HELLO_ACK");
        register(PING, "PING");
        register(PONG, "PONG");
        register(GOAWAY, "GOAWAY");
        register(CLOSE, "CLOSE");
    }

    private FrameTypes() {
    }

    /** Registers a type a protocol implements; registering one value under two names is a programming error. */
    public static void register(long type, String name) {
        String previous = NAMES.putIfAbsent(type, name);
        if (previous != null && !previous.equals(name)) {
            throw new IllegalStateException("frame type 0x" + Long.toHexString(type) + " is both " + previous
                    + " and " + name);
        }
    }

    public static boolean isKnown(long type) {
        return NAMES.containsKey(type);
    }

    /** Extension frames that a receiver which does not understand them must skip rather than fail on. */
    public static boolean isIgnorableExtension(long type) {
        return type >= EXTENSION_FIRST && type <= EXTENSION_LAST;
    }

    public static String name(long type) {
        return NAMES.getOrDefault(type, "0x" + Long.toHexString(type));
    }
}
