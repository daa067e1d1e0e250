package io.agentwire.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external command to completion within a time limit, with stdout and stderr merged into a
 * log file. A command that overruns is killed forcibly so a hung peer can never hang the build.
 */
final class BoundedProcess {

    private BoundedProcess() {
    }

    /** What a finished (or killed) command left behind. */
    record Outcome(List<String> command, int exitCode, boolean timedOut, Path log) {

        /** The merged stdout/stderr of the command. */
        String output() {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** One line for assertion messages: how it ended and where to look. */
        String describe() {
            String end = timedOut ? "timed out (killed)" : "exited with " + exitCode;
            return String.join(" ", command) + " " + end + "; log: " + log;
        }
    }

    /**
     * Runs {@code command} in {@code workDir} with extra environment variables, killing it after
     * {@code timeout}.
     */
    static Outcome run(List<String> command, Path workDir, Map<String, String> env, Duration timeout, Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    // Peers must never wait for input that will not come.
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().putAll(env);
            Process process = builder.start();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                destroyTree(process);
                return new Outcome(command, -1, true, log);
            }
            return new Outcome(command, process.exitValue(), false, log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    /** Kills a process and its descendants (node peers spawn their own children). */
    static void destroyTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
