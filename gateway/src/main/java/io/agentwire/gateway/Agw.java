package io.agentwire.gateway;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code agw} command: one launcher for every Agentwire job. */
@Command(name = "agw", mixinStandardHelpOptions = true, version = "agw 0.1.0",
        description = "Agentwire: MCP, A2A and AONP servers, clients and gateway.",
        subcommands = {McpServerCommand.class, McpClientCommand.class, A2aAgentCommand.class, A2aConformanceCommand.class,
                AonpNodeCommand.class, AonpSendCommand.class, AonpInvokeCommand.class})
public final class Agw implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Agw()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }
}
