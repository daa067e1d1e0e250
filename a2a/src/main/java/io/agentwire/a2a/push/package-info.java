/** Push notifications: delivering task events to registered webhooks, and the SSRF guard for webhook URLs. */
package io.agentwire.a2a.push;
