package io.agentwire.a2a.auth;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A {@code mtlsSecurityScheme}: the TLS layer has already verified the client's chain against the server's trust
 * store, so this only names the caller, by default from the leaf certificate's subject, and refuses none. A request
 * without a client certificate has no credential for this scheme.
 */
public final class ClientCertificateVerifier implements SchemeVerifier {
    private final Function<X509Certificate, String> principal;

    public ClientCertificateVerifier() {
        this(cert -> cert.getSubjectX500Principal().getName());
    }

    /** @param principal names the caller from its verified leaf certificate */
    public ClientCertificateVerifier(Function<X509Certificate, String> principal) {
        this.principal = principal;
    }

    @Override
    public AuthenticatedCaller verify(RequestCredentials credentials) {
        List<X509Certificate> chain = credentials.clientCertificates();
        return chain.isEmpty() ? null : new AuthenticatedCaller(principal.apply(chain.get(0)), Set.of());
    }
}
