/** The A2A 1.0 HTTP+JSON (REST) binding: resource routes, ProtoJSON bodies, AIP-193 errors, SSE streams. */
package io.agentwire.a2a.transport.rest;
