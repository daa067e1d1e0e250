package io.agentwire.mcp.client;

import io.agentwire.mcp.client.transport.ClientTransport;
import io.agentwire.mcp.client.transport.HttpSseClientTransport;
import io.agentwire.mcp.client.transport.HttpTransportOptions;
import io.agentwire.mcp.client.transport.StdioClientTransport;
import io.agentwire.mcp.client.transport.StreamableHttpClientTransport;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Where the server is: a command to spawn, a pair of streams, a Streamable HTTP URL or an HTTP+SSE URL. */
public final class TransportSpec {
    /** The transport families. */
    public enum Kind { STDIO, STREAMABLE_HTTP, HTTP_SSE }

    private final Kind kind;
    private final List<String> command;
    private final Map<String, String> environment;
    private final InputStream fromServer;
    private final OutputStream toServer;
    private final URI url;

    private TransportSpec(Kind kind, List<String> command, Map<String, String> environment, InputStream fromServer,
                          OutputStream toServer, URI url) {
        this.kind = kind;
        this.command = command;
        this.environment = environment;
        this.fromServer = fromServer;
        this.toServer = toServer;
        this.url = url;
    }

    /** Spawns the server: {@code command.get(0)} is the program, the rest its arguments. */
    public static TransportSpec stdio(List<String> command, Map<String, String> environment) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command must name a program");
        }
        return new TransportSpec(Kind.STDIO, List.copyOf(command), Map.copyOf(environment), null, null, null);
    }

    public static TransportSpec stdio(String... command) {
        return stdio(List.of(command), Map.of());
    }

    /** Talks stdio framing over streams, e.g. to a server running in the same process. */
    public static TransportSpec streams(InputStream fromServer, OutputStream toServer) {
        return new TransportSpec(Kind.STDIO, null, Map.of(), Objects.requireNonNull(fromServer),
                Objects.requireNonNull(toServer), null);
    }

    public static TransportSpec streamableHttp(URI url) {
        return new TransportSpec(Kind.STREAMABLE_HTTP, null, Map.of(), null, null, requireHttp(url));
    }

    public static TransportSpec httpSse(URI url) {
        return new TransportSpec(Kind.HTTP_SSE, null, Map.of(), null, null, requireHttp(url));
    }

    private static URI requireHttp(URI url) {
        if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("not an HTTP URL: " + url);
        }
        return url;
    }

    public Kind kind() {
        return kind;
    }

    /** The server URL of HTTP transports, else {@code null}. */
    public URI url() {
        return url;
    }

    boolean isHttp() {
        return kind != Kind.STDIO;
    }

    /** A new transport of this kind; HTTP ones follow the given options. */
    ClientTransport open(HttpTransportOptions http, int maxMessageBytes) {
        return switch (kind) {
            case STDIO -> fromServer != null
                    ? StdioClientTransport.over(fromServer, toServer, maxMessageBytes)
                    : StdioClientTransport.spawn(command, environment, maxMessageBytes);
            case STREAMABLE_HTTP -> new StreamableHttpClientTransport(url, http);
            case HTTP_SSE -> new HttpSseClientTransport(url, http);
        };
    }

    /** The HTTP+SSE transport at the same URL: the back-compat fallback for servers that refuse the POST. */
    TransportSpec asHttpSse() {
        return httpSse(url);
    }

    @Override
    public String toString() {
        return kind == Kind.STDIO ? "stdio " + (command == null ? "(streams)" : String.join(" ", command)) : kind + " " + url;
    }
}
