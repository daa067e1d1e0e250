package io.agentwire.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** The report preamble that says on what a number was measured, and where reports go. */
final class RunEnvironment {

    private RunEnvironment() {
    }

    static String describe() {
        return "- date: " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + "\n"
                + "- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + "\n"
                + "- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + ", available processors: " + Runtime.getRuntime().availableProcessors() + "\n";
    }

    /**
     * Writes a report into {@code out}, or by default bench/target/results (from the repository root) or
     * target/results (from the bench module), and says where on stderr.
     */
    static void writeReport(Path out, String fileName, String markdown) throws IOException {
        Path dir = out != null ? out
                : Files.isDirectory(Path.of("bench", "target"))
                        ? Path.of("bench", "target", "results") : Path.of("target", "results");
        Path file = Files.createDirectories(dir).resolve(fileName);
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        System.err.println("written " + file.toAbsolutePath());
    }
}
