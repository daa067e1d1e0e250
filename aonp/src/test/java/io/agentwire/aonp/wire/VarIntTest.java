package io.agentwire.aonp.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

class VarIntTest {
    /** The worked examples of RFC 9000 Appendix A.1. */
    @Test
    void decodesTheRfc9000Examples() {
        assertEquals(151_288_809_941_952_652L, decode("c2197c5eff14e88c"));
        assertEquals(494_878_333L, decode("9d7f3e7d"));
        assertEquals(15_293L, decode("7bbd"));
        assertEquals(37L, decode("25"));
        assertEquals(37L, decode("4025"), "a longer than necessary form is still legal to read");
    }

    @Test
    void writesTheShortestForm() {
        assertEquals("c2197c5eff14e88c", encode(151_288_809_941_952_652L));
        assertEquals("9d7f3e7d", encode(494_878_333L));
        assertEquals("7bbd", encode(15_293L));
        assertEquals("25", encode(37L));
        assertEquals("3f", encode(63));
        assertEquals("4040", encode(64));
        assertEquals("80004000", encode(16_384));
        assertEquals("c000000040000000", encode(1L << 30));
    }

    @Test
    void roundTripsRandomValuesOfEverySize() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            long value = random.nextLong() >>> (2 + random.nextInt(62));
            ByteBuf buf = Unpooled.buffer();
            VarInt.write(buf, value);
            assertEquals(VarInt.size(value), buf.readableBytes());
            assertEquals(value, VarInt.read(buf));
            assertEquals(0, buf.readableBytes());
        }
    }

    @Test
    void reportsAnIncompleteVarintWithoutConsumingIt() {
        ByteBuf buf = Unpooled.wrappedBuffer(HexFormat.of().parseHex("9d7f3e"));
        assertEquals(-1, VarInt.read(buf));
        assertEquals(0, buf.readerIndex());
        AonpProtocolException e = assertThrows(AonpProtocolException.class, () -> VarInt.readComplete(buf));
        assertEquals(ErrorCodes.FRAME_ENCODING_ERROR, e.code());
    }

    @Test
    void refusesValuesOutsideTheRange() {
        assertThrows(IllegalArgumentException.class, () -> VarInt.size(-1));
        assertThrows(IllegalArgumentException.class, () -> VarInt.size(VarInt.MAX + 1));
    }

    private static long decode(String hex) {
        ByteBuf buf = Unpooled.wrappedBuffer(HexFormat.of().parseHex(hex));
        long value = VarInt.read(buf);
        assertEquals(0, buf.readableBytes());
        return value;
    }

    private static String encode(long value) {
        ByteBuf buf = Unpooled.buffer();
        VarInt.write(buf, value);
        return ByteBufUtil.hexDump(buf);
    }
}
