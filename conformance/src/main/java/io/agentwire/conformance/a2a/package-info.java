/**
 * A2A 1.0 conformance checks for any agent URL, one per requirement id of the A2A TCK's 1.0 list: the public entry
 * point is {@link io.agentwire.conformance.a2a.A2aConformance}.
 */
package io.agentwire.conformance.a2a;
