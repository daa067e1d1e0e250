package io.agentwire.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.agentwire.bench.aonp.AonpTransferBench;
import io.agentwire.bench.aonp.AonpTransferReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * AONP M2TP bulk transfer side by side with the raw transports it rides on, in one run. Writes
 * {@code aonp-transfer.md}.
 */
@Command(name = "aonp-transfer", mixinStandardHelpOptions = true,
        description = "One large M2TP message over TCP, QUIC and a TCP->QUIC relay vs raw TCP and raw kwik QUIC.")
final class AonpTransferCommand implements Callable<Integer> {
    @Option(names = "--size", defaultValue = "1g", description = "Bytes per transfer, with k/m/g suffix "
            + "(default ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--quic-size", description = "Bytes for the rows that involve QUIC (default: --size).")
    String quicSize;

    @Option(names = "--warmup-size", defaultValue = "1g", description = "Bytes per TCP path in each warm-up round "
            + "(default ${DEFAULT-VALUE}; 0 for no warm-up).")
    String warmupSize;

    @Option(names = "--quic-warmup-size", defaultValue = "64m", description = "Bytes per QUIC path in each warm-up "
            + "round (default ${DEFAULT-VALUE}).")
    String quicWarmupSize;

    @Option(names = "--warmup-rounds", defaultValue = "3", description = "Unreported rounds before the measured "
            + "ones (default ${DEFAULT-VALUE}).")
    int warmupRounds;

    @Option(names = "--rounds", defaultValue = "5", description = "Rounds of every row, each row right after its "
            + "baseline; the report gives medians (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--out", description = "Results directory (default: bench/target/results, or target/results).")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<String> log = new ArrayList<>();
        AonpTransferBench.Plan plan = new AonpTransferBench.Plan(bytes(size),
                bytes(quicSize == null ? size : quicSize), bytes(warmupSize), bytes(quicWarmupSize), warmupRounds,
                rounds);
        List<AonpTransferBench.Result> results = AonpTransferBench.run(plan, line -> {
            System.err.println(line);
            log.add(line);
        });
        AonpTransferReport report = new AonpTransferReport(results);
        System.out.print(report.table());
        System.out.print(report.goals());
        StringBuilder md = new StringBuilder("# AONP M2TP bulk transfer vs raw transports\n\n")
                .append(RunEnvironment.describe())
                .append("- one message of ").append(size).append(" per TCP row and ")
                .append(quicSize == null ? size : quicSize).append(" per QUIC row, loopback, sender and receiver in one JVM (`")
                .append(String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()))
                .append("`), ").append(warmupRounds).append(" warm-up rounds of ").append(warmupSize).append(" per TCP path and ")
                .append(quicWarmupSize).append(" per QUIC path, then ").append(rounds)
                .append(" rounds, each row right after its baseline; medians over the rounds\n")
                .append("- M2TP rows include the default digest (CRC-32C) on both ends and wait for the receiver's ")
                .append("GROUP_ACK; raw rows copy ")
                .append("bytes only\n- memory: peak growth of the non-eden heap (survivor + old) plus Netty's pooled direct memory, ")
                .append("over a post-GC baseline\n\n")
                .append("## Results\n\n").append(report.table()).append("\n## Goals\n\n").append(report.goals())
                .append("\nThe machine is shared and small: compare ratios from one run, not absolute numbers.\n");
        RunEnvironment.writeReport(out, "aonp-transfer.md", md.toString());
        return 0;
    }

    /** Parses {@code 8m}, {@code 1g}, {@code 512k} or a plain byte count. */
    static long bytes(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        long unit = t.endsWith("g") ? 1L << 30 : t.endsWith("m") ? 1L << 20 : t.endsWith("k") ? 1L << 10 : 1;
        return Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
    }
}
