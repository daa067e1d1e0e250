package io.agentwire.bench.server;

import io.agentwire.bench.targets.BenchTarget;
import io.agentwire.bench.targets.TargetRegistry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The child-JVM side: starts one target and obeys the parent's line commands on stdin (see package docs). */
public final class ServerAgent {

    private ServerAgent() {
    }

    /** Serves {@code targetId} until told to stop or stdin closes; returns the process exit code. */
    public static int serve(String targetId) throws Exception {
        PrintStream out = System.out;
        BenchTarget target = TargetRegistry.create(targetId);
        int port;
        try {
            port = target.start();
        } catch (Exception e) {
            e.printStackTrace();
            out.println("FAILED " + e);
            out.flush();
            return 1;
        }
        out.println("READY " + port);
        out.flush();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII))) {
            String command;
            while ((command = in.readLine()) != null) {
                if (command.equals("HEAP")) {
                    long[] heap = HeapProbe.usedAfterGc();
                    out.println("HEAP " + heap[0] + " " + heap[1]);
                    out.flush();
                } else if (command.equals("CPU")) {
                    out.println("CPU " + HeapProbe.processCpuNanos());
                    out.flush();
                } else if (command.equals("STOP")) {
                    break;
                }
            }
        } finally {
            target.stop();
        }
        out.println("STOPPED");
        out.flush();
        return 0;
    }
}
