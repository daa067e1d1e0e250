/**
 * The MCP wire data model: tools, resources, prompts, content blocks and results, as Jackson-mapped records.
 * One model serves every revision; fields a revision lacks are simply left {@code null} and omitted.
 */
package io.agentwire.mcp.model;
