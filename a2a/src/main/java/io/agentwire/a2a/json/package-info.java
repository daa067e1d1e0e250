/** ProtoJSON for the A2A 1.0 model, with the specification's REQUIRED fields always present. */
package io.agentwire.a2a.json;
