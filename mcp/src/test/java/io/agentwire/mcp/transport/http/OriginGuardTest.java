package io.agentwire.mcp.transport.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class OriginGuardTest {
    private final OriginGuard guard = OriginGuard.loopbackAnd(Set.of("agents.internal"));

    @Test
    void acceptsLoopbackNamesWithAnyPort() {
        assertTrue(guard.allows("localhost:3001", null));
        assertTrue(guard.allows("127.0.0.1:3001", "http://localhost:3001"));
        assertTrue(guard.allows("[::1]:3001", "http://[::1]:3001"));
        assertTrue(guard.allows("agents.internal", "https://agents.internal"));
    }

    @Test
    void refusesForeignHostsAndOrigins() {
        assertFalse(guard.allows("evil.example.com", null));
        assertFalse(guard.allows("localhost:3001", "http://evil.example.com"));
        assertFalse(guard.allows("localhost", "null"));
        assertFalse(guard.allows("localhost", "::not a uri::"));
        assertTrue(OriginGuard.disabled().allows("evil.example.com", "http://evil.example.com"));
    }
}
