package io.agentwire.aonp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.agentwire.aonp.core.Close;
import io.agentwire.aonp.core.Hello;
import io.agentwire.aonp.wire.AonpProtocolException;
import io.agentwire.aonp.wire.ErrorCodes;
import io.netty.buffer.Unpooled;

class ControlCodecTest {
    @Test
    void writesDefiniteLengthMapsInComponentOrderAndOmitsAbsentFields() {
        byte[] cbor = ControlCodec.encode(new Close(0x0B, "no such track", null));
        // a2 = map of two pairs (definite length); "code" 0x0b; "reason" "no such track"
        assertEquals("a264636f64650b66726561736f6e6d6e6f207375636820747261636b", HexFormat.of().formatHex(cbor));
    }

    @Test
    void readsKeysInAnyOrderAndIgnoresUnknownOnes() {
        // {"extra": 1, "protocols": ["m2tp"], "versions": [1]} with an indefinite-length outer map
        byte[] cbor = HexFormat.of().parseHex("bf6565787472610169" + "70726f746f636f6c7381646d327470"
                + "6876657273696f6e738101ff");
        Hello hello = ControlCodec.decode(Unpooled.wrappedBuffer(cbor), Hello.class);
        assertEquals(List.of(1L), hello.versions());
        assertEquals(List.of("m2tp"), hello.protocols());
    }

    @Test
    void malformedCborIsAFrameEncodingError() {
        AonpProtocolException e = assertThrows(AonpProtocolException.class,
                () -> ControlCodec.decode(Unpooled.wrappedBuffer(new byte[] {(byte) 0xa2, 0x64, 0x63}), Close.class));
        assertEquals(ErrorCodes.FRAME_ENCODING_ERROR, e.code());
    }
}
