package io.agentwire.a2a.card.sign;

/**
 * The outcome for one signature of a card.
 *
 * @param kid     the key id the signature names, or empty
 * @param outcome what the verifier found
 * @param detail  a human-readable explanation
 */
public record SignatureCheck(String kid, Outcome outcome, String detail) {

    public enum Outcome { VERIFIED, UNKNOWN_KEY, BAD_SIGNATURE, UNSUPPORTED_ALGORITHM, EXPIRED_KEY, JKU_REFUSED, MALFORMED }
}
