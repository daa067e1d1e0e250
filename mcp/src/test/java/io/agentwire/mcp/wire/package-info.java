/** Checks of what the server puts on the wire against the official schema of each protocol revision. */
package io.agentwire.mcp.wire;
