package io.agentwire.aonp.transport.quic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;

/**
 * The key and certificate chain a QUIC listener presents in its TLS handshake.
 *
 * @param keyStore holds the private key entry
 * @param alias    the entry's alias
 * @param password the entry's (and, for PKCS12, the store's) password
 */
public record QuicIdentity(KeyStore keyStore, String alias, char[] password) {
    /** A fresh self-signed certificate for localhost and 127.0.0.1: development only, clients cannot verify it. */
    public static QuicIdentity selfSigned() throws GeneralSecurityException {
        return new QuicIdentity(SelfSignedCertificate.keyStore(), SelfSignedCertificate.ALIAS,
                SelfSignedCertificate.PASSWORD);
    }

    /**
     * The first key entry of a PKCS12 file, e.g. one made by
     * {@code keytool -genkeypair -keyalg EC -storetype PKCS12 -keystore node.p12 -ext san=dns:node.example}
     * (kwik checks DNS names, so a certificate for an IP address needs a DNS name beside it).
     */
    public static QuicIdentity load(Path pkcs12, char[] password) throws IOException {
        KeyStore store;
        try (InputStream in = Files.newInputStream(pkcs12)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return new QuicIdentity(store, alias, password);
                }
            }
        } catch (GeneralSecurityException | IOException e) {
            // a wrong password surfaces as an IOException from load; name the file either way
            throw new IOException("cannot read " + pkcs12 + ": " + e.getMessage(), e);
        }
        throw new IOException(pkcs12 + " holds no private key entry");
    }
}
