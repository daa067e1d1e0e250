/** Test support shared with the other modules through this module's test-jar. */
package io.agentwire.jsonrpc.testing;
