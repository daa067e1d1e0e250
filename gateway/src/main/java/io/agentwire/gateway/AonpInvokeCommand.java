package io.agentwire.gateway;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.agentwire.aonp.core.Handshake;
import io.agentwire.aonp.node.AonpConnector;
import io.agentwire.aonp.node.NodeAddress;
import io.agentwire.aonp.smip.Invocation;
import io.agentwire.aonp.smip.InvocationListener;
import io.agentwire.aonp.smip.Payload;
import io.agentwire.aonp.smip.ProgressUpdate;
import io.agentwire.aonp.smip.SmipClient;
import io.agentwire.aonp.smip.SmipException;
import io.agentwire.aonp.smip.SmipLinks;
import io.agentwire.aonp.smip.SmipOptions;
import io.agentwire.aonp.smip.wire.SmipFrames;
import io.agentwire.aonp.transport.ConnectionLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code agw aonp-invoke}: opens an SMIP session to a node, runs one invocation and prints its result on stdout
 * (progress on stderr).
 */
@Command(name = "aonp-invoke", mixinStandardHelpOptions = true,
        description = "Run one SMIP invocation on an AONP node (TCP or QUIC) and print its result.")
final class AonpInvokeCommand implements Callable<Integer> {
    @Mixin
    QuicTrustOption trust = new QuicTrustOption();

    @Parameters(index = "0", paramLabel = "URI", description = "The node, tcp://host:port or quic://host:port.")
    String uri;

    @Parameters(index = "1", paramLabel = "PAYLOAD", description = "The request, e.g. a JSON-RPC message.")
    String payload;

    @Option(names = "--content-type", defaultValue = Payload.JSON, paramLabel = "T",
            description = "Media type of the payload (default ${DEFAULT-VALUE}).")
    String contentType;

    @Option(names = "--operation", paramLabel = "OP", description = "Operation hint, e.g. mcp/tools/call.")
    String operation;

    @Option(names = "--timeout", defaultValue = "60", description = "Seconds to wait for the result "
            + "(default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        Handshake handshake = AonpCli.handshake("agw-invoke", SmipFrames.PROTOCOL);
        ConnectionLimits limits = AonpCli.LIMITS;
        try (AonpConnector connector = new AonpConnector(handshake, limits, trust.trust());
                SmipClient client = SmipClient.open(SmipLinks.connector(connector, NodeAddress.parse(uri)),
                        SmipOptions.DEFAULTS).get(30, TimeUnit.SECONDS)) {
            Invocation invocation = client.invoke(Payload.of(contentType, payload.getBytes(StandardCharsets.UTF_8)),
                    operation, new InvocationListener() {
                        @Override
                        public void onProgress(Invocation inv, ProgressUpdate update) {
                            err.println("progress: " + (update.message() == null ? "" : update.message())
                                    + (update.done() == null ? "" : " " + update.done() + "/" + update.total()));
                        }
                    });
            try {
                Payload result = invocation.result().get(timeoutSeconds, TimeUnit.SECONDS);
                System.out.println(result.bodyText());
                err.println("result (" + result.contentType() + ") of invocation " + invocation.id());
                return 0;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SmipException failure) {
                    err.println("aonp-invoke: " + failure.getMessage());
                    return 1;
                }
                throw e;
            }
        }
    }
}
