package io.agentwire.mcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class RequestStateSealTest {
    private final RequestStateSeal seal = new RequestStateSeal("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));

    @Test
    void roundTripsUnderTheSameBinding() {
        String token = seal.seal("{\"step\":2}", "tools/call:x");
        assertEquals("{\"step\":2}", seal.open(token, "tools/call:x").orElseThrow());
    }

    @Test
    void rejectsAlteredTokensAndOtherBindings() {
        String token = seal.seal("state", "tools/call:x");
        char last = token.charAt(token.length() - 1);
        String altered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertTrue(seal.open(altered, "tools/call:x").isEmpty());
        assertTrue(seal.open(token, "tools/call:y").isEmpty());
        assertTrue(seal.open("no-dot-here", "tools/call:x").isEmpty());
        assertTrue(seal.open("%%%.%%%", "tools/call:x").isEmpty());
        String otherKey = new RequestStateSeal(new byte[32]).seal("state", "tools/call:x");
        assertTrue(seal.open(otherKey, "tools/call:x").isEmpty());
    }
}
