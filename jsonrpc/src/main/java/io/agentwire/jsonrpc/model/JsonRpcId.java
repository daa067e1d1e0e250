package io.agentwire.jsonrpc.model;

import java.math.BigDecimal;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A JSON-RPC request id, kept exactly as the peer sent it: a string stays a string and a number stays a
 * number, so that the response echoes the same JSON value. Integral numbers are held as {@code long} when they
 * fit, so that {@code 7} parsed from the wire equals {@code JsonRpcId.of(7)}.
 */
public final class JsonRpcId {
    private final Object value; // String, Long or BigDecimal

    private JsonRpcId(Object value) {
        this.value = value;
    }

    public static JsonRpcId of(long number) {
        return new JsonRpcId(number);
    }

    public static JsonRpcId of(String text) {
        return new JsonRpcId(Objects.requireNonNull(text, "text"));
    }

    /** Reads an id from its JSON form; returns {@code null} for anything that is not a string or a number. */
    public static JsonRpcId fromJson(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isString()) {
            return new JsonRpcId(node.stringValue());
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return new JsonRpcId(node.longValue());
        }
        if (node.isNumber() && isFinite(node)) {
            return new JsonRpcId(node.decimalValue());
        }
        return null;
    }

    /** A number like 1.5e400 overflows to infinity and has no exact decimal form: not a usable id. */
    private static boolean isFinite(JsonNode node) {
        return !(node.isDouble() || node.isFloat()) || Double.isFinite(node.doubleValue());
    }

    public boolean isString() {
        return value instanceof String;
    }

    public JsonNode toJson() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof String s) {
            return nodes.stringNode(s);
        }
        if (value instanceof Long l) {
            return nodes.numberNode(l);
        }
        return nodes.numberNode((BigDecimal) value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonRpcId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value instanceof String s ? '"' + s + '"' : value.toString();
    }
}
