package io.agentwire.aonp.transport.quic;

import java.security.KeyStore;

/**
 * What a QUIC client checks the server's certificate against.
 *
 * @param certificates the trusted certificates (the server's own or its CA's)
 * @param serverName   the name the certificate must carry, when it differs from the address connected to; kwik
 *                     matches DNS names only, so a node reached by IP address names itself here (e.g. "localhost")
 */
public record QuicTrust(KeyStore certificates, String serverName) {
    public QuicTrust {
        java.util.Objects.requireNonNull(certificates, "certificates");
    }
}
