package io.agentwire.mcp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.transport.ndjson.NdjsonLineTooLongException;
import io.agentwire.jsonrpc.transport.ndjson.StdioTransport;
import io.agentwire.mcp.server.ServerRuntime;
import io.agentwire.mcp.transport.stdio.StdioConnection;

/**
 * Serves an {@link McpServer} on standard input and output, one JSON-RPC message per line, until the input
 * ends. Nothing else may write to stdout while it runs: log to stderr.
 */
public final class McpStdioServer {
    /** Lines longer than this are rejected with a parse error instead of exhausting memory. */
    public static final int DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

    /** How long answers to requests already received may still take once the input has ended. */
    private static final java.time.Duration DRAIN_TIMEOUT = java.time.Duration.ofSeconds(10);

    private McpStdioServer() {
    }

    /** Serves on {@code System.in}/{@code System.out}; returns when stdin closes. */
    public static void serve(McpServer server) throws InterruptedException {
        serve(server, System.in, System.out, DEFAULT_MAX_LINE_BYTES);
    }

    public static void serve(McpServer server, InputStream in, OutputStream out, int maxLineBytes) throws InterruptedException {
        JsonRpcCodec codec = JsonRpcCodec.standard();
        ServerRuntime runtime = new ServerRuntime(server, codec.mapper());
        CountDownLatch inputEnded = new CountDownLatch(1);
        try (StdioTransport transport = new StdioTransport(in, out, maxLineBytes)) {
            StdioConnection connection = new StdioConnection(runtime, codec, transport::send);
            transport.start(new StdioTransport.Listener() {
                @Override
                public void onLine(byte[] json) {
                    connection.onLine(json);
                }

                @Override
                public void onLineTooLong(NdjsonLineTooLongException error) {
                    connection.onFramingError(error.getMessage());
                }

                @Override
                public void onClose(Throwable cause) {
                    inputEnded.countDown();
                }
            });
            inputEnded.await();
            connection.awaitIdle(DRAIN_TIMEOUT);
            connection.close();
        }
    }
}
