package io.agentwire.bench;

import io.agentwire.bench.server.ServerAgent;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Internal: what a server child JVM runs (see {@code io.agentwire.bench.server}). */
@Command(name = "serve", hidden = true, description = "Internal: serve one target in this JVM for a parent bench.")
final class ServeCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "Target id.")
    String target;

    @Override
    public Integer call() throws Exception {
        return ServerAgent.serve(target);
    }
}
