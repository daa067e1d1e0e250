package io.agentwire.jsonrpc.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.codec.JsonRpcPayload;

/**
 * The codec must turn any input into messages or a {@link JsonRpcException}, never any other exception.
 * Under {@code mvn verify} this runs the seeds in {@code JsonRpcCodecFuzzTestInputs/decode}; with
 * {@code JAZZER_FUZZ=1} Jazzer fuzzes it for real.
 */
class JsonRpcCodecFuzzTest {
    private static final JsonRpcCodec CODEC = JsonRpcCodec.standard();

    @FuzzTest(maxDuration = "30s")
    void decode(byte[] input) {
        JsonRpcPayload payload;
        try {
            payload = CODEC.decode(input);
        } catch (JsonRpcException expected) {
            if (expected.error() == null) {
                throw new IllegalStateException("JsonRpcException without an error object", expected);
            }
            return;
        }
        // Whatever decodes must encode again.
        payload.messages().forEach(CODEC::encode);
    }
}
