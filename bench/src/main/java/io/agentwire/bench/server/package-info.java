/**
 * Runs each server under test in its own child JVM and asks it for its heap.
 *
 * <p>The parent launches {@code java -cp <bench jar> io.agentwire.bench.BenchMain serve <target>}; the child starts
 * the target, prints {@code READY <port>}, then answers one-line commands on stdin: {@code HEAP} (full GCs, then
 * {@code HEAP <used> <committed>} from {@link java.lang.management.MemoryMXBean}), {@code CPU} (process CPU
 * nanoseconds) and {@code STOP}. Stdin closing
 * also stops it, so a crashed parent never leaves a server behind. A child per server keeps heap numbers free of the
 * load generator and of the other targets, and lets each start from a cold, equal JVM.
 */
package io.agentwire.bench.server;
