package io.agentwire.conformance.a2a;

/** How binding a requirement is (RFC 2119). */
public enum Level { MUST, SHOULD, MAY }
