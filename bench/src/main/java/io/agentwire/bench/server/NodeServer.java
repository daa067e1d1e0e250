package io.agentwire.bench.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A server written for Node, run as a child process: it prints {@code READY <port>} when it listens. Its CPU time
 * is read from {@code /proc/<pid>/stat} (Linux); its heap is not comparable to a JVM's and is not reported.
 */
public final class NodeServer implements ServerHandle {
    private static final long START_TIMEOUT_SECONDS = 60;
    private static final long CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private final Process process;
    private final int port;

    private NodeServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code node script} with {@code PORT=port}; stderr and stdout after READY go to {@code log}. */
    public static NodeServer launch(Path node, Path script, int port, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(List.of(node.toString(), script.toString()))
                .redirectError(log.toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("NODE_ENV", "production");
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try {
                String line = out.readLine();
                if (line != null && line.startsWith("READY")) {
                    synchronized (process) {
                        process.notifyAll();
                    }
                }
                while (out.readLine() != null) {
                    // keep the pipe drained
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "node-server-stdout");
        reader.setDaemon(true);
        NodeServer server = new NodeServer(process, port);
        synchronized (process) {
            reader.start();
            process.wait(TimeUnit.SECONDS.toMillis(START_TIMEOUT_SECONDS));
        }
        if (!process.isAlive()) {
            throw new IOException("node server exited with " + process.exitValue() + "; see " + log);
        }
        return server;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public OptionalLong heapAfterGc() {
        return OptionalLong.empty();
    }

    @Override
    public OptionalLong cpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
            return OptionalLong.of(ticks * (1_000_000_000L / CLOCK_TICKS_PER_SECOND));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
