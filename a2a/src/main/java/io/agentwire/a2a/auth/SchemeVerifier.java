package io.agentwire.a2a.auth;

/** Checks the credential of one security scheme of the card. */
@FunctionalInterface
public interface SchemeVerifier {
    /**
     * @return the caller, or null when the request carries no credential for this scheme
     * @throws io.agentwire.a2a.error.A2aException UNAUTHENTICATED when a credential is present but invalid
     */
    AuthenticatedCaller verify(RequestCredentials credentials);
}
