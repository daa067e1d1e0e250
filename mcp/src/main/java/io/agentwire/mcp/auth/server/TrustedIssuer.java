package io.agentwire.mcp.auth.server;

import java.net.URI;
import java.util.Objects;

/**
 * An authorization server whose access tokens this resource accepts.
 *
 * @param issuer its issuer identifier, compared verbatim with the token's {@code iss} claim
 * @param jwksUri where it publishes its signing keys, or {@code null} to discover them from its metadata
 *                (RFC 8414 {@code oauth-authorization-server}, then OpenID Connect discovery) on first use
 */
public record TrustedIssuer(URI issuer, URI jwksUri) {
    public TrustedIssuer {
        Objects.requireNonNull(issuer, "issuer");
        requireHttp(issuer, "issuer");
        if (jwksUri != null) {
            requireHttp(jwksUri, "jwksUri");
        }
    }

    /** An issuer whose key set location is discovered from its metadata. */
    public static TrustedIssuer discovered(URI issuer) {
        return new TrustedIssuer(issuer, null);
    }

    static void requireHttp(URI uri, String what) {
        // keys and metadata are fetched over the network only; a file: or jar: URL here would be a local read
        String scheme = uri.getScheme();
        if (!uri.isAbsolute() || uri.getHost() == null || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException(what + " must be an absolute http(s) URI: " + uri);
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException(what + " must not have a fragment: " + uri);
        }
    }
}
