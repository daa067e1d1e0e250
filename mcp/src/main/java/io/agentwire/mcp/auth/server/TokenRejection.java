package io.agentwire.mcp.auth.server;

/**
 * Why an access token was refused. Each reason carries the short, fixed text sent to the client as
 * {@code error_description}; the detailed cause (which may name internal hosts) stays in the server's logs.
 */
public enum TokenRejection {
    /** No {@code Authorization: Bearer} credentials at all: a plain 401 challenge, no error code (RFC 6750 §3.1). */
    MISSING("no access token"),
    /** Not a parseable signed JWT. */
    MALFORMED("the access token is malformed"),
    /** Unsigned ({@code alg: none}), encrypted, or signed with an algorithm this server does not accept. */
    UNSUPPORTED_ALGORITHM("the access token's signature algorithm is not accepted"),
    /** A {@code typ} header other than an access-token or plain JWT type (an ID token, say). */
    WRONG_TYPE("the token is not an access token"),
    /** The signature does not verify with the issuer's key of that id. */
    BAD_SIGNATURE("the access token's signature is invalid"),
    /** No key of the issuer matches, even after fetching its key set again. */
    UNKNOWN_KEY("the access token's signing key is unknown"),
    /** The {@code iss} claim is missing or names an issuer this server does not trust. */
    WRONG_ISSUER("the access token's issuer is not trusted"),
    /** The {@code aud} claim does not contain this server's canonical URI: the token was issued for someone else. */
    WRONG_AUDIENCE("the access token was not issued for this resource"),
    /** {@code exp} has passed (beyond the clock skew). */
    EXPIRED("the access token expired"),
    /** {@code nbf} is still in the future (beyond the clock skew). */
    NOT_YET_VALID("the access token is not yet valid"),
    /** A claim this server requires ({@code exp}) is absent or of the wrong type. */
    MISSING_CLAIM("the access token lacks a required claim"),
    /** The issuer's keys could not be obtained (host down, timeout, bad metadata): the token is not judged at all. */
    KEYS_UNAVAILABLE("the authorization server's signing keys are unavailable");

    private final String description;

    TokenRejection(String description) {
        this.description = description;
    }

    /** The text for {@code error_description}: fixed, free of token material and of internal addresses. */
    public String description() {
        return description;
    }

    /** Whether the fault lies with this server's access to keys rather than with the token. */
    public boolean isServerSide() {
        return this == KEYS_UNAVAILABLE;
    }
}
