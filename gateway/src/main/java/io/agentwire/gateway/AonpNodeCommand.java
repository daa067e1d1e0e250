package io.agentwire.gateway;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.m2tp.DirectoryReceiver;
import io.agentwire.aonp.m2tp.M2tpEndpoint;
import io.agentwire.aonp.m2tp.M2tpOptions;
import io.agentwire.aonp.m2tp.wire.M2tpFrames;
import io.agentwire.aonp.node.AonpListener;
import io.agentwire.aonp.node.NodeAddress;
import io.agentwire.aonp.relay.M2tpRelay;
import io.agentwire.aonp.relay.RelayRoutes;
import io.agentwire.aonp.smip.InvocationContext;
import io.agentwire.aonp.smip.SmipLinks;
import io.agentwire.aonp.smip.SmipOptions;
import io.agentwire.aonp.smip.SmipServer;
import io.agentwire.aonp.smip.wire.SmipFrames;
import io.agentwire.aonp.transport.ConnectionLimits;
import io.agentwire.aonp.transport.quic.QuicIdentity;
import io.agentwire.aonp.transport.quic.QuicTrust;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code agw aonp-node}: an AONP node on TCP and QUIC that stores incoming M2TP messages in a directory and answers
 * SMIP invocations with their payload (an echo service), or, with {@code --relay-to}, relays every track to an
 * upstream node.
 */
@Command(name = "aonp-node", mixinStandardHelpOptions = true,
        description = "Run an AONP node: receive M2TP messages into a directory and echo SMIP invocations, or relay "
                + "M2TP tracks (TCP and QUIC).")
final class AonpNodeCommand implements Callable<Integer> {
    @Option(names = "--listen", required = true, paramLabel = "URI",
            description = "Listen address, tcp://host:port or quic://host:port (repeatable; port 0 picks one).")
    List<String> listen;

    @Option(names = "--relay-to", paramLabel = "URI",
            description = "Relay every track to this node instead of storing messages.")
    String relayTo;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "aonp-received",
            description = "Directory for received messages (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--node-id", defaultValue = "agw-node", description = "Node identifier sent in HELLO.")
    String nodeId;

    @Option(names = "--quic-cert", paramLabel = "P12", description = "PKCS12 key store whose first key entry the "
            + "QUIC listeners present (default: a fresh self-signed certificate, which clients cannot verify).")
    Path quicCert;

    @Option(names = "--quic-cert-password", paramLabel = "PW", defaultValue = "",
            description = "Password of the --quic-cert key store.")
    String quicCertPassword;

    @Mixin
    QuicTrustOption upstreamTrust = new QuicTrustOption();

    @Override
    public Integer call() throws Exception {
        QuicIdentity identity = quicCert == null ? null : QuicIdentity.load(quicCert, quicCertPassword.toCharArray());
        try (AutoCloseable node = start(nodeId, listen.stream().map(NodeAddress::parse).toList(),
                relayTo == null ? null : NodeAddress.parse(relayTo), out, identity, upstreamTrust.trust())) {
            CountDownLatch forever = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(forever::countDown));
            forever.await();
        }
        return 0;
    }

    /**
     * Starts the node and prints its bound addresses on stderr; closing the result stops it. QUIC listeners present
     * {@code identity} (null: self-signed); a relay checks its upstream against {@code upstreamTrust} (null: any).
     */
    static Running start(String nodeId, List<NodeAddress> listen, NodeAddress relayTo, Path out,
            QuicIdentity identity, QuicTrust upstreamTrust) throws IOException {
        Handshake handshake = AonpCli.handshake(nodeId, M2tpFrames.PROTOCOL, SmipFrames.PROTOCOL);
        ConnectionLimits limits = AonpCli.LIMITS;
        if (relayTo != null) {
            M2tpRelay relay = M2tpRelay.start(listen, RelayRoutes.to(relayTo), handshake, limits, identity,
                    upstreamTrust);
            System.err.println("aonp-node relaying " + relay.addresses() + " -> " + relayTo);
            return new Running(relay.addresses(), relay);
        }
        DirectoryReceiver receiver = new DirectoryReceiver(out, line -> System.err.println("aonp-node " + line));
        SmipServer echo = new SmipServer(AonpNodeCommand::echo, SmipOptions.DEFAULTS);
        AonpListener listener = AonpListener.bind(listen, handshake,
                SmipLinks.serve(echo, () -> new M2tpEndpoint(receiver, M2tpOptions.DEFAULTS)), limits, identity);
        System.err.println("aonp-node listening on " + listener.addresses() + ", storing into " + out.toAbsolutePath()
                + ", answering SMIP invocations with their payload");
        return new Running(listener.addresses(), () -> {
            listener.close();
            echo.close();
        });
    }

    /** The node's SMIP service: answers each invocation with its own payload, for trying sessions out. */
    private static void echo(InvocationContext invocation) {
        invocation.complete(invocation.request());
    }

    /** A started node: its bound addresses, and how to stop it. */
    record Running(List<NodeAddress> addresses, AutoCloseable server) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            server.close();
        }
    }
}
