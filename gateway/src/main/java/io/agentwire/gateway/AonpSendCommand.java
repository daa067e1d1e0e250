package io.agentwire.gateway;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.m2tp.Delivery;
import io.agentwire.aonp.m2tp.DigestAlgorithm;
import io.agentwire.aonp.m2tp.M2tpEndpoint;
import io.agentwire.aonp.m2tp.M2tpException;
import io.agentwire.aonp.m2tp.M2tpLink;
import io.agentwire.aonp.m2tp.M2tpOptions;
import io.agentwire.aonp.m2tp.MessageMeta;
import io.agentwire.aonp.m2tp.Track;
import io.agentwire.aonp.m2tp.wire.M2tpFrames;
import io.agentwire.aonp.node.AonpConnector;
import io.agentwire.aonp.node.NodeAddress;
import io.agentwire.aonp.transport.ConnectionLimits;
import io.agentwire.aonp.wire.ErrorCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code agw aonp-send}: sends a file or a text message to an AONP node as one M2TP message. */
@Command(name = "aonp-send", mixinStandardHelpOptions = true,
        description = "Send a file or a text message to an AONP node over M2TP (TCP or QUIC) and wait for its "
                + "verified receipt.")
final class AonpSendCommand implements Callable<Integer> {
    @Mixin
    QuicTrustOption trust = new QuicTrustOption();

    @Parameters(index = "0", paramLabel = "URI", description = "The node, tcp://host:port or quic://host:port.")
    String uri;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "The file to send.")
    Path file;

    @Option(names = "--message", paramLabel = "TEXT", description = "Send this text instead of a file.")
    String message;

    @Spec
    CommandSpec spec;

    @Option(names = "--content-type", paramLabel = "T", description = "Media type (default: guessed from the file, "
            + "text/plain for --message, else application/octet-stream).")
    String contentType;

    @Option(names = "--track", defaultValue = "agw/send", description = "Track name (default ${DEFAULT-VALUE}).")
    String track;

    @Option(names = "--dest", paramLabel = "URI", description = "Ask a relay to forward the track to this node.")
    String dest;

    @Option(names = "--datagram", description = "Send the objects as QUIC datagrams (loss-tolerant).")
    boolean datagram;

    @Option(names = "--digest", paramLabel = "ALG", defaultValue = "crc32c", description = "How the receiver "
            + "verifies the message: crc32c (cheap, catches corruption and truncation) or sha-256 (also a content "
            + "hash to compare or publish); neither authenticates (default ${DEFAULT-VALUE}).")
    String digest;

    @Option(names = "--timeout", defaultValue = "300", description = "Seconds to wait for the receipt "
            + "(default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        if ((file == null) == (message == null)) {
            throw new ParameterException(spec.commandLine(), "give either FILE or --message TEXT");
        }
        PrintStream err = System.err;
        NodeAddress address = NodeAddress.parse(uri);
        Handshake handshake = AonpCli.handshake("agw-send", M2tpFrames.PROTOCOL);
        ConnectionLimits limits = AonpCli.LIMITS;
        long size = file != null ? Files.size(file)
                : message.getBytes(StandardCharsets.UTF_8).length;
        String type = contentType != null ? contentType : guessType();
        String name = file != null ? file.getFileName().toString() : null;
        DigestAlgorithm algorithm = DigestAlgorithm.byName(digest).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--digest: unknown algorithm '" + digest + "', use crc32c or sha-256"));
        M2tpOptions options = M2tpOptions.DEFAULTS.withAckTimeout(Duration.ofSeconds(timeoutSeconds))
                .withDigest(algorithm);
        try (AonpConnector connector = new AonpConnector(handshake, limits, trust.trust());
                InputStream in = file != null ? Files.newInputStream(file)
                        : new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8))) {
            M2tpEndpoint endpoint = M2tpEndpoint.sendOnly(options);
            M2tpLink link = connector.connect(address, endpoint);
            endpoint.opened().get(30, TimeUnit.SECONDS);
            Track opened = endpoint.openTrack(track, datagram, dest);
            ProgressBar bar = new ProgressBar(err, size);
            long start = System.nanoTime();
            Delivery delivery;
            try {
                delivery = endpoint.send(opened, in, new MessageMeta(type, size, name), bar);
            } catch (M2tpException e) {
                bar.finish();
                err.println("aonp-send: failed: " + e.getMessage());
                return 1;
            }
            bar.finish();
            double seconds = (System.nanoTime() - start) / 1e9;
            err.printf("sent %d bytes in %.2f s (%.1f MiB/s) to %s, %s %s verified%s%n", delivery.size(), seconds,
                    delivery.size() / 1048576.0 / Math.max(seconds, 1e-9), address,
                    delivery.digestAlgorithm().wireName(), delivery.digestHex(),
                    delivery.complete() ? "" : " (" + delivery.missing().size() + " datagram objects lost)");
            endpoint.closeTrack(opened);
            link.close(ErrorCodes.NO_ERROR, "done");
            return 0;
        }
    }

    private String guessType() throws java.io.IOException {
        if (message != null) {
            return "text/plain; charset=utf-8";
        }
        String probed = Files.probeContentType(file);
        return probed != null ? probed : "application/octet-stream";
    }
}
