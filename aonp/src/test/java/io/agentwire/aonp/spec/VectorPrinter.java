package io.agentwire.aonp.spec;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.zip.CRC32C;

import io.agentwire.aonp.codec.ControlCodec;
import io.agentwire.aonp.codec.FrameEncoder;
import io.agentwire.aonp.core.Close;
import io.agentwire.aonp.core.GoAway;
import io.agentwire.aonp.core.Hello;
import io.agentwire.aonp.core.HelloAck;
import io.agentwire.aonp.m2tp.wire.GroupAck;
import io.agentwire.aonp.m2tp.wire.GroupCancel;
import io.agentwire.aonp.m2tp.wire.GroupEnd;
import io.agentwire.aonp.m2tp.wire.GroupOpen;
import io.agentwire.aonp.m2tp.wire.M2tpErrors;
import io.agentwire.aonp.m2tp.wire.M2tpFrames;
import io.agentwire.aonp.m2tp.wire.Nack;
import io.agentwire.aonp.m2tp.wire.ObjectCodec;
import io.agentwire.aonp.m2tp.wire.ObjectHeader;
import io.agentwire.aonp.m2tp.wire.TrackClose;
import io.agentwire.aonp.m2tp.wire.TrackOpen;
import io.agentwire.aonp.wire.ErrorCodes;
import io.agentwire.aonp.wire.Frame;
import io.agentwire.aonp.wire.FrameTypes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;

/**
 * Prints the spec's test vectors from the code (run by hand when a message changes, then paste the blocks into
 * spec/aonp/*.md; {@link SpecVectorsTest} keeps them honest).
 */
public final class VectorPrinter {
    private VectorPrinter() {
    }

    public static void main(String[] args) throws Exception {
        M2tpFrames.register();
        control("core/HELLO", FrameTypes.HELLO,
                new Hello(List.of(1L), List.of("m2tp", "smip"), "node-a", 65_536L, 30_000L, null));
        control("core/HELLO_ACK", FrameTypes.HELLO_ACK, new HelloAck(1, List.of("m2tp"), "node-b", 65_536L, 30_000L));
        raw("core/PING", FrameTypes.PING, "8 opaque bytes", Unpooled.buffer().writeLong(0x0102030405060708L));
        raw("core/PONG", FrameTypes.PONG, "the PING's 8 bytes", Unpooled.buffer().writeLong(0x0102030405060708L));
        control("core/GOAWAY", FrameTypes.GOAWAY, new GoAway(0, "maintenance", "quic://198.51.100.7:4433"));
        control("core/CLOSE", FrameTypes.CLOSE, new Close(ErrorCodes.UNKNOWN_FRAME_TYPE.value(), "unknown type", 0x2fL));
        System.out.println("----- m2tp");
        byte[] part1 = "Hello, ".getBytes(StandardCharsets.UTF_8);
        byte[] part2 = "world!".getBytes(StandardCharsets.UTF_8);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(part1);
        sha.update(part2);
        byte[] sha256 = sha.digest();
        CRC32C crc = new CRC32C();
        crc.update(part1);
        crc.update(part2);
        byte[] crc32c = ByteBuffer.allocate(4).putInt((int) crc.getValue()).array();
        control("m2tp/TRACK_OPEN", M2tpFrames.TRACK_OPEN, new TrackOpen(0, "agent-a/notes", "stream",
                "quic://127.0.0.1:4433"));
        control("m2tp/GROUP_OPEN", M2tpFrames.GROUP_OPEN, new GroupOpen(0, 0, "text/plain", 13L, "hello.txt", null));
        control("m2tp/GROUP_OPEN-sha256", M2tpFrames.GROUP_OPEN, new GroupOpen(0, 0, "text/plain", 13L, "hello.txt",
                "sha-256"));
        object("m2tp/OBJECT", M2tpFrames.OBJECT, new ObjectHeader(0, 0, 0, 0), part1);
        object("m2tp/OBJECT-end", M2tpFrames.OBJECT, new ObjectHeader(0, 0, 1, ObjectHeader.END_OF_GROUP), part2);
        control("m2tp/GROUP_END", M2tpFrames.GROUP_END, new GroupEnd(0, 0, 2, 13, crc32c));
        control("m2tp/GROUP_END-sha256", M2tpFrames.GROUP_END, new GroupEnd(0, 0, 2, 13, sha256));
        control("m2tp/GROUP_ACK", M2tpFrames.GROUP_ACK, new GroupAck(0, 0, 0, 13, null));
        control("m2tp/GROUP_CANCEL", M2tpFrames.GROUP_CANCEL,
                new GroupCancel(0, 1, M2tpErrors.CANCELLED.value(), "user abort"));
        control("m2tp/TRACK_CLOSE", M2tpFrames.TRACK_CLOSE, new TrackClose(0, 0, null));
        control("m2tp/TRACK_OPEN-datagram", M2tpFrames.TRACK_OPEN, new TrackOpen(2, "agent-a/camera", "datagram", null));
        object("m2tp/OBJECT_DATAGRAM", M2tpFrames.OBJECT_DATAGRAM, new ObjectHeader(2, 7, 300, 0),
                new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef});
        control("m2tp/NACK", M2tpFrames.NACK, new Nack(2, 7, List.of(3L, 4L, 9L)));
        control("m2tp/GROUP_ACK-gaps", M2tpFrames.GROUP_ACK, new GroupAck(2, 7, M2tpErrors.INCOMPLETE_GROUP.value(),
                299_520, List.of(9L)));
    }

    private static void control(String name, long type, Object message) {
        Frame frame = ControlCodec.frame(type, message);
        String diag = CborDiag.of(ControlCodec.decodeTree(ByteBufUtil.getBytes(frame.payload())));
        print(name, type, diag, frame);
    }

    private static void raw(String name, long type, String diag, ByteBuf payload) {
        print(name, type, diag, new Frame(type, payload));
    }

    private static void object(String name, long type, ObjectHeader header, byte[] payload) {
        Frame frame = ObjectCodec.encode(UnpooledByteBufAllocator.DEFAULT, type, header, Unpooled.wrappedBuffer(payload));
        print(name, type, ObjectDiag.of(header, payload), frame);
    }

    private static void print(String name, long type, String diag, Frame frame) {
        ByteBuf whole = FrameEncoder.encodeToBuffer(UnpooledByteBufAllocator.DEFAULT, frame);
        frame.release();
        String hex = ByteBufUtil.hexDump(whole);
        whole.release();
        StringBuilder out = new StringBuilder();
        out.append("~~~ vector ").append(name).append('\n');
        out.append("type: 0x").append(String.format("%02x", type)).append('\n');
        out.append("diag: ").append(diag).append('\n');
        for (int i = 0; i < hex.length(); i += 64) {
            out.append(i == 0 ? "hex: " : "  ");
            String line = hex.substring(i, Math.min(hex.length(), i + 64));
            for (int j = 0; j < line.length(); j += 2) {
                out.append(j == 0 ? "" : " ").append(line, j, j + 2);
            }
            out.append('\n');
        }
        out.append("~~~\n");
        System.out.println(out);
    }
}
