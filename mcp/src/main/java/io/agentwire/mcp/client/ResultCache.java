package io.agentwire.mcp.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps 2026-07-28 list and read results for as long as their {@code ttlMs} allows. A result without a positive
 * {@code ttlMs} is not kept. Both {@code cacheScope}s are kept: {@code private} only forbids sharing between
 * users, and this cache belongs to one client. Change notifications drop the affected entries.
 */
final class ResultCache {
    private record Entry(JsonNode result, long expiresAtNanos) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    JsonNode get(String method, JsonNode params) {
        String key = key(method, params);
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (System.nanoTime() - entry.expiresAtNanos() >= 0) {
            entries.remove(key, entry);
            return null;
        }
        return entry.result();
    }

    void put(String method, JsonNode params, JsonNode result) {
        long ttl = result.path("ttlMs").asLong(0);
        if (ttl > 0) {
            entries.put(key(method, params), new Entry(result, System.nanoTime() + ttl * 1_000_000L));
        }
    }

    /** Drops every entry of a method, e.g. all {@code tools/list} pages after a list change. */
    void invalidate(String method) {
        entries.keySet().removeIf(k -> k.startsWith(method + "\n"));
    }

    void clear() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    /** Params without {@code _meta}, which describes the client rather than the question. */
    private static String key(String method, JsonNode params) {
        if (params instanceof ObjectNode object && object.has("_meta")) {
            ObjectNode copy = object.deepCopy();
            copy.remove("_meta");
            return method + "\n" + copy;
        }
        return method + "\n" + (params == null ? "{}" : params.toString());
    }
}
