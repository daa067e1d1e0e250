package io.agentwire.mcp.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Integrity protection for {@code requestState}: the client echoes the state verbatim, and the spec says to treat
 * it as attacker-controlled, so the server signs it (HMAC-SHA256) and binds it to the method and target it was
 * issued for. Format: {@code base64url(state) "." base64url(mac)}.
 */
public final class RequestStateSeal {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public RequestStateSeal(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    public String seal(String state, String binding) {
        byte[] body = state.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(body) + "." + ENCODER.encodeToString(mac(body, binding));
    }

    /** The original state, or empty when the token was altered, truncated or issued for another request. */
    public Optional<String> open(String token, String binding) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] body = DECODER.decode(token.substring(0, dot));
            byte[] tag = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(tag, mac(body, binding))) {
                return Optional.empty();
            }
            return Optional.of(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] body, String binding) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(binding.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
