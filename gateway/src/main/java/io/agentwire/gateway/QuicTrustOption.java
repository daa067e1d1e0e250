package io.agentwire.gateway;

import java.io.IOException;
import java.nio.file.Path;

import io.agentwire.aonp.transport.quic.QuicTrust;
import io.agentwire.aonp.transport.quic.TrustedCertificates;
import picocli.CommandLine.Option;

/**
 * {@code --trust PEM [--server-name NAME]}: the certificates QUIC servers must present; without them any certificate
 * is accepted.
 */
final class QuicTrustOption {
    @Option(names = "--trust", paramLabel = "PEM", description = "Certificates (PEM) a QUIC server must present, its "
            + "own or its CA's. Without it, QUIC server certificates are not checked (development only).")
    Path pem;

    @Option(names = "--server-name", paramLabel = "NAME", description = "The DNS name the QUIC server's certificate "
            + "must carry, when the address is an IP (default: the address's host).")
    String serverName;

    /** What to check QUIC servers against, or null to accept any certificate. */
    QuicTrust trust() throws IOException {
        return pem == null ? null : new QuicTrust(TrustedCertificates.fromPem(pem), serverName);
    }
}
