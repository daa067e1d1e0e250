package io.agentwire.jsonrpc.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.agentwire.jsonrpc.JsonRpcException;
import io.agentwire.jsonrpc.model.JsonRpcError;
import io.agentwire.jsonrpc.model.JsonRpcErrorResponse;
import io.agentwire.jsonrpc.model.JsonRpcId;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.model.JsonRpcNotification;
import io.agentwire.jsonrpc.model.JsonRpcRequest;
import io.agentwire.jsonrpc.model.JsonRpcResponse;
import io.agentwire.jsonrpc.model.JsonRpcResult;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bytes to JSON-RPC messages and back, with strict validation. Malformed JSON (including invalid UTF-8 and
 * nesting deeper than the limit) fails with {@code -32700}; valid JSON of the wrong shape fails with
 * {@code -32600}, carrying the request id when it could be read. Thread-safe.
 */
public final class JsonRpcCodec {
    /** Deep enough for any real schema-bearing message, shallow enough to stop stack-exhaustion payloads. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 128;

    private static final JsonRpcCodec DEFAULT = new JsonRpcCodec(DEFAULT_MAX_NESTING_DEPTH);

    private final JsonMapper mapper;

    public JsonRpcCodec(int maxNestingDepth) {
        this(newMapper(maxNestingDepth));
    }

    public JsonRpcCodec(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public static JsonRpcCodec standard() {
        return DEFAULT;
    }

    /** A mapper with the codec's limits; also suitable for protocol payloads built on top of JSON-RPC. */
    public static JsonMapper newMapper(int maxNestingDepth) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxNestingDepth).build())
                // messages are parsed on a few long-lived event-loop threads: a per-thread buffer pool avoids the
                // shared deque's synchronisation on every parse and write
                .recyclerPool(JsonRecyclerPools.threadLocalPool())
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    public JsonMapper mapper() {
        return mapper;
    }

    /** Parses one body or line: a single message or a batch. */
    public JsonRpcPayload decode(byte[] bytes) {
        return decode(readTree(bytes));
    }

    public JsonRpcPayload decode(JsonNode tree) {
        if (!tree.isArray()) {
            return JsonRpcPayload.single(decodeMessage(tree));
        }
        if (tree.isEmpty()) {
            throw new JsonRpcException(JsonRpcError.INVALID_REQUEST, "Empty batch");
        }
        List<JsonRpcMessage> messages = new ArrayList<>(tree.size());
        List<JsonRpcErrorResponse> rejected = new ArrayList<>();
        for (JsonNode element : tree) {
            try {
                messages.add(decodeMessage(element));
            } catch (JsonRpcException e) {
                rejected.add(new JsonRpcErrorResponse(e.requestId(), e.error()));
            }
        }
        return new JsonRpcPayload(messages, rejected, true);
    }

    /** Parses bytes that must hold exactly one message (no batch). */
    public JsonRpcMessage decodeSingle(byte[] bytes) {
        JsonNode tree = readTree(bytes);
        if (tree.isArray()) {
            throw new JsonRpcException(JsonRpcError.INVALID_REQUEST, "Batches are not supported");
        }
        return decodeMessage(tree);
    }

    public JsonNode readTree(byte[] bytes) {
        try {
            JsonNode tree = mapper.readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw new JsonRpcException(JsonRpcError.PARSE_ERROR, "Parse error: empty body");
            }
            return tree;
        } catch (JacksonException e) {
            throw new JsonRpcException(new JsonRpcError(JsonRpcError.PARSE_ERROR, "Parse error: " + e.getOriginalMessage()), null, e);
        }
    }

    /** Validates the shape of one message tree. */
    public JsonRpcMessage decodeMessage(JsonNode node) {
        if (!node.isObject()) {
            throw invalid(null, "Message must be a JSON object");
        }
        JsonNode idNode = node.get("id");
        JsonRpcId id = JsonRpcId.fromJson(idNode);
        if (!"2.0".equals(textOrNull(node.get("jsonrpc")))) {
            throw invalid(id, "jsonrpc must be \"2.0\"");
        }
        if (idNode != null && !idNode.isNull() && id == null) {
            throw invalid(null, "id must be a string or a number");
        }
        JsonNode methodNode = node.get("method");
        if (methodNode != null) {
            return decodeCall(node, methodNode, idNode, id);
        }
        return decodeResponse(node, idNode, id);
    }

    private JsonRpcMessage decodeCall(JsonNode node, JsonNode methodNode, JsonNode idNode, JsonRpcId id) {
        if (!methodNode.isString()) {
            throw invalid(id, "method must be a string");
        }
        JsonNode params = node.get("params");
        if (params != null && !params.isObject() && !params.isArray()) {
            throw invalid(id, "params must be an object or an array");
        }
        if (node.has("result") || node.has("error")) {
            throw invalid(id, "a request cannot carry result or error");
        }
        if (idNode == null) {
            return new JsonRpcNotification(methodNode.stringValue(), params);
        }
        if (id == null) {
            throw invalid(null, "id must not be null");
        }
        return new JsonRpcRequest(id, methodNode.stringValue(), params);
    }

    private JsonRpcResponse decodeResponse(JsonNode node, JsonNode idNode, JsonRpcId id) {
        JsonNode result = node.get("result");
        JsonNode error = node.get("error");
        if ((result == null) == (error == null)) {
            throw invalid(id, "a response carries exactly one of result and error");
        }
        if (idNode == null) {
            throw invalid(null, "a response must carry an id");
        }
        if (result != null) {
            if (id == null) {
                throw invalid(null, "a result must carry a non-null id");
            }
            return new JsonRpcResult(id, result);
        }
        if (!error.isObject() || !error.path("code").isIntegralNumber() || !error.path("message").isString()) {
            throw invalid(id, "error must be an object with an integer code and a string message");
        }
        JsonNode data = error.get("data");
        return new JsonRpcErrorResponse(id, new JsonRpcError(error.get("code").intValue(), error.get("message").stringValue(), data));
    }

    private static String textOrNull(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    private static JsonRpcException invalid(JsonRpcId id, String why) {
        return new JsonRpcException(new JsonRpcError(JsonRpcError.INVALID_REQUEST, "Invalid Request: " + why), id, null);
    }

    public ObjectNode toJson(JsonRpcMessage message) {
        ObjectNode node = mapper.createObjectNode();
        node.put("jsonrpc", "2.0");
        if (message instanceof JsonRpcRequest r) {
            node.set("id", r.id().toJson());
            node.put("method", r.method());
            putIfPresent(node, "params", r.params());
        } else if (message instanceof JsonRpcNotification n) {
            node.put("method", n.method());
            putIfPresent(node, "params", n.params());
        } else if (message instanceof JsonRpcResult r) {
            node.set("id", r.id().toJson());
            node.set("result", r.result());
        } else {
            JsonRpcErrorResponse e = (JsonRpcErrorResponse) message;
            node.set("id", e.id() == null ? node.nullNode() : e.id().toJson());
            ObjectNode error = node.putObject("error");
            error.put("code", e.error().code());
            error.put("message", e.error().message());
            putIfPresent(error, "data", e.error().data());
        }
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, JsonNode value) {
        if (value != null) {
            node.set(field, value);
        }
    }

    public byte[] encode(JsonRpcMessage message) {
        return mapper.writeValueAsBytes(toJson(message));
    }

    public String encodeToString(JsonRpcMessage message) {
        return mapper.writeValueAsString(toJson(message));
    }

    public byte[] encodeBatch(List<? extends JsonRpcMessage> messages) {
        var array = mapper.createArrayNode();
        messages.forEach(m -> array.add(toJson(m)));
        return mapper.writeValueAsBytes(array);
    }

    /** Converts a plain value (records, maps, lists) into a tree with this codec's mapper. */
    public JsonNode valueToTree(Object value) {
        return mapper.valueToTree(value);
    }

    /** Convenience for building params: {@code params(Map.of("uri", uri))}. */
    public ObjectNode params(Map<String, ?> values) {
        return mapper.valueToTree(values);
    }
}
