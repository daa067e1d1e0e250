/**
 * Turns run results into the Markdown report: absolute numbers per target, then ratios against the raw echo and the
 * MCP Java SDK, then the project's goals checked against those ratios.
 */
package io.agentwire.bench.report;
