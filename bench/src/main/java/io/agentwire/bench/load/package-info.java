/**
 * A closed-loop HTTP/1.1 load generator on Netty: N keep-alive connections to a loopback server, each sending its
 * next pre-built request as soon as the previous response is complete, with latencies recorded in HdrHistogram.
 *
 * <p>Responses are parsed by a small hand-written HTTP/1.1 parser ({@link io.agentwire.bench.load.HttpResponseParser})
 * rather than Netty's codec so that the client spends as little CPU as possible on the shared two-core machine; it
 * understands fixed-length and chunked bodies, and both {@code application/json} and {@code text/event-stream}
 * payloads ({@link io.agentwire.bench.load.JsonRpcResponseCheck}).
 */
package io.agentwire.bench.load;
