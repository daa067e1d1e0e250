/** Tests of the ProtoJSON mapping. */
package io.agentwire.a2a.json;
