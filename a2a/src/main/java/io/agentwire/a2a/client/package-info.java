/** The A2A 1.0 client: card discovery and verification, interface selection, the three bindings, streams. */
package io.agentwire.a2a.client;
