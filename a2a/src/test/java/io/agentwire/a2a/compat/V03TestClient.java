package io.agentwire.a2a.compat;

import io.agentwire.a2a.testing.JsonRpcTestClient;
import tools.jackson.databind.json.JsonMapper;

/** The tests' 0.3 client: the plain JSON-RPC test client without an A2A-Version header, and 0.3 message bodies. */
final class V03TestClient {
    static final JsonMapper JSON = JsonRpcTestClient.JSON;

    private V03TestClient() {
    }

    /** A client for the 0.3 interface at {@code url}, sending no A2A-Version, as 0.3 clients do. */
    static JsonRpcTestClient at(String url) {
        return new JsonRpcTestClient(url).version(null);
    }

    /** 0.3 {@code MessageSendParams} with one text part, kinds included as 0.3 clients send them. */
    static String message(String messageId, String text) {
        return "{\"message\":{\"kind\":\"message\",\"messageId\":\"" + messageId + "\",\"role\":\"user\","
                + "\"parts\":[{\"kind\":\"text\",\"text\":\"" + text + "\"}]}}";
    }

    static String followUp(String messageId, String taskId, String text) {
        return "{\"message\":{\"kind\":\"message\",\"messageId\":\"" + messageId + "\",\"taskId\":\"" + taskId
                + "\",\"role\":\"user\",\"parts\":[{\"kind\":\"text\",\"text\":\"" + text + "\"}]}}";
    }
}
