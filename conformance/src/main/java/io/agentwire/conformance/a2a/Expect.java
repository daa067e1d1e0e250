package io.agentwire.conformance.a2a;

import static io.agentwire.conformance.a2a.CheckFailure.expect;

import tools.jackson.databind.JsonNode;

/** The shapes checks look for again and again: JSON-RPC errors with ErrorInfo, task states, AIP-193 errors. */
final class Expect {
    private Expect() {
    }

    /** A JSON-RPC error with {@code code} whose data carries an ErrorInfo with {@code reason}. */
    static void rpcError(JsonNode response, int code, String reason) {
        expect(response.has("error") && !response.has("result"), "expected error " + code + ", got " + response);
        expect(response.path("error").path("code").asInt() == code, "expected code " + code + ", got " + response.path("error"));
        expect(response.path("error").path("message").isString(), "error without message: " + response);
        if (reason != null) {
            expect(hasReason(response.path("error").path("data"), reason), "no ErrorInfo with reason " + reason + " in " + response);
        }
    }

    static boolean hasReason(JsonNode details, String reason) {
        for (JsonNode detail : details) {
            if (detail.path("@type").asString("").endsWith("google.rpc.ErrorInfo") && reason.equals(detail.path("reason").asString(""))
                    && "a2a-protocol.org".equals(detail.path("domain").asString(""))) {
                return true;
            }
        }
        return false;
    }

    /** An HTTP+JSON error: status, {@code {"error":{code,status,message,details[ErrorInfo]}}}. */
    static void restError(Probe.Response response, int status, String reason) {
        expect(response.status() == status, "expected HTTP " + status + ", got " + response.status() + ": " + response.body());
        JsonNode error = response.json().path("error");
        expect(error.path("code").asInt() == status && error.path("status").isString() && error.path("message").isString(),
                "not an AIP-193 error body: " + response.body());
        expect(hasReason(error.path("details"), reason), "no ErrorInfo with reason " + reason + ": " + response.body());
    }

    static String state(JsonNode task) {
        return task.path("status").path("state").asString("");
    }

    static void state(JsonNode task, String expected) {
        expect(expected.equals(state(task)), "expected state " + expected + ", got " + task.path("status"));
    }

    static JsonNode task(JsonNode sendResult) {
        expect(sendResult.has("task"), "expected a task, got " + sendResult);
        return sendResult.get("task");
    }
}
