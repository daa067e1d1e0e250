/**
 * The M2TP wire vocabulary (spec/aonp/m2tp.md): frame types 0x10–0x1F, error codes 0x100–0x1FF, the CBOR control
 * records and the binary object header codec. No behaviour beyond encoding and decoding.
 */
package io.agentwire.aonp.m2tp.wire;
