package io.agentwire.gateway;

import io.agentwire.a2a.A2aServer;
import io.agentwire.a2a.auth.ApiKeyVerifier;
import io.agentwire.a2a.auth.CardSecurity;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.push.PushNotificationSender;
import io.agentwire.a2a.push.WebhookUrlPolicy;
import io.agentwire.a2a.reference.ReferenceCard;
import io.agentwire.a2a.reference.TckAgent;
import io.agentwire.a2a.store.FileTaskStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code agw a2a-agent}: runs the A2A reference agent (the TCK's messageId-prefix contract) over HTTP. */
@Command(name = "a2a-agent", mixinStandardHelpOptions = true,
        description = "Serve the A2A 1.0 reference agent: Agent Card, JSON-RPC and HTTP+JSON interfaces.")
final class A2aAgentCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (default ${DEFAULT-VALUE}).", defaultValue = "9999")
    int port;

    @Option(names = "--grpc-port", description = "Also serve gRPC on this port (default: off; 0 picks one).", defaultValue = "-1")
    int grpcPort;

    @Option(names = "--host", description = "Address to bind (default ${DEFAULT-VALUE}).", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--store", description = "Keep tasks in this directory across restarts (default: in memory).")
    Path store;

    @Option(names = "--allow-local-webhooks",
            description = "Let push notifications go to loopback addresses and plain http (the TCK's webhook receiver needs this).")
    boolean allowLocalWebhooks;

    @Option(names = "--v03", description = "Also serve A2A 0.3 clients (JSON-RPC at /a2a/v0.3/jsonrpc, listed in the card).")
    boolean v03;

    @Option(names = "--stream-timeout", defaultValue = "2",
            description = "The TCK's streaming timeout in seconds; test-resubscribe tasks stay WORKING twice as long (default ${DEFAULT-VALUE}).")
    double streamTimeoutSeconds;

    @Option(names = "--api-key", paramLabel = "KEY=CALLER",
            description = "Require an API key in the X-API-Key header; each KEY identifies CALLER, whose tasks are private (repeatable).")
    Map<String, String> apiKeys = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        AgentCard card = apiKeys.isEmpty() ? ReferenceCard.template() : ReferenceCard.requiringApiKey(ReferenceCard.template());
        A2aServer.Builder builder = A2aServer.builder().card(card)
                .executor(new TckAgent(Duration.ofMillis((long) (2 * streamTimeoutSeconds * 1000)))).host(host).port(port).grpcPort(grpcPort).v03Interface(v03);
        if (allowLocalWebhooks) {
            builder.push(PushNotificationSender.builder().urlPolicy(WebhookUrlPolicy.builder().allowHttp(true).allowLoopback(true).build()).build());
        }
        if (!apiKeys.isEmpty()) {
            builder.security(CardSecurity.forCard(card).verifier(ReferenceCard.API_KEY_SCHEME, new ApiKeyVerifier(
                    card.getSecuritySchemesMap().get(ReferenceCard.API_KEY_SCHEME).getApiKeySecurityScheme(), apiKeys)).build());
        }
        if (store != null) {
            builder.taskStore(FileTaskStore.open(store));
        }
        try (A2aServer server = builder.start()) {
            System.err.println("A2A agent card at " + server.cardUrl() + "; JSON-RPC " + server.jsonRpcUrl()
                    + ", HTTP+JSON " + server.restUrl() + (server.grpcPort() < 0 ? "" : ", gRPC port " + server.grpcPort()));
            CountDownLatch forever = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(forever::countDown));
            forever.await();
        }
        return 0;
    }
}
