package io.agentwire.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpRequestBytesTest {

    @Test
    void rendersAKeepAlivePostWithExactContentLength() {
        byte[] request = HttpRequestBytes.post("127.0.0.1", 8080, "/mcp")
                .header("Content-Type", "application/json")
                .headerIfPresent("Mcp-Session-Id", null)
                .body("{\"é\":1}");

        assertEquals("POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nContent-Type: application/json\r\n"
                + "Content-Length: 8\r\n\r\n{\"é\":1}", new String(request, StandardCharsets.UTF_8));
    }
}
