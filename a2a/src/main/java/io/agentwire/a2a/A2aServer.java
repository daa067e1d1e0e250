package io.agentwire.a2a;

import io.agentwire.a2a.auth.CardSecurity;
import io.agentwire.a2a.card.AgentCardEndpoint;
import io.agentwire.a2a.compat.V03Cards;
import io.agentwire.a2a.compat.V03GrpcBinding;
import io.agentwire.a2a.compat.V03JsonRpcBinding;
import io.agentwire.a2a.compat.V03RestBinding;
import io.agentwire.a2a.compat.V03Webhooks;
import io.agentwire.a2a.model.AgentCapabilities;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.AgentInterface;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.push.PushJwks;
import io.agentwire.a2a.push.PushNotificationSender;
import io.agentwire.a2a.push.WebhookUrlPolicy;
import io.agentwire.a2a.server.A2aOperations;
import io.agentwire.a2a.server.PushDispatcher;
import io.agentwire.a2a.server.TaskEngine;
import io.agentwire.a2a.store.InMemoryTaskStore;
import io.agentwire.a2a.store.TaskStore;
import io.agentwire.a2a.transport.CallerResolver;
import io.agentwire.a2a.transport.ServerTls;
import io.agentwire.a2a.transport.grpc.A2aGrpcServer;
import io.agentwire.a2a.transport.grpc.GrpcBinding;
import io.agentwire.a2a.transport.grpc.GrpcCallerResolver;
import io.agentwire.a2a.transport.jsonrpc.JsonRpcBinding;
import io.agentwire.a2a.transport.rest.RestBinding;
import io.agentwire.jsonrpc.peer.PeerExecutors;
import io.agentwire.jsonrpc.transport.http.HttpExchange;
import io.agentwire.jsonrpc.transport.http.NettyHttpServer;
import io.grpc.BindableService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * An A2A agent on the network: the Agent Card at its well-known paths and the A2A 1.0 interfaces, all on one
 * HTTP port.
 *
 * <pre>{@code
 * try (A2aServer server = A2aServer.builder()
 *         .card(AgentCard.newBuilder().setName("Echo").setDescription("Echoes").setVersion("1.0.0").build())
 *         .executor((context, events) -> events.complete(events.agentText("You said: " + context.text())))
 *         .port(8080)
 *         .start()) {
 *     System.out.println(server.cardUrl());
 * }
 * }</pre>
 *
 * When the given card lists no interfaces, the server lists its own with the bound address, so port 0 works.
 */
public final class A2aServer implements AutoCloseable {
    /** Where the JSON-RPC interface answers. */
    public static final String JSONRPC_PATH = "/a2a/jsonrpc";
    /** The base path of the HTTP+JSON interface. */
    public static final String REST_PATH = "/a2a/rest";
    /** Where the public keys of signed push notifications are served, when the server signs them. */
    public static final String PUSH_JWKS_PATH = "/.well-known/a2a-push-jwks.json";
    /** Where the A2A 0.3 JSON-RPC interface answers, when enabled. */
    public static final String V03_JSONRPC_PATH = "/a2a/v0.3/jsonrpc";
    /** The base path of the A2A 0.3 HTTP+JSON interface, when enabled; its routes begin with {@code /v1}. */
    public static final String V03_REST_PATH = "/a2a/v0.3/rest";
    static final String VERSION = "1.0";

    private final NettyHttpServer http;
    private final A2aGrpcServer grpc;
    private final AgentCard card;
    private final String baseUrl;

