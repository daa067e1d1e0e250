/**
 * The SMIP messages of spec/aonp/smip.md as records (one per frame type 0x20–0x2C), their registration in the
 * control type table, and the checks a decoded message must pass before the session engine sees it.
 */
package io.agentwire.aonp.smip.wire;
