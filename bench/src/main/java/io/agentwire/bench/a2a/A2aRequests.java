package io.agentwire.bench.a2a;

import io.agentwire.bench.load.HttpRequestBytes;

/** The A2A 1.0 JSON-RPC requests both agents get, byte for byte the same. */
public final class A2aRequests {
    /** Where both agents serve JSON-RPC. */
    public static final String PATH = "/a2a/jsonrpc";

    private static final String MESSAGE = "{\"message\":{\"messageId\":\"bench-1\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"hello\"}]}}";

    private A2aRequests() {
    }

    /** A blocking {@code SendMessage}. */
    public static byte[] sendMessage(String host, int port) {
        return post(host, port).header("Accept", "application/json")
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"SendMessage\",\"params\":" + MESSAGE + "}");
    }

    /** A {@code SendStreamingMessage}, answered as server-sent events. */
    public static byte[] sendStreamingMessage(String host, int port) {
        return post(host, port).header("Accept", "text/event-stream")
                .body("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"SendStreamingMessage\",\"params\":" + MESSAGE + "}");
    }

    private static HttpRequestBytes post(String host, int port) {
        return HttpRequestBytes.post(host, port, PATH).header("Content-Type", "application/json").header("A2A-Version", "1.0");
    }
}
