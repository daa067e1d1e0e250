package io.agentwire.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code agentwire-bench.jar}.
 *
 * <p>Example: {@code java -jar bench/target/agentwire-bench.jar mcp-http --connections 16 --warmup 5s --duration 15s}.
 */
@Command(name = "agentwire-bench", mixinStandardHelpOptions = true,
        description = "Side-by-side MCP Streamable HTTP benchmarks on loopback.",
        subcommands = {McpHttpCommand.class, McpClientCommand.class, A2aHttpCommand.class, A2aJsonCommand.class,
            IdleSessionsCommand.class, ServeCommand.class, AonpTransferCommand.class, SmipRttCommand.class})
public final class BenchMain {

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        // Leak tracking costs CPU on every buffer; the bench measures production behaviour. Servers get the same flag.
        if (System.getProperty("io.netty.leakDetection.level") == null) {
            System.setProperty("io.netty.leakDetection.level", "disabled");
        }
        System.exit(new CommandLine(new BenchMain())
                .registerConverter(java.time.Duration.class, new DurationConverter())
                .execute(args));
    }
}
