package io.agentwire.mcp.auth.client;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the client keeps tokens, keyed by the issuer that issued them and the resource they are for, so a token is
 * never presented to another resource nor mistaken for one from another authorization server. Implementations must
 * be thread-safe and must never log tokens.
 */
public interface TokenStore {
    /** The issuer (verbatim, as in its metadata) and resource identifier (as sent in {@code resource}). */
    record Key(String issuer, String resource) {
        public Key {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(resource, "resource");
        }
    }

    Optional<Tokens> get(Key key);

    void put(Key key, Tokens tokens);

    void remove(Key key);

    /** A store that lives as long as the process. */
    static TokenStore inMemory() {
        return new InMemoryTokenStore();
    }
}
