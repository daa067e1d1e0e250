package io.agentwire.bench;

import io.agentwire.bench.a2a.A2aBench;
import io.agentwire.bench.a2a.A2aBenchReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A2A side by side: blocking {@code SendMessage} throughput and time to the first streamed event, Agentwire's agent
 * against the {@code @a2a-js/sdk} agent doing the same work. Writes {@code a2a-http.md}.
 */
@Command(name = "a2a-http", mixinStandardHelpOptions = true,
        description = "A2A JSON-RPC SendMessage and first streamed event: Agentwire vs @a2a-js/sdk, same run.")
final class A2aHttpCommand implements Callable<Integer> {

    @Option(names = "--connections", defaultValue = "16", description = "Keep-alive connections (default: 16).")
    int connections;

    @Option(names = "--warmup", defaultValue = "10s", converter = DurationConverter.class,
            description = "Warm-up per agent (default: 10s; protobuf's JSON code needs it to be compiled).")
    Duration warmup;

    @Option(names = "--duration", defaultValue = "10s", converter = DurationConverter.class, description = "Measured window (default: 10s).")
    Duration duration;

    @Option(names = "--first-event-calls", defaultValue = "1000", description = "Timed streaming calls per agent (default: 1000).")
    int probeCalls;

    @Option(names = "--rounds", defaultValue = "1", description = "Interleaved rounds; the median by req/s is kept (default: 1).")
    int rounds;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws Exception {
        List<String> log = new ArrayList<>();
        A2aBench.Settings settings = new A2aBench.Settings(connections, warmup, duration, 2, probeCalls, rounds);
        List<List<A2aBench.Measurement>> results = A2aBench.run(settings, server::start, server.resultsDir(), line -> {
            System.err.println(line);
            log.add(line);
        });
        A2aBenchReport report = new A2aBenchReport(results);
        System.out.print(report.table());
        StringBuilder md = new StringBuilder("# A2A JSON-RPC: SendMessage and first streamed event, side by side\n\n")
                .append(RunEnvironment.describe())
                .append("- agents: both answer every message with a direct \"ok\" message; Agentwire in a child JVM (`")
                .append(server.serverJvmArgs).append("`), @a2a-js/sdk 1.3.0 on Node 22 with Express\n")
                .append("- load: ").append(connections).append(" keep-alive connections, closed loop, blocking SendMessage, warm-up ")
                .append(warmup.toMillis()).append(" ms, measured ").append(duration.toMillis()).append(" ms, ").append(rounds)
                .append(" round(s), median by req/s kept\n- first event: ").append(probeCalls)
                .append(" sequential SendStreamingMessage calls on one connection after 100 warm-up calls, last request byte to")
                .append(" the end of the first `data:` event\n\n")
                .append("## Results\n\n").append(report.table()).append("\n## Goals\n\n").append(report.goals())
                .append("\n## All runs\n\n```\n");
        log.forEach(line -> md.append(line).append('\n'));
        md.append("```\n\nThe machine is shared and small: compare ratios from one run, not absolute numbers across runs.\n");
        Path file = server.resultsDir().resolve("a2a-http.md");
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
        System.err.println("written " + file.toAbsolutePath());
        return 0;
    }
}
