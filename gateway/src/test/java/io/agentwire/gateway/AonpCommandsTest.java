package io.agentwire.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.agentwire.aonp.node.NodeAddress;
import io.agentwire.aonp.transport.quic.QuicIdentity;
import io.agentwire.aonp.transport.quic.QuicTrust;
import io.agentwire.aonp.transport.quic.SelfSignedCertificate;
import io.agentwire.aonp.transport.quic.TrustedCertificates;
import picocli.CommandLine;

/** {@code agw aonp-node} receives what {@code agw aonp-send} sends, over TCP, QUIC and a relay hop. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class AonpCommandsTest {
    @TempDir
    Path dir;

    private int send(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            String[] full = new String[args.length + 1];
            full[0] = "aonp-send";
            System.arraycopy(args, 0, full, 1, args.length);
            return new CommandLine(new Agw()).execute(full);
        } finally {
            System.setErr(original);
            lastOutput = captured.toString(StandardCharsets.UTF_8);
            original.print(lastOutput);
        }
    }

    private String lastOutput = "";

    private static Path await(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return file;
    }

    @Test
    void aFileSentOverTcpAndQuicArrivesInTheNodesDirectory() throws Exception {
        Path out = dir.resolve("received");
        // 3 MiB shows the progress bar; kwik QUIC bulk streams can stall on a loaded machine, so keep QUIC's part small
        byte[] content = new byte[3 << 20];
        new Random(5).nextBytes(content);
        Path file = Files.write(dir.resolve("photo.bin"), content);
        try (AonpNodeCommand.Running node = AonpNodeCommand.start("test-node",
                List.of(NodeAddress.parse("tcp://127.0.0.1:0"), NodeAddress.parse("quic://127.0.0.1:0")), null, out,
                null, null)) {
            for (NodeAddress address : node.addresses()) {
                if (address.quic()) {
                    content = java.util.Arrays.copyOf(content, 128 << 10);
                    Files.write(file, content);
                }
                Files.deleteIfExists(out.resolve("photo.bin"));
                assertEquals(0, send(address.toString(), file.toString(), "--content-type", "image/x-test"));
                assertTrue(lastOutput.contains("crc32c " + crc32cHex(content) + " verified"), lastOutput);
                assertTrue(lastOutput.contains("MiB/s"), lastOutput);
                assertArrayEquals(content, Files.readAllBytes(await(out.resolve("photo.bin"))));
            }
        }
    }

    @Test
    void theSenderCanAskForSha256AndUnknownNamesAreUsageErrors() throws Exception {
        Path out = dir.resolve("received");
        byte[] content = new byte[200_000];
        new Random(6).nextBytes(content);
        Path file = Files.write(dir.resolve("report.bin"), content);
        try (AonpNodeCommand.Running node = AonpNodeCommand.start("test-node",
                List.of(NodeAddress.parse("tcp://127.0.0.1:0")), null, out, null, null)) {
            String uri = node.addresses().get(0).toString();
            assertEquals(0, send(uri, file.toString(), "--digest", "sha-256"));
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            assertTrue(lastOutput.contains("sha-256 " + sha256 + " verified"), lastOutput);
            assertArrayEquals(content, Files.readAllBytes(await(out.resolve("report.bin"))));
            assertEquals(2, send(uri, file.toString(), "--digest", "md5"), "a usage error");
            assertTrue(lastOutput.contains("crc32c or sha-256"), lastOutput);
        }
    }

    private static String crc32cHex(byte[] content) {
        CRC32C crc = new CRC32C();
        crc.update(content);
        return String.format("%08x", crc.getValue());
    }

    @Test
    void aTextMessageCrossesARelayFromTcpToQuic() throws Exception {
        Path out = dir.resolve("received");
        // the target presents a real certificate and the relay checks it
        KeyStore targetKeys = SelfSignedCertificate.keyStore();
        try (AonpNodeCommand.Running target = AonpNodeCommand.start("target",
                List.of(NodeAddress.parse("quic://127.0.0.1:0")), null, out, identity(targetKeys), null);
                AonpNodeCommand.Running relay = AonpNodeCommand.start("relay",
                        List.of(NodeAddress.parse("tcp://127.0.0.1:0")), target.addresses().get(0), null, null,
                        new QuicTrust(TrustedCertificates.fromPem(pem(targetKeys, "target.pem")), "localhost"))) {
            assertEquals(0, send(relay.addresses().get(0).toString(), "--message", "hello over two hops",
                    "--track", "notes"));
            Path stored = await(out.resolve("notes-0"));
            assertEquals("hello over two hops", Files.readString(stored));
        }
    }

    @Test
    void anUnreachableNodeIsAnErrorExit() {
        int code = send("tcp://127.0.0.1:1", "--message", "x");
        assertTrue(code != 0, "exit code " + code);
    }

    @Test
    void theNodeEchoesSmipInvocationsOverTcpAndQuic() throws Exception {
        try (AonpNodeCommand.Running node = AonpNodeCommand.start("test-node",
                List.of(NodeAddress.parse("tcp://127.0.0.1:0"), NodeAddress.parse("quic://127.0.0.1:0")), null,
                dir.resolve("received"), null, null)) {
            for (NodeAddress address : node.addresses()) {
                PrintStream original = System.out;
                ByteArrayOutputStream captured = new ByteArrayOutputStream();
                System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
                int exit;
                try {
                    exit = new CommandLine(new Agw()).execute("aonp-invoke", address.toString(),
                            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", "--operation", "mcp/ping");
                } finally {
                    System.setOut(original);
                }
                assertEquals(0, exit);
                // kwik prints its warning about unchecked server certificates on stdout; the result is the last line
                List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
                assertEquals("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", lines.get(lines.size() - 1));
            }
        }
    }

    @Test
    void quicClientsCheckTheNodesCertificateWhenGivenTrust() throws Exception {
        KeyStore nodeKeys = SelfSignedCertificate.keyStore();
        Path p12 = dir.resolve("node.p12");
        try (OutputStream file = Files.newOutputStream(p12)) {
            nodeKeys.store(file, SelfSignedCertificate.PASSWORD);
        }
        Path trusted = pem(nodeKeys, "node.pem");
        Path stranger = pem(SelfSignedCertificate.keyStore(), "other.pem");
        QuicIdentity fromFile = QuicIdentity.load(p12, SelfSignedCertificate.PASSWORD);
        try (AonpNodeCommand.Running node = AonpNodeCommand.start("test-node",
                List.of(NodeAddress.parse("quic://127.0.0.1:0")), null, dir.resolve("received"), fromFile, null)) {
            String uri = node.addresses().get(0).toString();
            // the certificate names localhost (kwik matches DNS names only), the node is reached at 127.0.0.1
            String[] checked = {"--trust", trusted.toString(), "--server-name", "localhost"};
            assertEquals(0, new CommandLine(new Agw()).execute("aonp-invoke", uri, "{}", checked[0], checked[1],
                    checked[2], checked[3]));
            assertEquals(0, send(uri, "--message", "checked", checked[0], checked[1], checked[2], checked[3]));
            PrintStream original = System.err;
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            try {
                assertNotEquals(0, new CommandLine(new Agw()).execute("aonp-invoke", uri, "{}", "--trust",
                        stranger.toString(), "--server-name", "localhost"),
                        "a node presenting another certificate is refused");
            } finally {
                System.setErr(original);
            }
        }
    }

    private static QuicIdentity identity(KeyStore keys) {
        return new QuicIdentity(keys, SelfSignedCertificate.ALIAS, SelfSignedCertificate.PASSWORD);
    }

    /** The certificate of {@code keys} as a PEM file in the test directory. */
    private Path pem(KeyStore keys, String name) throws Exception {
        return Files.writeString(dir.resolve(name),
                TrustedCertificates.pem(keys.getCertificate(SelfSignedCertificate.ALIAS)));
    }
}
