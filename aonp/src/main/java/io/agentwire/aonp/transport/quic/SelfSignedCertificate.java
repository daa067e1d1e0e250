package io.agentwire.aonp.transport.quic;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A throw-away self-signed EC P-256 certificate for {@code localhost}/127.0.0.1, made at runtime with the JDK alone
 * (a minimal DER writer), so tests and development nodes need no key files. Never use it in production: clients
 * that accept it accept anyone.
 */
public final class SelfSignedCertificate {
    /** The alias of the key entry in {@link #keyStore()}. */
    public static final String ALIAS = "aonp";
    /** The (public, meaningless) password of the generated key store. */
    public static final char[] PASSWORD = "aonp-dev".toCharArray();

    private static final byte[] ECDSA_SHA256 = {0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x04, 0x03, 0x02};
    private static final byte[] COMMON_NAME = {0x55, 0x04, 0x03};
    private static final byte[] SUBJECT_ALT_NAME = {0x55, 0x1d, 0x11};

    private SelfSignedCertificate() {
    }

    /** A PKCS12 key store holding a fresh key and certificate under {@link #ALIAS}. */
    public static KeyStore keyStore() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        X509Certificate certificate = certificate(keys);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        store.setKeyEntry(ALIAS, keys.getPrivate(), PASSWORD, new Certificate[] {certificate});
        return store;
    }

    private static X509Certificate certificate(KeyPair keys) throws GeneralSecurityException {
        byte[] algorithm = der(0x30, der(0x06, ECDSA_SHA256));
        byte[] name = der(0x30, der(0x31, der(0x30, der(0x06, COMMON_NAME),
                der(0x0c, "localhost".getBytes(StandardCharsets.US_ASCII)))));
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");
        byte[] validity = der(0x30, der(0x17, utc.format(now.minusDays(1)).getBytes(StandardCharsets.US_ASCII)),
                der(0x17, utc.format(now.plusDays(30)).getBytes(StandardCharsets.US_ASCII)));
        byte[] altNames = der(0x30, der(0x82, "localhost".getBytes(StandardCharsets.US_ASCII)),
                der(0x87, new byte[] {127, 0, 0, 1}));
        byte[] extensions = der(0xa3, der(0x30, der(0x30, der(0x06, SUBJECT_ALT_NAME), der(0x04, altNames))));
        byte[] serial = der(0x02, new BigInteger(63, new SecureRandom()).add(BigInteger.ONE).toByteArray());
        byte[] tbs = der(0x30, der(0xa0, der(0x02, new byte[] {2})), serial, algorithm, name, validity, name,
                keys.getPublic().getEncoded(), extensions);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(tbs);
        byte[] signature = signer.sign();
        byte[] bitString = new byte[signature.length + 1];
        System.arraycopy(signature, 0, bitString, 1, signature.length);
        byte[] encoded = der(0x30, tbs, algorithm, der(0x03, bitString));
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(encoded));
    }

    /** One DER TLV: tag, definite length, then the concatenated contents. */
    private static byte[] der(int tag, byte[]... contents) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : contents) {
            body.writeBytes(part);
        }
        int length = body.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length);
        }
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }
}
