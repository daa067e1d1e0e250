package io.agentwire.mcp.auth.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Tokens and secrets never reach logs through toString. */
class RedactionTest {
    @Test
    void toStringsHideSecrets() {
        String tokens = new Tokens("AT-secret", "Bearer", "RT-secret", Instant.EPOCH, "a b").toString();
        assertFalse(tokens.contains("AT-secret") || tokens.contains("RT-secret"), tokens);
        assertTrue(tokens.contains("a b"));
        String reg = new ClientRegistration("id", "client-secret", "client_secret_basic").toString();
        assertFalse(reg.contains("client-secret"), reg);
        String pre = new OAuthClientConfig.PreRegistered("id", "pre-secret", null, null).toString();
        assertFalse(pre.contains("pre-secret"), pre);
        Pkce pkce = Pkce.create();
        assertFalse(pkce.toString().contains(pkce.verifier()));
        InMemoryTokenStore store = new InMemoryTokenStore();
        store.put(new TokenStore.Key("https://as", "https://rs"), new Tokens("AT-secret", "Bearer", null, null, null));
        assertFalse(store.toString().contains("AT-secret"));
        assertTrue(store.get(new TokenStore.Key("https://as", "https://rs")).isPresent());
        assertTrue(store.get(new TokenStore.Key("https://other-as", "https://rs")).isEmpty(), "keyed by issuer too");
    }
}
