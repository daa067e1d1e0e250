/**
 * The conformance-suite side of {@code agw mcp-client}: which revision each run speaks, how the client answers
 * server requests, and what each client scenario of {@code @modelcontextprotocol/conformance} expects it to do.
 */
package io.agentwire.gateway.conformance;
