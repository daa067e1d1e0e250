package io.agentwire.mcp.auth.client;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The default {@link TokenStore}: a concurrent map, gone when the process ends. */
public final class InMemoryTokenStore implements TokenStore {
    private final Map<Key, Tokens> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<Tokens> get(Key key) {
        return Optional.ofNullable(tokens.get(key));
    }

    @Override
    public void put(Key key, Tokens value) {
        tokens.put(key, value);
    }

    @Override
    public void remove(Key key) {
        tokens.remove(key);
    }

    @Override
    public String toString() {
        return "InMemoryTokenStore[" + tokens.size() + " entries]";
    }
}
