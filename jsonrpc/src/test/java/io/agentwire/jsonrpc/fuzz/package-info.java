/** Jazzer fuzz tests; in a normal build they replay their seed inputs as regression tests. */
package io.agentwire.jsonrpc.fuzz;
