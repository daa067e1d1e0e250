package io.agentwire.mcp.auth.client;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The query of the redirect that ends the authorization request, and the checks it must pass before its code is
 * redeemed: the {@code state} we sent, and RFC 9207's {@code iss}, compared to the recorded issuer as plain strings
 * (no URL normalization), required when the server advertises it and refused whenever it is present and different.
 */
final class AuthorizationResponse {
    private AuthorizationResponse() {
    }

    /**
     * @param issParameterSupported the server's {@code authorization_response_iss_parameter_supported}, or null
     * @return the authorization code
     */
    static String validate(URI redirect, String expectedState, String issuer, Boolean issParameterSupported)
            throws OAuthException {
        Map<String, String> q = query(redirect);
        String iss = q.get("iss");
        if (iss != null && !iss.equals(issuer)) {
            throw OAuthException.refused("issuer_mismatch", "authorization response iss " + iss
                    + " is not the authorization server's issuer " + issuer);
        }
        if (iss == null && Boolean.TRUE.equals(issParameterSupported)) {
            throw OAuthException.refused("issuer_missing", "the authorization server advertises RFC 9207 iss but "
                    + "its authorization response has none");
        }
        if (q.containsKey("error")) {
            throw new OAuthException(q.get("error"), "authorization failed: " + q.get("error")
                    + (q.containsKey("error_description") ? " (" + q.get("error_description") + ")" : ""));
        }
        if (!expectedState.equals(q.get("state"))) {
            throw OAuthException.refused("state_mismatch", "authorization response state does not match the request");
        }
        String code = q.get("code");
        if (code == null || code.isEmpty()) {
            throw OAuthException.refused("invalid_response", "authorization response carries no code");
        }
        return code;
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return out;
        }
        for (String part : raw.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = decode(eq < 0 ? part : part.substring(0, eq));
            String value = eq < 0 ? "" : decode(part.substring(eq + 1));
            out.putIfAbsent(name, value);
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
