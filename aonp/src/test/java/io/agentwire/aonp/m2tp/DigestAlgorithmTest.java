package io.agentwire.aonp.m2tp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;

/** Known answers for both algorithms, whatever buffers the bytes come in, and the names GROUP_OPEN uses. */
class DigestAlgorithmTest {
    private static final byte[] CHECK = "123456789".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "CRC32C, 123456789, e3069283",
        "CRC32C, '', 00000000",
        "SHA_256, 123456789, 15e2b0d3c33891ebb0f1ef609ec419420c20e320ce94c65fbc8c3312448eb225",
        "SHA_256, abc, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    })
    void knownAnswersInWireForm(DigestAlgorithm algorithm, String text, String hex) {
        RunningDigest digest = RunningDigest.start(algorithm);
        digest.update(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
        byte[] result = digest.finish();
        assertEquals(hex, HexFormat.of().formatHex(result));
        assertEquals(algorithm.length(), result.length);
    }

    /** Direct and composite buffers are read in place, in pieces; the caller's indexes do not move. */
    @Test
    void piecesOfDirectAndCompositeBuffersGiveTheSameDigest() {
        ByteBuf direct = PooledByteBufAllocator.DEFAULT.directBuffer().writeBytes(CHECK, 0, 4);
        CompositeByteBuf composite = Unpooled.compositeBuffer()
                .addComponent(true, Unpooled.wrappedBuffer(CHECK, 4, 2))
                .addComponent(true, Unpooled.directBuffer().writeBytes(CHECK, 6, 3));
        try {
            RunningDigest digest = RunningDigest.start(DigestAlgorithm.CRC32C);
            digest.update(direct);
            digest.update(composite);
            assertEquals("e3069283", HexFormat.of().formatHex(digest.finish()));
            assertEquals(4, direct.readableBytes(), "the direct buffer was not consumed");
            assertEquals(5, composite.readableBytes(), "the composite buffer was not consumed");
        } finally {
            direct.release();
            composite.release();
        }
    }

    @Test
    void namesAreExactAndAbsentMeansCrc32c() {
        assertEquals(Optional.of(DigestAlgorithm.CRC32C), DigestAlgorithm.byName("crc32c"));
        assertEquals(Optional.of(DigestAlgorithm.SHA_256), DigestAlgorithm.byName("sha-256"));
        assertEquals(Optional.empty(), DigestAlgorithm.byName("SHA-256"));
        assertEquals(Optional.empty(), DigestAlgorithm.byName("sha256"));
        assertEquals(Optional.empty(), DigestAlgorithm.byName(null));
        assertEquals(Optional.of(DigestAlgorithm.CRC32C), DigestAlgorithm.ofGroupOpen(null));
        assertEquals(Optional.empty(), DigestAlgorithm.ofGroupOpen("md5"));
        assertNull(DigestAlgorithm.CRC32C.groupOpenField(), "the default is not spelled out on the wire");
        assertEquals("sha-256", DigestAlgorithm.SHA_256.groupOpenField());
    }

    @Test
    void onlyTheExactDigestOfTheRightLengthVerifies() {
        byte[] crc = HexFormat.of().parseHex("e3069283");
        assertNull(DigestAlgorithm.CRC32C.mismatch(crc, crc.clone()));
        assertNotNull(DigestAlgorithm.CRC32C.mismatch(crc, HexFormat.of().parseHex("e3069282")));
        assertNotNull(DigestAlgorithm.CRC32C.mismatch(crc, HexFormat.of().parseHex("e306928300")));
        assertNotNull(DigestAlgorithm.CRC32C.mismatch(crc, null));
    }
}
