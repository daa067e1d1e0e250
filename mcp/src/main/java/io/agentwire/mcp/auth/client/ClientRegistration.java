package io.agentwire.mcp.auth.client;

import java.util.Objects;

/**
 * Who the client is at one authorization server, and how it authenticates at that server's token endpoint.
 *
 * @param clientId the client identifier (a URL for a client ID metadata document)
 * @param clientSecret the secret, or null for public clients and key-based authentication
 * @param tokenEndpointAuthMethod {@code none}, {@code client_secret_basic}, {@code client_secret_post} or
 *        {@code private_key_jwt}
 */
public record ClientRegistration(String clientId, String clientSecret, String tokenEndpointAuthMethod) {
    public static final String NONE = "none";
    public static final String CLIENT_SECRET_BASIC = "client_secret_basic";
    public static final String CLIENT_SECRET_POST = "client_secret_post";
    public static final String PRIVATE_KEY_JWT = "private_key_jwt";

    public ClientRegistration {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(tokenEndpointAuthMethod, "tokenEndpointAuthMethod");
    }

    public static ClientRegistration publicClient(String clientId) {
        return new ClientRegistration(clientId, null, NONE);
    }

    /** The secret never appears in logs or exception messages. */
    @Override
    public String toString() {
        return "ClientRegistration[clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "none" : "***")
                + ", tokenEndpointAuthMethod=" + tokenEndpointAuthMethod + "]";
    }
}
