/**
 * The servers under test, behind one {@link io.agentwire.bench.targets.BenchTarget} interface: the raw Netty echo
 * (the practical ceiling), the official MCP Java SDK on embedded Tomcat, and Agentwire in both eras,
 * plus the MCP request shapes ({@link io.agentwire.bench.targets.McpRequests}) the load
 * generator replays against them.
 */
package io.agentwire.bench.targets;
