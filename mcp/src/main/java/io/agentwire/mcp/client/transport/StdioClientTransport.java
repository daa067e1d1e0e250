package io.agentwire.mcp.client.transport;

import io.agentwire.jsonrpc.codec.JsonRpcCodec;
import io.agentwire.jsonrpc.model.JsonRpcMessage;
import io.agentwire.jsonrpc.transport.ndjson.NdjsonLineTooLongException;
import io.agentwire.jsonrpc.transport.ndjson.StdioTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The stdio transport, client side: newline-delimited JSON-RPC with a server process it spawns (or over any pair
 * of streams, for in-process servers). A line that is not JSON-RPC is logged and skipped; a line longer than the
 * limit ends the connection, since the request it answered can no longer be told apart. Closing shuts the
 * server's stdin, gives it a moment to exit, then kills it.
 */
public final class StdioClientTransport implements ClientTransport {
    private static final System.Logger LOG = System.getLogger(StdioClientTransport.class.getName());

    private final ProcessBuilder processBuilder;
    private final InputStream givenIn;
    private final OutputStream givenOut;
    private final int maxLineBytes;
    private final MessageDecoder decoder = new MessageDecoder(JsonRpcCodec.standard());
    private volatile Process process;
    private volatile StdioTransport lines;
    private volatile InboundListener listener;
    private volatile boolean closed;

    private StdioClientTransport(ProcessBuilder processBuilder, InputStream in, OutputStream out, int maxLineBytes) {
        this.processBuilder = processBuilder;
        this.givenIn = in;
        this.givenOut = out;
        this.maxLineBytes = maxLineBytes;
    }

    /** Spawns {@code command} (program and arguments); its stderr goes to ours. */
    public static StdioClientTransport spawn(List<String> command, Map<String, String> environment, int maxLineBytes) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(environment);
        return new StdioClientTransport(builder, null, null, maxLineBytes);
    }

    /** Talks over existing streams: {@code fromServer} is what the server writes, {@code toServer} what it reads. */
    public static StdioClientTransport over(InputStream fromServer, OutputStream toServer, int maxLineBytes) {
        return new StdioClientTransport(null, Objects.requireNonNull(fromServer), Objects.requireNonNull(toServer), maxLineBytes);
    }

    @Override
    public void start(InboundListener inbound) throws IOException {
        this.listener = Objects.requireNonNull(inbound, "listener");
        InputStream in = givenIn;
        OutputStream out = givenOut;
        if (processBuilder != null) {
            process = processBuilder.start();
            in = process.getInputStream();
            out = process.getOutputStream();
        }
        lines = new StdioTransport(in, out, maxLineBytes);
        lines.start(new StdioTransport.Listener() {
            @Override
            public void onLine(byte[] json) {
                received(json);
            }

            @Override
            public void onLineTooLong(NdjsonLineTooLongException error) {
                ended(new IOException("The server sent a message larger than " + maxLineBytes + " bytes", error));
            }

            @Override
            public void onClose(Throwable cause) {
                ended(cause != null ? cause : new IOException("The server closed its output" + exitStatus()));
            }
        });
    }

    private void received(byte[] json) {
        List<JsonRpcMessage> messages;
        try {
            messages = decoder.decode(json, "a line from the server");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e.getMessage());
            return;
        }
        InboundListener inbound = listener;
        if (!closed) {
            messages.forEach(inbound::onMessage);
        }
    }

    @Override
    public CompletableFuture<Void> send(JsonRpcMessage message) {
        try {
            StdioTransport out = lines;
            if (out == null || closed) {
                throw new IOException("Transport is not open");
            }
            out.send(decoder.encode(message));
            return CompletableFuture.completedFuture(null);
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void ended(Throwable cause) {
        if (closed) {
            return;
        }
        closed = true;
        InboundListener inbound = listener;
        release();
        if (inbound != null) {
            inbound.onClosed(cause);
        }
    }

    private String exitStatus() {
        Process p = process;
        try {
            return p != null && p.waitFor(200, TimeUnit.MILLISECONDS) ? " (exit status " + p.exitValue() + ")" : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    @Override
    public void close() {
        boolean wasOpen = !closed;
        closed = true;
        release();
        InboundListener inbound = listener;
        if (wasOpen && inbound != null) {
            inbound.onClosed(null);
        }
    }

    private void release() {
        StdioTransport open = lines;
        if (open != null) {
            open.close();
        }
        if (givenOut != null) {
            try {
                givenOut.close(); // an in-process server sees end of input, as a process would on stdin close
            } catch (IOException ignored) {
                // already closed
            }
        }
        Process p = process;
        if (p != null) {
            try {
                p.getOutputStream().close();
                if (!p.waitFor(2, TimeUnit.SECONDS)) {
                    p.destroy();
                    if (!p.waitFor(2, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                }
            } catch (IOException ignored) {
                p.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }
}
