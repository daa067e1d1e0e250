package io.agentwire.aonp.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCodes;
import io.agentwire.aonp.wire.Frame;
import io.agentwire.aonp.wire.VarInt;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;

class FrameDecoderTest {
    /** Property: however the byte stream is split or coalesced, the same frames come out. */
    @Test
    void randomSplitsAndCoalescingYieldTheSameFrames() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<byte[]> payloads = new ArrayList<>();
            List<Long> types = new ArrayList<>();
            ByteBuf stream = Unpooled.buffer();
            int frames = 1 + random.nextInt(20);
            for (int i = 0; i < frames; i++) {
                byte[] payload = new byte[random.nextInt(3) == 0 ? random.nextInt(20_000) : random.nextInt(70)];
                random.nextBytes(payload);
                long type = random.nextBoolean() ? random.nextInt(0x60) : 0x3F00 + random.nextInt(0x100);
                payloads.add(payload);
                types.add(type);
                Frame frame = new Frame(type, Unpooled.wrappedBuffer(payload));
                ByteBuf whole = FrameEncoder.encodeToBuffer(ByteBufAllocator.DEFAULT, frame);
                stream.writeBytes(whole);
                whole.release();
                frame.release();
            }
            EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(65_536));
            while (stream.isReadable()) {
                int piece = Math.min(stream.readableBytes(), 1 + random.nextInt(random.nextBoolean() ? 3 : 9_000));
                channel.writeInbound(stream.readRetainedSlice(piece));
            }
            stream.release();
            for (int i = 0; i < frames; i++) {
                Frame frame = channel.readInbound();
                assertEquals(types.get(i), frame.type(), "type of frame " + i);
                assertArrayEquals(payloads.get(i), ByteBufUtil.getBytes(frame.payload()), "payload of frame " + i);
                frame.release();
            }
            assertNull(channel.readInbound());
            assertFalse(channel.finish());
        }
    }

    /** A frame that spans two reads is a view of both received buffers: bulk payloads are not copied again. */
    @Test
    void aFrameSpanningReadsIsNotCopiedIntoOneBuffer() {
        byte[] payload = new byte[1000];
        new Random(7).nextBytes(payload);
        Frame sent = new Frame(0x13, Unpooled.wrappedBuffer(payload));
        ByteBuf whole = FrameEncoder.encodeToBuffer(ByteBufAllocator.DEFAULT, sent);
        sent.release();
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(65_536));
        channel.writeInbound(whole.readRetainedSlice(400));
        channel.writeInbound(whole.readRetainedSlice(whole.readableBytes()));
        whole.release();
        Frame frame = channel.readInbound();
        assertEquals(2, frame.payload().nioBufferCount(), "the payload's bytes stay in the two reads' buffers");
        assertArrayEquals(payload, ByteBufUtil.getBytes(frame.payload()));
        frame.release();
        assertFalse(channel.finish());
    }

    @Test
    void refusesAnOversizeFrameFromItsHeaderAlone() {
        ByteBuf header = Unpooled.buffer();
        VarInt.write(header, 0x13);
        VarInt.write(header, 1_000_000);
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(65_536));
        DecoderException e = assertThrows(DecoderException.class, () -> channel.writeInbound(header));
        AonpProtocolException cause = assertInstanceOf(AonpProtocolException.class, e.getCause());
        assertEquals(ErrorCodes.FRAME_TOO_LARGE, cause.code());
        channel.finishAndReleaseAll();
    }

    @Test
    void waitsForATruncatedHeaderOrPayload() {
        ByteBuf partial = Unpooled.wrappedBuffer(new byte[] {0x13, (byte) 0x40});
        assertEquals(null, FrameDecoder.decodeOne(partial, 65_536), "length varint cut after its first byte");
        assertEquals(0, partial.readerIndex());
        ByteBuf shortPayload = Unpooled.wrappedBuffer(new byte[] {0x13, 0x05, 1, 2});
        assertEquals(null, FrameDecoder.decodeOne(shortPayload, 65_536));
        assertEquals(0, shortPayload.readerIndex());
        partial.release();
        shortPayload.release();
    }
}
