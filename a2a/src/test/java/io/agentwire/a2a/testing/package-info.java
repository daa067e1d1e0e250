/** Test helpers shared by the a2a module's tests. */
package io.agentwire.a2a.testing;
