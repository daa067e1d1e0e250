/** The reference agent that {@code agw a2a-agent} runs: the TCK's messageId-prefix contract and its card. */
package io.agentwire.a2a.reference;
