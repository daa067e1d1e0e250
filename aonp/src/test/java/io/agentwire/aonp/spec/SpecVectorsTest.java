package io.agentwire.aonp.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.agentwire.aonp.codec.ControlCodec;
import io.agentwire.aonp.codec.ControlTypes;
import io.agentwire.aonp.codec.FrameDecoder;
import io.agentwire.aonp.codec.FrameEncoder;
import io.agentwire.aonp.core.Versions;
import io.agentwire.aonp.m2tp.wire.M2tpFrames;
import io.agentwire.aonp.smip.wire.SmipFrames;
import io.agentwire.aonp.m2tp.wire.ObjectCodec;
import io.agentwire.aonp.m2tp.wire.ObjectHeader;
import io.agentwire.aonp.wire.Frame;
import io.agentwire.aonp.wire.FrameTypes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import tools.jackson.databind.JsonNode;

/**
 * Every test vector in spec/aonp/*.md decodes as its frame type says and encodes back to the same bytes: through
 * the registered record for control frames, through a generic CBOR tree for control frames of protocols without
 * records yet (SRMP, AIDP, A2P), and through the object codec for M2TP's binary frames.
 */
class SpecVectorsTest {
    private static final Path SPEC = Path.of("../spec/aonp");
    private static final int MIN_VECTORS = 18;
    private static final List<String> STRICT_DIAG = List.of("framing.md", "m2tp.md", "smip.md");

    static {
        M2tpFrames.register();
        SmipFrames.init();
    }

    static List<SpecVector> vectors() throws IOException {
        List<SpecVector> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(SPEC)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                all.addAll(SpecVector.read(file));
            }
        }
        return all;
    }

    @Test
    void theSpecHasEnoughVectors() throws IOException {
        List<SpecVector> all = vectors();
        assertTrue(all.size() >= MIN_VECTORS, "only " + all.size() + " vectors in " + SPEC.toAbsolutePath());
        assertTrue(all.stream().anyMatch(v -> v.file().equals("framing.md")), "framing.md has vectors");
        assertTrue(all.stream().anyMatch(v -> v.file().equals("m2tp.md")), "m2tp.md has vectors");
    }

    @TestFactory
    Stream<DynamicTest> everyVectorRoundTrips() throws IOException {
        return vectors().stream().map(v -> DynamicTest.dynamicTest(v.toString(), () -> check(v)));
    }

    private static void check(SpecVector vector) {
        ByteBuf in = Unpooled.wrappedBuffer(vector.bytes());
        Frame frame = FrameDecoder.decodeOne(in, Versions.HARD_MAX_FRAME);
        try {
            assertNotNull(frame, "the hex holds a whole frame");
            assertEquals(0, in.readableBytes(), "the length covers exactly the rest of the hex");
            assertEquals(vector.type(), frame.type(), "the type line matches the frame");
            byte[] payload = ByteBufUtil.getBytes(frame.payload());
            byte[] reencoded = reencode(vector, frame.type(), payload);
            assertArrayEquals(vector.bytes(), reencoded, () -> "re-encoded as " + ByteBufUtil.hexDump(reencoded));
        } finally {
            if (frame != null) {
                frame.release();
            }
            in.release();
        }
    }

    private static byte[] reencode(SpecVector vector, long type, byte[] payload) {
        Optional<Class<?>> record = ControlTypes.recordOf(type);
        if (record.isPresent()) {
            checkDiag(vector, payload);
            Object message = ControlCodec.decode(Unpooled.wrappedBuffer(payload), record.get());
            return whole(ControlCodec.frame(type, message));
        }
        if (M2tpFrames.isObject(type)) {
            ByteBuf body = Unpooled.wrappedBuffer(payload);
            ObjectHeader header = ObjectCodec.readHeader(body);
            assertEquals(ObjectDiag.of(header, ByteBufUtil.getBytes(body)), vector.diag(), "diag line");
            return whole(ObjectCodec.encode(UnpooledByteBufAllocator.DEFAULT, type, header, body));
        }
        if (type == FrameTypes.PING || type == FrameTypes.PONG) {
            assertEquals(8, payload.length, "PING and PONG carry 8 bytes");
            return whole(new Frame(type, Unpooled.wrappedBuffer(payload)));
        }
        assertTrue(type >= 0x30 && type <= 0x5F, "no codec for type 0x" + Long.toHexString(type)
                + "; only SRMP, AIDP and A2P control frames are checked generically");
        checkDiag(vector, payload);
        JsonNode tree = ControlCodec.decodeTree(payload);
        return whole(new Frame(type, Unpooled.wrappedBuffer(ControlCodec.encodeTree(tree))));
    }

    /**
     * The diag line must say what the bytes say, so a reader can trust it. Checked for the files whose diag
     * notation this test's printer defines; other authors' notation may differ in spacing.
     */
    private static void checkDiag(SpecVector vector, byte[] payload) {
        if (!STRICT_DIAG.contains(vector.file())) {
            return;
        }
        assertEquals(CborDiag.of(ControlCodec.decodeTree(payload)), vector.diag(), "diag line");
    }

    private static byte[] whole(Frame frame) {
        ByteBuf buf = FrameEncoder.encodeToBuffer(UnpooledByteBufAllocator.DEFAULT, frame);
        frame.release();
        try {
            return ByteBufUtil.getBytes(buf);
        } finally {
            buf.release();
        }
    }
}
