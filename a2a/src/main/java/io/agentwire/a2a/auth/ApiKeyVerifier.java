package io.agentwire.a2a.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.APIKeySecurityScheme;

/**
 * An {@code apiKeySecurityScheme}: the key is read from the header, query parameter or cookie the scheme names and
 * looked up among the issued keys. Keys are held as SHA-256 digests and compared in constant time, so neither a
 * heap dump nor response timing gives them away.
 */
public final class ApiKeyVerifier implements SchemeVerifier {
    private final APIKeySecurityScheme scheme;
    private final List<IssuedKey> issued = new ArrayList<>();

    private record IssuedKey(byte[] digest, String owner) {
    }

    /** @param keysToOwners each issued key and the principal it identifies */
    public ApiKeyVerifier(APIKeySecurityScheme scheme, Map<String, String> keysToOwners) {
        this.scheme = scheme;
        if (!Set.of("header", "query", "cookie").contains(scheme.getLocation())) {
            throw new IllegalArgumentException("API key location must be header, query or cookie: " + scheme.getLocation());
        }
        keysToOwners.forEach((key, owner) -> issued.add(new IssuedKey(digest(key), owner)));
    }

    @Override
    public AuthenticatedCaller verify(RequestCredentials credentials) {
        String presented = switch (scheme.getLocation()) {
            case "header" -> credentials.header(scheme.getName());
            case "query" -> credentials.queryParameter(scheme.getName());
            default -> credentials.cookie(scheme.getName());
        };
        if (presented == null || presented.isEmpty()) {
            return null;
        }
        byte[] digest = digest(presented);
        for (IssuedKey key : issued) {
            if (MessageDigest.isEqual(digest, key.digest())) {
                return new AuthenticatedCaller(key.owner(), Set.of());
            }
        }
        throw new A2aException(A2aError.UNAUTHENTICATED, "Unknown API key in " + scheme.getLocation() + " "
                + scheme.getName());
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
