package io.agentwire.bench;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** The report preamble that says on what a number was measured. */
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
}
