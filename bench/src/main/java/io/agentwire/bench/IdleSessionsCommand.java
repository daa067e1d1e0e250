package io.agentwire.bench;

import io.agentwire.bench.load.SessionOpener;
import io.agentwire.bench.report.Markdown;
import io.agentwire.bench.server.ServerHandle;
import io.agentwire.bench.targets.BenchTarget;
import io.agentwire.bench.targets.TargetRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Opens many legacy-era sessions, leaves them idle, and reports how much the server's live heap grew.
 *
 * <p>A few hundred sessions are opened first so class loading, JIT and pools do not count as session cost; then the
 * baseline heap is taken, the measured sessions opened, and the heap taken again (each after full GCs, in the
 * server's child JVM).
 */
@Command(name = "idle-sessions", mixinStandardHelpOptions = true,
        description = "Server heap held by idle legacy MCP sessions.")
final class IdleSessionsCommand implements Callable<Integer> {

    private static final String HOST = "127.0.0.1";

    @Option(names = "--targets", split = ",", description = "Target ids (default: all registered with sessions).")
    List<String> targets;

    @Option(names = "--sessions", defaultValue = "10000", description = "Sessions to open (default: 10000).")
    int sessions;

    @Option(names = "--warmup-sessions", defaultValue = "500",
            description = "Sessions opened before the baseline (default: 500).")
    int warmupSessions;

    @Option(names = "--connections", defaultValue = "4", description = "Connections used to open them (default: 4).")
    int connections;

    @Option(names = "--timeout", defaultValue = "5m", description = "Give up opening after this (default: 5m).")
    Duration timeout;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws Exception {
        if (server.inProcess) {
            System.err.println("idle-sessions needs child JVMs to measure the server heap; drop --in-process");
            return 2;
        }
        if (!TargetRegistry.ids().containsAll(targets == null ? List.of() : targets)) {
            System.err.println("unknown target in " + targets + "; known: " + TargetRegistry.ids());
            return 2;
        }
        List<String> ids = new ArrayList<>();
        for (String id : targets == null || targets.isEmpty() ? TargetRegistry.ids() : targets) {
            if (TargetRegistry.create(id).hasSessions()) {
                ids.add(id);
            }
        }
        StringBuilder table = new StringBuilder(Markdown.header(List.of("target", "sessions opened", "failures",
                "heap before MiB", "heap after MiB", "growth MiB", "KiB / session", "open rate /s", "≤ 256 MiB")));
        int exit = 0;
        for (String id : ids) {
            try {
                table.append(measure(id));
            } catch (Exception e) {
                System.err.println(id + " failed: " + e);
                table.append(Markdown.row(List.of(id, "failed: " + e.getMessage(), "", "", "", "", "", "", "")));
                exit = 1;
            }
        }
        System.out.print(table);
        Path file = server.resultsDir().resolve("idle-sessions.md");
        Files.writeString(file, "# Idle legacy sessions: server heap\n\n" + RunEnvironment.describe()
                + "- " + sessions + " sessions (after " + warmupSessions + " warm-up sessions) over " + connections
                + " connections, each `initialize` + `notifications/initialized`, no GET stream\n"
                + "- server child JVM: `" + server.serverJvmArgs + "`; heap = used after full GCs (MemoryMXBean)\n\n"
                + table + "\n\"≤ 256 MiB\" compares the whole used heap after the sessions with the goal.\n",
                StandardCharsets.UTF_8);
        System.err.println("written " + file.toAbsolutePath());
        return exit;
    }

    private String measure(String id) throws Exception {
        BenchTarget target = TargetRegistry.create(id);
        SessionOpener opener = new SessionOpener();
        try (ServerHandle handle = server.start(id)) {
            var profile = target.requestFor(HOST, handle.port());
            opener.open(HOST, handle.port(), profile, warmupSessions, connections, timeout);
            long before = handle.heapAfterGc().orElseThrow();
            SessionOpener.Result opened = opener.open(HOST, handle.port(), profile, sessions, connections, timeout);
            OptionalLong after = handle.heapAfterGc();
            long growth = after.orElseThrow() - before;
            double rate = opened.opened() / (opened.elapsed().toNanos() / 1e9);
            return Markdown.row(List.of(target.label(),
                    Long.toString(opened.opened()),
                    Long.toString(opened.failures()),
                    Markdown.number(Markdown.mib(before), 1),
                    Markdown.number(Markdown.mib(after.getAsLong()), 1),
                    Markdown.number(Markdown.mib(growth), 1),
                    Markdown.number(opened.opened() == 0 ? Double.NaN : growth / 1024.0 / opened.opened(), 2),
                    Markdown.number(rate, 0),
                    after.getAsLong() <= 256L * 1024 * 1024 ? "PASS" : "FAIL"));
        }
    }
}
