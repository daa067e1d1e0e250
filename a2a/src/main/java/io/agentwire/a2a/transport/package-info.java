/** Internal: what the HTTP bindings share (service parameters, SSE streams, caller authentication). */
package io.agentwire.a2a.transport;
