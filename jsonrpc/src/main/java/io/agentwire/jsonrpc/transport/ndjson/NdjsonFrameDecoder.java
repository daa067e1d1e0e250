package io.agentwire.jsonrpc.transport.ndjson;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * Splits a byte stream into newline-delimited JSON texts, like Netty's {@code LineBasedFrameDecoder} with
 * {@code stripDelimiter=true, failFast=true}, but with an error the application can recognise and with blank
 * lines skipped. Emits each line (without {@code \n} or {@code \r\n}) as a retained {@link ByteBuf} slice that
 * the next handler must release.
 *
 * <p>A line longer than {@code maxLineLength} is reported as soon as the limit is passed, by
 * {@link ChannelHandlerContext#fireExceptionCaught} with an {@link NdjsonLineTooLongException}; its bytes
 * are then discarded up to and including the next {@code \n}, and decoding resumes with the following line.
 * The connection stays open unless a later handler decides otherwise.
 */
public final class NdjsonFrameDecoder extends ByteToMessageDecoder {
    /** Generous for JSON-RPC while bounding the memory one peer can tie up. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 4 * 1024 * 1024;

    private final int maxLineLength;
    private boolean discarding;

    public NdjsonFrameDecoder() {
        this(DEFAULT_MAX_LINE_LENGTH);
    }

    public NdjsonFrameDecoder(int maxLineLength) {
        if (maxLineLength <= 0) {
            throw new IllegalArgumentException("maxLineLength must be positive");
        }
        this.maxLineLength = maxLineLength;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            int newline = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) '\n');
            if (discarding) {
                if (newline < 0) {
                    in.skipBytes(in.readableBytes());
                    return;
                }
                in.readerIndex(newline + 1);
                discarding = false;
                continue;
            }
            if (newline < 0) {
                if (in.readableBytes() > maxLineLength + 1) { // + 1: a '\r' may still precede the '\n'
                    // Fail fast: do not buffer an endless line waiting for its end.
                    in.skipBytes(in.readableBytes());
                    discarding = true;
                    ctx.fireExceptionCaught(new NdjsonLineTooLongException(maxLineLength));
                }
                return;
            }
            int length = newline - in.readerIndex();
            if (length > 0 && in.getByte(newline - 1) == '\r') {
                length--;
            }
            if (length > maxLineLength) {
                in.readerIndex(newline + 1);
                ctx.fireExceptionCaught(new NdjsonLineTooLongException(maxLineLength));
                continue;
            }
            if (isBlank(in, in.readerIndex(), length)) {
                in.readerIndex(newline + 1);
                continue;
            }
            out.add(in.retainedSlice(in.readerIndex(), length));
            in.readerIndex(newline + 1);
            // One frame per call: the base class passes it on before decoding further, so a later
            // too-long error can never overtake a line that came before it.
            return;
        }
    }

    private static boolean isBlank(ByteBuf in, int from, int length) {
        for (int i = from; i < from + length; i++) {
            byte b = in.getByte(i);
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