    private A2aServer(NettyHttpServer http, A2aGrpcServer grpc, AgentCard card, String baseUrl) {
        this.http = http;
        this.grpc = grpc;
        this.card = card;
        this.baseUrl = baseUrl;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The card as served, with its interfaces filled in. */
    public AgentCard card() {
        return card;
    }

    /** {@code http://host:port}. */
    public String baseUrl() {
        return baseUrl;
    }

    public String cardUrl() {
        return baseUrl + AgentCardEndpoint.PATH;
    }

    public String jsonRpcUrl() {
        return baseUrl + JSONRPC_PATH;
    }

    public String restUrl() {
        return baseUrl + REST_PATH;
    }

    public int port() {
        return http.port();
    }

    /** The gRPC port, or -1 when gRPC is off. */
    public int grpcPort() {
        return grpc == null ? -1 : grpc.port();
    }

    @Override
    public void close() {
        if (grpc != null) {
            grpc.close();
        }
        http.close();
    }

    /** Collects the agent's parts; {@link #start()} binds the port. */
    public static final class Builder {
        private AgentCard card;
        private AgentCard extendedCard;
        private AgentExecutor executor;
        private TaskStore store = new InMemoryTaskStore();
        private Executor workers = PeerExecutors.defaultHandlerExecutor();
        private CallerResolver callers = CallerResolver.ANONYMOUS;
        private GrpcCallerResolver grpcCallers = GrpcCallerResolver.ANONYMOUS;
        private ServerTls tls;
        private PushDispatcher push;
        private Consumer<TaskPushNotificationConfig> webhookPolicy;
        private String host = "127.0.0.1";
        private int port;
        private int grpcPort = -1;
        private boolean v03;
        private String pushJwks;
        private Duration cardMaxAge = Duration.ofMinutes(5);

        private Builder() {
        }

        /** The card to serve; interfaces are added when it lists none. Required. */
        public Builder card(AgentCard value) {
            this.card = Objects.requireNonNull(value, "card");
            return this;
        }

        /** The card authenticated callers get from {@code GetExtendedAgentCard}. */
        public Builder extendedCard(AgentCard value) {
            this.extendedCard = value;
            return this;
        }

        /** The agent. Required. */
        public Builder executor(AgentExecutor value) {
            this.executor = Objects.requireNonNull(value, "executor");
            return this;
        }

        /**
         * The agent, for one that never blocks (it answers from memory and hands slow work to its own threads): it
         * runs on the I/O thread that read the request, which saves two thread hand-offs per message. An executor
         * that blocks here stalls every connection of that thread; use {@link #executor} when in doubt.
         */
        public Builder nonBlockingExecutor(AgentExecutor value) {
            this.executor = Objects.requireNonNull(value, "executor");
            this.workers = Runnable::run;
            return this;
        }

        public Builder taskStore(TaskStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /** Where executors run; by default virtual threads (JDK 21+) or a bounded pool. */
        public Builder workers(Executor value) {
            this.workers = Objects.requireNonNull(value, "workers");
            return this;
        }

        /** Authenticates HTTP requests; by default every caller is anonymous. */
        public Builder callers(CallerResolver value) {
            this.callers = Objects.requireNonNull(value, "callers");
            return this;
        }

        /**
         * Enforces the card's security schemes on every binding (build it with {@link CardSecurity#forCard} from the
         * same card). The Agent Card itself stays public, as clients need it to learn how to authenticate.
         */
        public Builder security(CardSecurity value) {
            this.callers = Objects.requireNonNull(value, "security");
            this.grpcCallers = value;
            return this;
        }

        /**
         * Serves every binding over TLS with {@code serverKey}; the card then lists {@code https} interfaces. With
         * {@code clientTrust}, callers may present certificates from those authorities (mutual TLS), which a
         * {@link io.agentwire.a2a.auth.ClientCertificateVerifier} in {@link #security} turns into callers.
         */
        public Builder tls(KeyManagerFactory serverKey, TrustManagerFactory clientTrust) {
            this.tls = new ServerTls(serverKey, clientTrust);
            return this;
        }

        /**
         * Delivers task events to webhooks with {@code sender}, whose policy also vets webhook URLs at registration.
         * Without this, a sender with {@link WebhookUrlPolicy#strict()} (public https only) is used.
         */
        public Builder push(PushNotificationSender sender) {
            return push(new SenderDispatcher(sender), sender::validate);
        }

        /**
         * Serves the public keys webhook receivers verify signed push notifications with (a sender built with a
         * {@code PushJwtSigner}) at {@link #PUSH_JWKS_PATH}; A2A defines no location, so receivers are told this one.
         */
        public Builder pushJwks(PushJwks jwks) {
            this.pushJwks = jwks.json();
            return this;
        }

        /** Delivers task events to registered webhooks, and decides which webhook URLs are acceptable. */
        public Builder push(PushDispatcher dispatcher, Consumer<TaskPushNotificationConfig> urlPolicy) {
            this.push = Objects.requireNonNull(dispatcher, "dispatcher");
            this.webhookPolicy = Objects.requireNonNull(urlPolicy, "urlPolicy");
            return this;
        }

        /** The interface to bind; loopback by default. */
        public Builder host(String value) {
            this.host = Objects.requireNonNull(value, "host");
            return this;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** Also serve the gRPC binding on this port (0 picks one); off unless called. */
        public Builder grpcPort(int value) {
            this.grpcPort = value;
            return this;
        }

        /**
         * Also serve A2A 0.3 clients: a 0.3 JSON-RPC interface at {@link #V03_JSONRPC_PATH}, a 0.3 HTTP+JSON interface
         * at {@link #V03_REST_PATH} and, with {@link #grpcPort}, the 0.3 gRPC service {@code a2a.v1.A2AService} beside
         * the 1.0 one; all listed in the card with {@code protocolVersion: "0.3"} after the 1.0 interfaces. The 0.3
         * card fields name the JSON-RPC interface as the main {@code url} and the other two as additional interfaces.
         */
        public Builder v03Interface(boolean enabled) {
            this.v03 = enabled;
            return this;
        }

        public Builder cardMaxAge(Duration value) {
            this.cardMaxAge = Objects.requireNonNull(value, "cardMaxAge");
            return this;
        }

        public A2aServer start() throws InterruptedException {
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(executor, "executor");
            if (push == null) {
                push(PushNotificationSender.builder().urlPolicy(WebhookUrlPolicy.strict()).build());
            }
            Router router = new Router();
            NettyHttpServer.Builder httpBuilder = NettyHttpServer.builder().host(host).port(port).handler(router);
            if (tls != null) {
                httpBuilder.tls(tls.httpContext());
            }
            NettyHttpServer http = httpBuilder.build().start();
            String hostPart = host.contains(":") ? "[" + host + "]" : host;
            String baseUrl = (tls != null ? "https://" : "http://") + hostPart + ":" + http.port();
            A2aGrpcServer grpc = null;
            if (grpcPort >= 0) {
                // gRPC reads the engine through the router, which has it once the card (with the gRPC port) exists.
                List<BindableService> bindings = new ArrayList<>();
                bindings.add(new GrpcBinding(router::operations, grpcCallers, VERSION));
                if (v03) {
                    bindings.add(new V03GrpcBinding(router::operations, grpcCallers, baseUrl + V03_JSONRPC_PATH));
                }
                BindableService[] services = bindings.toArray(new BindableService[0]);
                grpc = tls == null ? A2aGrpcServer.start(host, grpcPort, services)
                        : A2aGrpcServer.start(host, grpcPort, tls.grpcCredentials(), services);
            }
            String grpcAddress = grpc == null ? null : (tls == null ? "" : "https://") + hostPart + ":" + grpc.port();
            AgentCard served = withInterfaces(card, baseUrl, grpcAddress, v03);
            TaskEngine engine = new TaskEngine(served, extendedCard, executor, store, workers, push, webhookPolicy);
            router.ready(engine, cardEndpoint(served, baseUrl), callers, v03 ? baseUrl + V03_JSONRPC_PATH : null, pushJwks);
            return new A2aServer(http, grpc, served, baseUrl);
        }

        /**
         * With the 0.3 interface on, the card also carries the 0.3 fields (both generations of clients read the same
         * well-known path); a signed card is served exactly as signed, since added fields would break its signatures.
         */
        private AgentCardEndpoint cardEndpoint(AgentCard served, String baseUrl) {
            if (!v03 || served.getSignaturesCount() > 0) {
                return new AgentCardEndpoint(served, cardMaxAge);
            }
            return new AgentCardEndpoint(V03Cards.union(served, baseUrl + V03_JSONRPC_PATH).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    cardMaxAge);
        }

        private static AgentCard withInterfaces(AgentCard card, String baseUrl, String grpcAddress, boolean v03) {
            AgentCard.Builder filled = card.toBuilder();
            if (filled.getSupportedInterfacesCount() == 0) {
                filled.addSupportedInterfaces(AgentInterface.newBuilder().setUrl(baseUrl + JSONRPC_PATH)
                        .setProtocolBinding("JSONRPC").setProtocolVersion(VERSION));
                filled.addSupportedInterfaces(AgentInterface.newBuilder().setUrl(baseUrl + REST_PATH)
                        .setProtocolBinding("HTTP+JSON").setProtocolVersion(VERSION));
                if (grpcAddress != null) {
                    filled.addSupportedInterfaces(AgentInterface.newBuilder().setUrl(grpcAddress)
                            .setProtocolBinding("GRPC").setProtocolVersion(VERSION));
                }
                if (v03) {
                    filled.addSupportedInterfaces(AgentInterface.newBuilder().setUrl(baseUrl + V03_JSONRPC_PATH)
                            .setProtocolBinding("JSONRPC").setProtocolVersion(V03JsonRpcBinding.VERSION));
                    filled.addSupportedInterfaces(AgentInterface.newBuilder().setUrl(baseUrl + V03_REST_PATH)
                            .setProtocolBinding("HTTP+JSON").setProtocolVersion(V03JsonRpcBinding.VERSION));
                    if (grpcAddress != null) {
                        filled.addSupportedInterfaces(AgentInterface.newBuilder().setUrl(grpcAddress)
                                .setProtocolBinding("GRPC").setProtocolVersion(V03JsonRpcBinding.VERSION));
                    }
                }
            }
            if (!filled.hasCapabilities()) {
                filled.setCapabilities(AgentCapabilities.getDefaultInstance());
            }
            if (filled.getDefaultInputModesCount() == 0) {
                filled.addDefaultInputModes("text/plain");
            }
            if (filled.getDefaultOutputModesCount() == 0) {
                filled.addDefaultOutputModes("text/plain");
            }
            return filled.build();
        }
    }

    /** Hands each event to the sender, or the whole task for webhooks registered by 0.3 clients (0.3 §9.5). */
    private static final class SenderDispatcher implements PushDispatcher {
        private final PushNotificationSender sender;

        SenderDispatcher(PushNotificationSender sender) {
            this.sender = sender;
        }

        @Override
        public void dispatch(List<TaskPushNotificationConfig> configs, StreamResponse event) {
            configs.forEach(config -> sender.deliver(config, event));
        }

        @Override
        public void dispatch(List<TaskPushNotificationConfig> configs, StreamResponse event, Task task) {
            StreamResponse whole = StreamResponse.newBuilder().setTask(task).build();
            configs.forEach(config -> sender.deliver(config, V03Webhooks.marked(config) ? whole : event));
        }
    }

    /** Sends each request to the card endpoint or the binding its path names. */
    private static final class Router implements io.agentwire.jsonrpc.transport.http.HttpHandler {
        private volatile AgentCardEndpoint cardEndpoint;
        private volatile JsonRpcBinding jsonRpc;
        private volatile RestBinding rest;
        private volatile V03JsonRpcBinding v03JsonRpc;
        private volatile V03RestBinding v03Rest;
        private volatile A2aOperations operations;

        A2aOperations operations() {
            A2aOperations ready = operations;
            if (ready == null) {
                throw new io.agentwire.a2a.error.A2aException(io.agentwire.a2a.error.A2aError.INTERNAL_ERROR, "The agent is starting");
            }
            return ready;
        }

        /** @param v03Url where the 0.3 interface answers, or {@code null} when it is off */
        private volatile byte[] pushJwks;

        void ready(A2aOperations operations, AgentCardEndpoint endpoint, CallerResolver callers, String v03Url, String jwks) {
            this.pushJwks = jwks == null ? null : jwks.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            this.operations = operations;
            this.jsonRpc = new JsonRpcBinding(() -> operations, callers, VERSION);
            this.rest = new RestBinding(REST_PATH, () -> operations, callers, VERSION);
            this.v03JsonRpc = v03Url == null ? null : new V03JsonRpcBinding(() -> operations, callers, v03Url);
            this.v03Rest = v03Url == null ? null : new V03RestBinding(V03_REST_PATH, () -> operations, callers, v03Url);
            this.cardEndpoint = endpoint;
        }

        @Override
        public void handle(HttpExchange exchange) {
            if (cardEndpoint == null) {
                exchange.respond(503, Map.of("Retry-After", "1"), new byte[0]);
            } else if (AgentCardEndpoint.handles(exchange.path())) {
                cardEndpoint.serve(exchange);
            } else if (JSONRPC_PATH.equals(exchange.path())) {
                jsonRpc.handle(exchange);
            } else if (rest.handles(exchange.path())) {
                rest.handle(exchange);
            } else if (PUSH_JWKS_PATH.equals(exchange.path()) && pushJwks != null) {
                exchange.respond(200, Map.of("Content-Type", "application/json", "Cache-Control", "public, max-age=300"), pushJwks);
            } else if (V03_JSONRPC_PATH.equals(exchange.path()) && v03JsonRpc != null) {
                v03JsonRpc.handle(exchange);
            } else if (v03Rest != null && v03Rest.handles(exchange.path())) {
                v03Rest.handle(exchange);
            } else {
                exchange.respond(404, Map.of("Content-Type", "text/plain"), "Not found".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
