package io.agentwire.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How the interop tests start the Agentwire server as a child JVM. Change the entry point or its
 * arguments here and nowhere else.
 */
final class AgentwireLaunch {

    /** The CLI entry point of the gateway module. */
    static final String MAIN_CLASS = "io.agentwire.gateway.Agw";

    /** Arguments for a Streamable HTTP server; {@value #PORT_PLACEHOLDER} is replaced by the port. */
    static final List<String> HTTP_ARGS = List.of("mcp-server", "--port", AgentwireLaunch.PORT_PLACEHOLDER);

    /** Arguments for the conformance client; the suite appends the server URL. */
    static final List<String> CLIENT_ARGS = List.of("mcp-client");

    /** Arguments for a server speaking MCP over its own stdin/stdout. */
    static final List<String> STDIO_ARGS = List.of("mcp-server", "--stdio");

    static final String PORT_PLACEHOLDER = "{port}";

    private AgentwireLaunch() {
    }

    /** Whether the server's main class is on the test class path (it arrives with the gateway module). */
    static boolean serverPresent() {
        try {
            Class.forName(MAIN_CLASS, false, AgentwireLaunch.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Why a server test is skipped; also printed, because surefire does not show the reason of an
     * aborted test class.
     */
    static String skipReason() {
        String reason = MAIN_CLASS + " is not on the test class path, so the interop tests against our server are"
                + " SKIPPED; enable the agentwire-gateway test dependency in interop-tests/pom.xml";
        System.err.println("[interop] " + reason);
        return reason;
    }

    /** {@code java -cp <test class path> MAIN_CLASS mcp-server --port <port>}. */
    static List<String> httpCommand(int port) {
        List<String> args = new ArrayList<>();
        for (String arg : HTTP_ARGS) {
            args.add(arg.replace(PORT_PLACEHOLDER, Integer.toString(port)));
        }
        return javaCommand(args);
    }

    /** {@code java -cp <test class path> MAIN_CLASS mcp-server --stdio}. */
    static List<String> stdioCommand() {
        return javaCommand(STDIO_ARGS);
    }

    /**
     * Writes {@code script}, a shell launcher for {@code mcp-client} that the conformance CLI can
     * spawn by path (it splits its {@code --command} on spaces, so the class path cannot go on that
     * command line). The client's stderr is also appended to {@code stderrLog}, where the test looks
     * for Netty leak reports after the run.
     */
    static Path writeClientScript(Path script, Path stderrLog) {
        if (script.toString().contains(" ")) {
            throw new IllegalStateException("the conformance CLI splits commands on spaces; move the checkout to a path"
                    + " without spaces: " + script);
        }
        List<String> command = javaCommand(CLIENT_ARGS);
        // A client lives for one scenario: the C1 compiler and the serial collector start it faster and use less
        // CPU than the defaults, which matters when the suite starts dozens of them one after another.
        command.addAll(1, List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        String exec = command.stream().map(AgentwireLaunch::shellQuote).collect(Collectors.joining(" "));
        String body = "#!/usr/bin/env bash\n"
                + "# Written by the interop tests: runs the Agentwire conformance client.\n"
                + "exec " + exec + " \"$@\" 2> >(tee -a " + shellQuote(stderrLog.toString()) + " >&2)\n";
        try {
            Files.createDirectories(script.getParent());
            Files.writeString(script, body);
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return script;
    }

    private static String shellQuote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static List<String> javaCommand(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The child inherits the build's strict leak detection so leaks surface in its log.
        String leakLevel = System.getProperty("io.netty.leakDetection.level");
        if (leakLevel != null) {
            command.add("-Dio.netty.leakDetection.level=" + leakLevel);
        }
        command.add("-cp");
        // The surefire class path holds the gateway and all its dependencies.
        command.add(System.getProperty("java.class.path"));
        command.add(MAIN_CLASS);
        command.addAll(args);
        return command;
    }
}
