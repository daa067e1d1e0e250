/** Malformed, oversize and stalled input at every edge of the A2A module: clear errors, nothing lost, no hang. */
package io.agentwire.a2a.badinput;
