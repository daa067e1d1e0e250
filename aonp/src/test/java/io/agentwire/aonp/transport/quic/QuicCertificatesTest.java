package io.agentwire.aonp.transport.quic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identities and trust stores read from the files operators hand over, and clear errors for the wrong files. */
class QuicCertificatesTest {
    @TempDir
    Path dir;

    @Test
    void anIdentityIsTheFirstKeyEntryOfItsPkcs12File() throws Exception {
        KeyStore keys = SelfSignedCertificate.keyStore();
        Path p12 = dir.resolve("node.p12");
        try (OutputStream out = Files.newOutputStream(p12)) {
            keys.store(out, SelfSignedCertificate.PASSWORD);
        }
        QuicIdentity identity = QuicIdentity.load(p12, SelfSignedCertificate.PASSWORD);
        assertEquals(SelfSignedCertificate.ALIAS, identity.alias());
        assertEquals(keys.getCertificate(SelfSignedCertificate.ALIAS),
                identity.keyStore().getCertificate(identity.alias()));
        IOException wrongPassword = assertThrows(IOException.class, () -> QuicIdentity.load(p12, "nope".toCharArray()));
        assertTrue(wrongPassword.getMessage().contains("node.p12"), wrongPassword.getMessage());
    }

    @Test
    void trustComesFromEveryCertificateOfAPemFile() throws Exception {
        String pem = pem(SelfSignedCertificate.keyStore()) + pem(SelfSignedCertificate.keyStore());
        KeyStore trusted = TrustedCertificates.fromPem(Files.writeString(dir.resolve("two.pem"), pem));
        assertEquals(2, trusted.size());
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");
        assertThrows(IOException.class, () -> TrustedCertificates.fromPem(empty));
        Path junk = Files.writeString(dir.resolve("junk.pem"),
                "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        assertThrows(IOException.class, () -> TrustedCertificates.fromPem(junk));
    }

    private static String pem(KeyStore keys) throws Exception {
        return TrustedCertificates.pem(keys.getCertificate(SelfSignedCertificate.ALIAS));
    }
}
