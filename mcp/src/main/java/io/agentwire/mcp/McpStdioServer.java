package io.agentwire.mcp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.mcp.server.ServerRuntime;
import io.agentwire.mcp.transport.stdio.StdioConnection;

/**
 * Serves an {@link McpServer} on standard input and output, one JSON-RPC message per line, until the input
 * ends. Nothing else may write to stdout while it runs: log to stderr.
 */
public final class McpStdioServer {
    /** Lines longer than this are rejected with a parse error instead of exhausting memory. */
    public static final int DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

    private McpStdioServer() {
    }

    /** Serves on {@code System.in}/{@code System.out}; returns when stdin closes. */
    public static void serve(McpServer server) throws IOException {
        serve(server, System.in, System.out, DEFAULT_MAX_LINE_BYTES);
    }

    public static void serve(McpServer server, InputStream in, OutputStream out, int maxLineBytes) throws IOException {
        JsonRpcCodec codec = JsonRpcCodec.standard();
        ServerRuntime runtime = new ServerRuntime(server, codec.mapper());
        PrintStream printer = new PrintStream(out, false, StandardCharsets.UTF_8);
        StdioConnection connection = new StdioConnection(runtime, codec, line -> {
            synchronized (printer) {
                printer.print(line);
                printer.print('\n');
                printer.flush();
            }
        });
        try {
            readLines(in, maxLineBytes, connection);
        } finally {
            connection.close();
        }
    }

    /** Splits the input on LF (dropping a CR before it); an overlong line is skipped up to its end. */
    private static void readLines(InputStream in, int maxLineBytes, StdioConnection connection) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean overflow = false;
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    if (overflow) {
                        connection.onFramingError("line longer than " + maxLineBytes + " bytes");
                    } else if (line.size() > 0) {
                        connection.onLine(trimCr(line.toByteArray()));
                    }
                    line.reset();
                    overflow = false;
                } else if (!overflow) {
                    if (line.size() >= maxLineBytes) {
                        overflow = true;
                        line.reset();
                    } else {
                        line.write(b);
                    }
                }
            }
        }
        if (line.size() > 0 && !overflow) {
            connection.onLine(trimCr(line.toByteArray()));
        }
    }

    private static byte[] trimCr(byte[] line) {
        if (line.length > 0 && line[line.length - 1] == '\r') {
            return java.util.Arrays.copyOf(line, line.length - 1);
        }
        return line;
    }
}
