package io.agentwire.jsonrpc.transport.ndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.TooLongFrameException;

class NdjsonFrameDecoderTest {
    /** Catches the errors the decoder fires, as an application handler would. */
    private static final class ErrorCatcher extends ChannelInboundHandlerAdapter {
        final List<Throwable> errors = new ArrayList<>();

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            errors.add(cause);
        }
    }

    private static List<String> readAll(EmbeddedChannel channel) {
        List<String> lines = new ArrayList<>();
        for (ByteBuf frame = channel.readInbound(); frame != null; frame = channel.readInbound()) {
            lines.add(frame.toString(StandardCharsets.UTF_8));
            frame.release();
        }
        return lines;
    }

    private static ByteBuf bytes(String text) {
        return Unpooled.copiedBuffer(text, StandardCharsets.UTF_8);
    }

    @Test
    void splitsLinesAcrossChunksAndSkipsBlankLines() {
        EmbeddedChannel channel = new EmbeddedChannel(new NdjsonFrameDecoder(64));
        channel.writeInbound(bytes("{\"a\":1}\n{\"b\""));
        channel.writeInbound(bytes(":2}\r\n\n  \r\n{\"c\":3}\n"));
        assertEquals(List.of("{\"a\":1}", "{\"b\":2}", "{\"c\":3}"), readAll(channel));
        assertFalse(channel.finish());
    }

    @Test
    void tooLongLineIsReportedSkippedAndTheStreamContinues() {
        ErrorCatcher catcher = new ErrorCatcher();
        EmbeddedChannel channel = new EmbeddedChannel(new NdjsonFrameDecoder(10), catcher);
        channel.writeInbound(bytes("{\"ok\":1}\n" + "x".repeat(11) + "\n{\"ok\":2}\n"));
        assertEquals(List.of("{\"ok\":1}", "{\"ok\":2}"), readAll(channel));
        assertEquals(1, catcher.errors.size());
        NdjsonLineTooLongException error = assertInstanceOf(NdjsonLineTooLongException.class, catcher.errors.get(0));
        assertInstanceOf(TooLongFrameException.class, error);
        assertEquals(10, error.maxLineLength());
        assertTrue(channel.isActive(), "the connection survives a too long line");
        channel.finishAndReleaseAll();
    }

    @Test
    void linesAndErrorsArriveInStreamOrder() {
        List<String> events = new ArrayList<>();
        ChannelInboundHandlerAdapter recorder = new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                events.add(((ByteBuf) msg).toString(StandardCharsets.UTF_8));
                ((ByteBuf) msg).release();
            }

            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                events.add("ERROR");
            }
        };
        EmbeddedChannel channel = new EmbeddedChannel(new NdjsonFrameDecoder(8), recorder);
        channel.writeInbound(bytes("[1]\n[2]\n" + "x".repeat(9) + "\n[3]\n" + "y".repeat(20)));
        assertEquals(List.of("[1]", "[2]", "ERROR", "[3]", "ERROR"), events);
        channel.finishAndReleaseAll();
    }

    @Test
    void endlessLineFailsFastAndIsDiscardedUntilItsEnd() {
        ErrorCatcher catcher = new ErrorCatcher();
        EmbeddedChannel channel = new EmbeddedChannel(new NdjsonFrameDecoder(10), catcher);
        for (int i = 0; i < 10; i++) {
            channel.writeInbound(bytes("y".repeat(100)));
        }
        assertEquals(1, catcher.errors.size(), "reported once, before the line ends");
        channel.writeInbound(bytes("yyy\n[1]\n"));
        assertEquals(List.of("[1]"), readAll(channel));
        channel.finishAndReleaseAll();
    }

    @Test
    void lineOfExactlyTheLimitPassesEvenWithCrlf() {
        EmbeddedChannel channel = new EmbeddedChannel(new NdjsonFrameDecoder(5));
        channel.writeInbound(bytes("12345\r"));
        channel.writeInbound(bytes("\n"));
        assertEquals(List.of("12345"), readAll(channel));
        channel.finishAndReleaseAll();
    }

    @Test
    void encoderWritesOneLinePerMessageAndRejectsEmbeddedBreaks() {
        EmbeddedChannel channel = new EmbeddedChannel(new NdjsonEncoder());
        channel.writeOutbound("{\"a\":1}", "{\"b\":2}".getBytes(StandardCharsets.UTF_8));
        ByteBuf first = channel.readOutbound();
        ByteBuf second = channel.readOutbound();
        assertEquals("{\"a\":1}\n", first.toString(StandardCharsets.UTF_8));
        assertEquals("{\"b\":2}\n", second.toString(StandardCharsets.UTF_8));
        first.release();
        second.release();
        assertThrows(EncoderException.class, () -> channel.writeOutbound("{\"a\":\n1}"));
        assertNull(channel.readOutbound());
        channel.finishAndReleaseAll();
    }
}
