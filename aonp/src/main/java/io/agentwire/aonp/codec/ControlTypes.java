package io.agentwire.aonp.codec;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.agentwire.aonp.core.Close;
import io.agentwire.aonp.core.GoAway;
import io.agentwire.aonp.core.Hello;
import io.agentwire.aonp.core.HelloAck;
import io.agentwire.aonp.wire.FrameTypes;

/**
 * Which record class carries the CBOR payload of each control frame type. Each protocol registers its control
 * frames here (and so in {@link FrameTypes}) from a static initialiser of its own frames class; binary frames
 * register in {@link FrameTypes} only. The spec's test vectors are checked against this table.
 */
public final class ControlTypes {
    private static final Map<Long, Class<?>> RECORDS = new ConcurrentHashMap<>();

    static {
        register(FrameTypes.HELLO, "HELLO", Hello.class);
        register(FrameTypes.HELLO_ACK, "HELLO_ACK", HelloAck.class);
        register(FrameTypes.GOAWAY, "GOAWAY", GoAway.class);
        register(FrameTypes.CLOSE, "CLOSE", Close.class);
    }

    private ControlTypes() {
    }

    /** Registers a control frame type, its name and the record its payload maps to. */
    public static void register(long type, String name, Class<?> record) {
        FrameTypes.register(type, name);
        Class<?> previous = RECORDS.putIfAbsent(type, record);
        if (previous != null && previous != record) {
            throw new IllegalStateException(name + " is mapped to both " + previous + " and " + record);
        }
    }

    /** The record class of a control frame type, or empty for binary and unknown types. */
    public static Optional<Class<?>> recordOf(long type) {
        return Optional.ofNullable(RECORDS.get(type));
    }
}
