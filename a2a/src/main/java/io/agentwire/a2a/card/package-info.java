/** Agent Cards: serving the public card with caching headers; signing lives in {@code card.sign}. */
package io.agentwire.a2a.card;
