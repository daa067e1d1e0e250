package io.agentwire.aonp.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;

/**
 * One AONP frame: {@code Type (i), Length (i), Payload (..)}. The frame owns its payload buffer (reference
 * counted); whoever consumes a frame releases it.
 */
public final class Frame extends DefaultByteBufHolder {
    private final long type;

    public Frame(long type, ByteBuf payload) {
        super(payload);
        VarInt.size(type);
        this.type = type;
    }

    public long type() {
        return type;
    }

    /** The payload; {@code content()} under its wire name. */
    public ByteBuf payload() {
        return content();
    }

    @Override
    public Frame replace(ByteBuf content) {
        return new Frame(type, content);
    }

    @Override
    public Frame retain() {
        super.retain();
        return this;
    }

    @Override
    public String toString() {
        return FrameTypes.name(type) + "[" + content().readableBytes() + " bytes]";
    }
}
