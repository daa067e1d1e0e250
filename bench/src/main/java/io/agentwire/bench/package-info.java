/**
 * The bench's command line: {@code mcp-http} (throughput and latency of {@code tools/call} per target, side by side),
 * {@code idle-sessions} (server heap per idle legacy session) and the internal {@code serve} used by child JVMs.
 *
 * <p>This is a benchmark program, never a unit test: numbers from the shared two-core machine are only meaningful as
 * ratios between targets measured in the same run.
 */
package io.agentwire.bench;
