package io.agentwire.bench.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A target running in its own JVM, launched from the bench's own class path (see package docs). */
public final class ChildJvmServer implements ServerHandle {

    private static final long START_TIMEOUT_SECONDS = 60;
    private static final long COMMAND_TIMEOUT_SECONDS = 60;

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final int port;

    private ChildJvmServer(Process process) throws IOException, InterruptedException {
        this.process = process;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII);
        Thread reader = new Thread(this::pumpReplies, "bench-child-stdout");
        reader.setDaemon(true);
        reader.start();
        String ready = await("READY ", START_TIMEOUT_SECONDS);
        this.port = Integer.parseInt(ready.substring("READY ".length()).trim());
    }

    /**
     * Launches {@code BenchMain serve targetId} with {@code jvmArgs}; the child's stderr (server logs) goes to
     * {@code log}. Blocks until the server listens.
     */
    public static ChildJvmServer launch(String targetId, List<String> jvmArgs, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        // Same settings as the client: no leak-tracking overhead, quiet SLF4J-simple logging.
        command.add("-Dio.netty.leakDetection.level=disabled");
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.agentwire.bench.BenchMain");
        command.add("serve");
        command.add(targetId);
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            return new ChildJvmServer(process);
        } catch (IOException | RuntimeException | InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public OptionalLong heapAfterGc() throws IOException, InterruptedException {
        send("HEAP");
        String reply = await("HEAP ", COMMAND_TIMEOUT_SECONDS);
        return OptionalLong.of(Long.parseLong(reply.split(" ")[1]));
    }

    @Override
    public OptionalLong cpuNanos() throws IOException, InterruptedException {
        send("CPU");
        long nanos = Long.parseLong(await("CPU ", COMMAND_TIMEOUT_SECONDS).split(" ")[1]);
        return nanos < 0 ? OptionalLong.empty() : OptionalLong.of(nanos);
    }

    @Override
    public void close() {
        try {
            send("STOP");
            commands.close();
        } catch (IOException alreadyGone) {
            // The child died or closed its stdin; waiting below settles it either way.
        }
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void send(String command) throws IOException {
        commands.write(command + "\n");
        commands.flush();
    }

    private String await(String prefix, long timeoutSeconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            String line = replies.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new IOException("server child did not answer '" + prefix.trim() + "' in time"
                        + (process.isAlive() ? "" : " (exited " + process.exitValue() + ")"));
            }
            if (line.startsWith(prefix)) {
                return line;
            }
            if (line.startsWith("FAILED") || line.equals("EOF")) {
                throw new IOException("server child failed: " + line + " (see its log)");
            }
            // Anything else is stray library output on stdout: ignore it.
        }
    }

    private void pumpReplies() {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                replies.add(line);
            }
        } catch (IOException ignored) {
            // The process ended; the EOF marker below tells any waiter.
        }
        replies.add("EOF");
    }
}
