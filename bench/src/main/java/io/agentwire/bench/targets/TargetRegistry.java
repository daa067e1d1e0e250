package io.agentwire.bench.targets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The targets the bench can run, by id, in report order: the ceiling, Agentwire in both eras, the Java SDK. */
public final class TargetRegistry {

    /** The baseline every ratio is computed against. */
    public static final String RAW_ECHO = "raw-echo";
    /** The competitor ratio column. */
    public static final String JAVA_SDK = "java-sdk";

    private static final Map<String, Supplier<BenchTarget>> TARGETS = new LinkedHashMap<>();
    /** Servers that other commands start by id but that the mcp-http comparison does not list. */
    private static final Map<String, Supplier<BenchTarget>> SERVER_ONLY = Map.of(ClientBenchServerTarget.ID, ClientBenchServerTarget::new,
            io.agentwire.bench.a2a.AgentwireA2aTarget.ID, io.agentwire.bench.a2a.AgentwireA2aTarget::new,
            io.agentwire.bench.a2a.AgentwireA2aTarget.POOLED_ID, () -> new io.agentwire.bench.a2a.AgentwireA2aTarget(true));

    static {
        register(RawNettyEchoTarget::new);
        register(AgentwireModernTarget::new);
        register(AgentwireLegacyTarget::new);
        register(() -> new AgentwireModernTarget(true));
        register(JavaSdkTarget::new);
    }

    private TargetRegistry() {
    }

    private static void register(Supplier<BenchTarget> factory) {
        TARGETS.put(factory.get().id(), factory);
    }

    /** All registered ids, in report order. */
    public static List<String> ids() {
        return List.copyOf(TARGETS.keySet());
    }

    /** A fresh, unstarted instance of target {@code id}. */
    public static BenchTarget create(String id) {
        Supplier<BenchTarget> factory = TARGETS.getOrDefault(id, SERVER_ONLY.get(id));
        if (factory == null) {
            throw new IllegalArgumentException("unknown target '" + id + "'; known: " + ids());
        }
        return factory.get();
    }
}
