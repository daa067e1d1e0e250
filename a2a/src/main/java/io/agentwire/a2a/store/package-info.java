/** Task persistence: the {@link io.agentwire.a2a.store.TaskStore} interface, an in-memory default and a file-backed store. */
package io.agentwire.a2a.store;
