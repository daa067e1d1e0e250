package io.agentwire.a2a.client;

import io.agentwire.a2a.TaskStates;
import io.agentwire.a2a.auth.TokenProvider;
import io.agentwire.a2a.card.sign.AgentCardVerifier;
import io.agentwire.a2a.compat.V03Cards;
import io.agentwire.a2a.card.sign.CardVerification;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.AgentInterface;
import io.agentwire.a2a.model.CancelTaskRequest;
import io.agentwire.a2a.model.DeleteTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetExtendedAgentCardRequest;
import io.agentwire.a2a.model.GetTaskPushNotificationConfigRequest;
import io.agentwire.a2a.model.GetTaskRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsRequest;
import io.agentwire.a2a.model.ListTaskPushNotificationConfigsResponse;
import io.agentwire.a2a.model.ListTasksRequest;
import io.agentwire.a2a.model.ListTasksResponse;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SendMessageResponse;
import io.agentwire.a2a.model.StreamResponse;
import io.agentwire.a2a.model.SubscribeToTaskRequest;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskPushNotificationConfig;
import io.agentwire.a2a.model.TaskState;
import io.agentwire.jsonrpc.peer.PeerExecutors;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * An A2A 1.0 and 0.3 client: it reads the agent's card (verifying its signatures when given a verifier), takes the
 * first interface in the card's order whose binding (JSON-RPC, HTTP+JSON, gRPC) and version it speaks, 1.0 before
 * 0.3 unless told otherwise, and calls the operations over it with that {@code A2A-Version}. Over 0.3 the client
 * still takes and returns the 1.0 model, translating on the wire.
 *
 * <pre>{@code
 * try (A2aClient client = A2aClient.builder().agentUrl("http://127.0.0.1:9999").build()) {
 *     SendMessageResponse reply = client.sendMessage(SendMessageRequest.newBuilder().setMessage(message).build());
 * }
 * }</pre>
 *
 * Streams deliver their events to a consumer, in order; {@link #sendStreamingMessage} picks a dropped stream up
 * again with {@code SubscribeToTask} until the task settles. Failures are {@link A2aException}s. Thread-safe.
 */
public final class A2aClient implements AutoCloseable {
    /** The bindings this client speaks, by their card names. */
    public static final List<String> BINDINGS = List.of("JSONRPC", "HTTP+JSON", "GRPC");
    private static final String V03_VERSION = "0.3";
    private static final int MAX_RESUBSCRIBES = 3;

    private final AgentCard card;
    private final AgentInterface selected;
    private final ClientTransport transport;

    private A2aClient(AgentCard card, AgentInterface selected, ClientTransport transport) {
        this.card = card;
        this.selected = selected;
        this.transport = transport;
    }

    public static Builder builder() {
        return new Builder();
    }

    public AgentCard card() {
        return card;
    }

    /** The interface in use. */
    public AgentInterface selectedInterface() {
        return selected;
    }

    private String tenant() {
        return selected.getTenant();
    }

    public SendMessageResponse sendMessage(SendMessageRequest request) {
        return transport.call("SendMessage", request.toBuilder().setTenant(orTenant(request.getTenant())).build(),
                SendMessageResponse.getDefaultInstance());
    }

    public Task getTask(GetTaskRequest request) {
        return transport.call("GetTask", request.toBuilder().setTenant(orTenant(request.getTenant())).build(), Task.getDefaultInstance());
    }

    public ListTasksResponse listTasks(ListTasksRequest request) {
        return transport.call("ListTasks", request.toBuilder().setTenant(orTenant(request.getTenant())).build(),
                ListTasksResponse.getDefaultInstance());
    }

    public Task cancelTask(CancelTaskRequest request) {
        return transport.call("CancelTask", request.toBuilder().setTenant(orTenant(request.getTenant())).build(), Task.getDefaultInstance());
    }

    public TaskPushNotificationConfig createPushConfig(TaskPushNotificationConfig config) {
        return transport.call("CreateTaskPushNotificationConfig", config.toBuilder().setTenant(orTenant(config.getTenant())).build(),
                TaskPushNotificationConfig.getDefaultInstance());
    }

    public TaskPushNotificationConfig getPushConfig(GetTaskPushNotificationConfigRequest request) {
        return transport.call("GetTaskPushNotificationConfig", request.toBuilder().setTenant(orTenant(request.getTenant())).build(),
                TaskPushNotificationConfig.getDefaultInstance());
    }

    public ListTaskPushNotificationConfigsResponse listPushConfigs(ListTaskPushNotificationConfigsRequest request) {
        return transport.call("ListTaskPushNotificationConfigs", request.toBuilder().setTenant(orTenant(request.getTenant())).build(),
                ListTaskPushNotificationConfigsResponse.getDefaultInstance());
    }

    public void deletePushConfig(DeleteTaskPushNotificationConfigRequest request) {
        transport.call("DeleteTaskPushNotificationConfig", request.toBuilder().setTenant(orTenant(request.getTenant())).build(),
                com.google.protobuf.Empty.getDefaultInstance());
    }

    /** The extended card; the caller should use it instead of the public one from now on. */
    public AgentCard getExtendedAgentCard() {
        return transport.call("GetExtendedAgentCard", GetExtendedAgentCardRequest.newBuilder().setTenant(tenant()).build(),
                AgentCard.getDefaultInstance());
    }

    /**
     * Streams a message's events. If the stream ends before the task reached a terminal or interrupted state (a
     * dropped connection), the client subscribes to the task again, up to three times, and goes on delivering.
     */
    public CompletableFuture<Void> sendStreamingMessage(SendMessageRequest request, Consumer<StreamResponse> events) {
        StreamTracker tracker = new StreamTracker(events);
        SendMessageRequest withTenant = request.toBuilder().setTenant(orTenant(request.getTenant())).build();
        return resumeUntilSettled(transport.stream("SendStreamingMessage", withTenant, tracker), tracker, 0);
    }

    /** Follows a task: the first event is the task as it stands, the stream ends when it does. */
    public CompletableFuture<Void> subscribeToTask(String taskId, Consumer<StreamResponse> events) {
        return transport.stream("SubscribeToTask", SubscribeToTaskRequest.newBuilder().setTenant(tenant()).setId(taskId).build(), events);
    }

    private CompletableFuture<Void> resumeUntilSettled(CompletableFuture<Void> stream, StreamTracker tracker, int attempt) {
        return stream.handle((ok, error) -> {
            if (tracker.settled() || tracker.taskId() == null || attempt >= MAX_RESUBSCRIBES
                    || error instanceof A2aException && ((A2aException) error).error() != A2aError.INTERNAL_ERROR) {
                if (error != null) {
                    throw error instanceof A2aException ? (A2aException) error : A2aException.from(error);
                }
                return CompletableFuture.<Void>completedFuture(null);
            }
            return resumeUntilSettled(subscribeToTask(tracker.taskId(), tracker), tracker, attempt + 1);
        }).thenCompose(next -> next);
    }

    private String orTenant(String given) {
        return given.isEmpty() ? tenant() : given;
    }

    @Override
    public void close() {
        transport.close();
    }

    /** Watches a stream for the task id and whether the task settled, passing every event on. */
    private static final class StreamTracker implements Consumer<StreamResponse> {
        private final Consumer<StreamResponse> events;
        private volatile String taskId;
        private volatile boolean settled;

        StreamTracker(Consumer<StreamResponse> events) {
            this.events = events;
        }

        @Override
        public void accept(StreamResponse event) {
            switch (event.getPayloadCase()) {
                case TASK:
                    taskId = event.getTask().getId();
                    settled = settled(event.getTask().getStatus().getState());
                    break;
                case STATUS_UPDATE:
                    taskId = event.getStatusUpdate().getTaskId();
                    settled = settled(event.getStatusUpdate().getStatus().getState());
                    break;
                case MESSAGE:
                    settled = true; // a direct reply is the whole answer
                    break;
                default:
                    break;
            }
            events.accept(event);
        }

        String taskId() {
            return taskId;
        }

        boolean settled() {
            return settled;
        }

        private static boolean settled(TaskState state) {
            return TaskStates.settled(state);
        }
    }

    /** Where the agent is and how to talk to it. */
    public static final class Builder {
        private URI agentUrl;
        private AgentCard card;
        private AgentCardVerifier verifier;
        private Duration timeout = Duration.ofSeconds(30);
        private Supplier<String> authorization;
        private ClientTls tls = ClientTls.DEFAULT;
        private List<String> extensions = List.of();
        private List<String> preferredBindings = BINDINGS;
        private List<String> protocolVersions = List.of("1.0", V03_VERSION);
        private Executor workers = PeerExecutors.defaultHandlerExecutor();

        private Builder() {
        }

        /** The agent's base URL; its card is read from {@code /.well-known/agent-card.json} (or the pre-0.3 path). */
        public Builder agentUrl(String url) {
            this.agentUrl = URI.create(url);
            return this;
        }

        /** A card already in hand, instead of fetching one. */
        public Builder card(AgentCard value) {
            this.card = Objects.requireNonNull(value);
            return this;
        }

        /** Requires at least one valid signature on the card. */
        public Builder verifier(AgentCardVerifier value) {
            this.verifier = value;
            return this;
        }

        public Builder timeout(Duration value) {
            this.timeout = Objects.requireNonNull(value);
            return this;
        }

        /** The full {@code Authorization} header value per request, e.g. {@code () -> "Bearer " + tokens.current()}. */
        public Builder authorization(Supplier<String> value) {
            this.authorization = value;
            return this;
        }

        /** Presents the provider's access tokens as {@code Authorization: Bearer ...} on every request. */
        public Builder tokens(TokenProvider provider) {
            Objects.requireNonNull(provider, "provider");
            return authorization(() -> "Bearer " + provider.accessToken());
        }

        /**
         * TLS for {@code https} agents, on every binding: {@code clientKey} is the certificate presented for mutual TLS
         * (null for none), {@code trust} the authorities the agent's certificate must chain to (null for the JDK's).
         */
        public Builder tls(KeyManagerFactory clientKey, TrustManagerFactory trust) {
            this.tls = new ClientTls(clientKey, trust);
            return this;
        }

        /** Extension URIs to activate on every request ({@code A2A-Extensions}). */
        public Builder extensions(List<String> uris) {
            this.extensions = List.copyOf(uris);
            return this;
        }

        /**
         * The protocol versions to use, most preferred first; by default {@code ["1.0", "0.3"]}, so a 0.3-only agent
         * is reached over its 0.3 interfaces (all three bindings). {@code List.of("0.3")} forces 0.3.
         */
        public Builder protocolVersions(List<String> versions) {
            for (String version : versions) {
                if (!version.equals("1.0") && !version.equals(V03_VERSION)) {
                    throw new IllegalArgumentException("This client speaks A2A 1.0 and 0.3, not " + version);
                }
            }
            this.protocolVersions = List.copyOf(versions);
            return this;
        }

        /**
         * Only these bindings (card names), e.g. to force {@code HTTP+JSON}, at either version; the card's order still
         * decides among them.
         */
        public Builder bindings(List<String> names) {
            this.preferredBindings = List.copyOf(names);
            return this;
        }

        public A2aClient build() {
            HttpClient.Builder httpBuilder = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER);
            httpBuilder.sslContext(tls.sslContext());
            HttpClient http = httpBuilder.build();
            AgentCard resolved = card != null ? card : CardFetcher.fetch(http, Objects.requireNonNull(agentUrl, "agentUrl or card"), timeout);
            if (verifier != null) {
                CardVerification verification = verifier.verify(resolved);
                if (!verification.verified()) {
                    throw new A2aException(A2aError.INVALID_AGENT_RESPONSE, "The Agent Card carries no valid signature: "
                            + verification.checks());
                }
            }
            AgentInterface chosen = select(resolved);
            HttpCalls calls = new HttpCalls(http, timeout, authorization, extensions, workers);
            ClientTransport transport;
            if (V03Cards.speaksV03(chosen)) {
                return new A2aClient(resolved, chosen, v03Transport(chosen, calls));
            }
            switch (chosen.getProtocolBinding()) {
                case "JSONRPC":
                    transport = new JsonRpcClientTransport(URI.create(chosen.getUrl()), calls);
                    break;
                case "HTTP+JSON":
                    transport = new RestClientTransport(chosen.getTenant().isEmpty() ? chosen.getUrl()
                            : chosen.getUrl() + "/" + chosen.getTenant(), calls);
                    break;
                default:
                    transport = new GrpcClientTransport(chosen.getUrl(), tls, timeout, authorization, extensions);
            }
            return new A2aClient(resolved, chosen, transport);
        }

        /** The 0.3 binding of a 0.3 interface: 0.3 has no tenants, so the URL is taken as it is. */
        private ClientTransport v03Transport(AgentInterface chosen, HttpCalls calls) {
            switch (chosen.getProtocolBinding()) {
                case "HTTP+JSON":
                    return new V03RestClientTransport(chosen.getUrl(), calls);
                case "GRPC":
                    return new V03GrpcClientTransport(chosen.getUrl(), tls, timeout, authorization, extensions);
                default:
                    return new V03JsonRpcClientTransport(URI.create(chosen.getUrl()), calls);
            }
        }

        /**
         * The first interface of the card, in the order of {@link #protocolVersions}, whose binding this client speaks
         * at that version: any of {@link #bindings}, at 1.0 and at 0.3 alike.
         */
        private AgentInterface select(AgentCard resolved) {
            List<String> offered = new ArrayList<>();
            resolved.getSupportedInterfacesList().forEach(i -> offered.add(i.getProtocolBinding() + " " + i.getProtocolVersion()));
            for (String version : protocolVersions) {
                for (AgentInterface candidate : resolved.getSupportedInterfacesList()) {
                    String offeredVersion = candidate.getProtocolVersion();
                    boolean sameVersion = offeredVersion.equals(version) || offeredVersion.startsWith(version + ".");
                    if (sameVersion && preferredBindings.contains(candidate.getProtocolBinding())) {
                        return candidate;
                    }
                }
            }
            throw new A2aException(A2aError.UNSUPPORTED_OPERATION, "The agent offers no interface this client speaks ("
                    + preferredBindings + " at versions " + protocolVersions + "); it offers " + offered);
        }
    }
}
