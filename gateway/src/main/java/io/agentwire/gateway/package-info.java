/** The {@code agw} command line: subcommands that start Agentwire servers and clients. */
package io.agentwire.gateway;
