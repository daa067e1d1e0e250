package io.agentwire.mcp.client;

import io.agentwire.mcp.McpServer;
import io.agentwire.mcp.McpStdioServer;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.concurrent.TimeUnit;

/**
 * An MCP server served by {@link McpStdioServer} on a thread of this JVM, connected to the client through two
 * pipes: exactly what a spawned process would see on stdin and stdout, without spawning one.
 */
final class InProcessStdioServer implements AutoCloseable {
    private final Pipe toServer = Pipe.open();
    private final Pipe toClient = Pipe.open();
    private final Thread thread;

    InProcessStdioServer(McpServer server) throws IOException {
        thread = new Thread(() -> {
            try {
                McpStdioServer.serve(server, Channels.newInputStream(toServer.source()),
                        Channels.newOutputStream(toClient.sink()), McpStdioServer.DEFAULT_MAX_LINE_BYTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                closeQuietly(toClient.sink());
            }
        }, "in-process-stdio-server");
        thread.setDaemon(true);
        thread.start();
    }

    TransportSpec transport() {
        return TransportSpec.streams(Channels.newInputStream(toClient.source()), Channels.newOutputStream(toServer.sink()));
    }

    /** Whether the server saw the end of its input and finished. */
    boolean awaitStopped(long seconds) throws InterruptedException {
        thread.join(TimeUnit.SECONDS.toMillis(seconds));
        return !thread.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        closeQuietly(toServer.sink());
        thread.join(TimeUnit.SECONDS.toMillis(15));
        closeQuietly(toServer.source());
        closeQuietly(toClient.source());
    }

    private static void closeQuietly(java.nio.channels.Channel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // best effort in tests
        }
    }
}
