package io.agentwire.mcp.client;

import io.agentwire.mcp.LoggingLevel;
import io.agentwire.mcp.ProtocolVersion;
import io.agentwire.mcp.auth.ClientAuthorizer;
import io.agentwire.mcp.client.transport.HttpTransportOptions;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Configures an {@link McpClient}. Only the transport is required. */
public final class McpClientBuilder {
    private TransportSpec transport;
    private Negotiation negotiation = Negotiation.AUTO;
    private ObjectNode clientInfo = JsonNodeFactory.instance.objectNode().put("name", "agentwire-mcp-client").put("version", "0.1.0");
    private ObjectNode extraCapabilities;
    private ClientRequestHandler sampling;
    private ClientRequestHandler elicitation;
    private ClientRequestHandler roots;
    private Duration requestTimeout = Duration.ofSeconds(60);
    private ClientAuthorizer authorizer = ClientAuthorizer.NONE;
    private int maxMessageBytes = HttpTransportOptions.DEFAULT_MAX_MESSAGE_BYTES;
    private int maxInputRounds = 10;
    private LoggingLevel logLevel;

    McpClientBuilder() {
    }

    public McpClientBuilder transport(TransportSpec spec) {
        this.transport = Objects.requireNonNull(spec, "spec");
        return this;
    }

    /** Spawns a server process and talks to it over stdio. */
    public McpClientBuilder stdio(List<String> command, Map<String, String> environment) {
        return transport(TransportSpec.stdio(command, environment));
    }

    public McpClientBuilder streamableHttp(String url) {
        return transport(TransportSpec.streamableHttp(URI.create(url)));
    }

    public McpClientBuilder httpSse(String url) {
        return transport(TransportSpec.httpSse(URI.create(url)));
    }

    /** Default {@link Negotiation#AUTO}. */
    public McpClientBuilder negotiation(Negotiation value) {
        this.negotiation = Objects.requireNonNull(value, "negotiation");
        return this;
    }

    public McpClientBuilder pinnedVersion(ProtocolVersion version) {
        return negotiation(Negotiation.pinned(version));
    }

    public McpClientBuilder clientInfo(String name, String version) {
        this.clientInfo = JsonNodeFactory.instance.objectNode().put("name", name).put("version", version);
        return this;
    }

    /** Capabilities to declare besides those implied by the handlers (e.g. {@code extensions}). */
    public McpClientBuilder capabilities(ObjectNode capabilities) {
        this.extraCapabilities = capabilities == null ? null : capabilities.deepCopy();
        return this;
    }

    /** Answers {@code sampling/createMessage}; declares the {@code sampling} capability. */
    public McpClientBuilder sampling(ClientRequestHandler handler) {
        this.sampling = handler;
        return this;
    }

    /** Answers {@code elicitation/create} (form and URL mode); declares the {@code elicitation} capability. */
    public McpClientBuilder elicitation(ClientRequestHandler handler) {
        this.elicitation = handler;
        return this;
    }

    /** Answers {@code roots/list}; declares the {@code roots} capability. */
    public McpClientBuilder roots(ClientRequestHandler handler) {
        this.roots = handler;
        return this;
    }

    /** A fixed list of roots, each a {@code {"uri":..., "name":...}} object. */
    public McpClientBuilder roots(List<JsonNode> rootList) {
        List<JsonNode> copy = List.copyOf(rootList);
        return roots(params -> {
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            copy.forEach(result.putArray("roots")::add);
            return result;
        });
    }

    /** How long one request may wait for its response (default 60 s). */
    public McpClientBuilder requestTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        this.requestTimeout = timeout;
        return this;
    }

    /** Credentials for HTTP transports; default {@link ClientAuthorizer#NONE}. */
    public McpClientBuilder authorizer(ClientAuthorizer value) {
        this.authorizer = Objects.requireNonNull(value, "authorizer");
        return this;
    }

    /** The largest message accepted from the server (default 16 MiB). */
    public McpClientBuilder maxMessageBytes(int bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("maxMessageBytes must be positive");
        }
        this.maxMessageBytes = bytes;
        return this;
    }

    /** How many {@code input_required} rounds one call may take before it fails (default 10). */
    public McpClientBuilder maxInputRounds(int rounds) {
        this.maxInputRounds = rounds;
        return this;
    }

    /** The log level to ask for: {@code logging/setLevel} after connecting (legacy) or in every request (2026). */
    public McpClientBuilder logLevel(LoggingLevel level) {
        this.logLevel = level;
        return this;
    }

    public McpClient build() {
        if (transport == null) {
            throw new IllegalStateException("a transport is required");
        }
        return new McpClient(new ClientConfig(transport, negotiation, clientInfo, extraCapabilities, sampling,
                elicitation, roots, requestTimeout, authorizer, maxMessageBytes, maxInputRounds, logLevel));
    }
}
