package io.agentwire.a2a.card.sign;

import java.util.List;

/** All signature checks of one card; it is verified when at least one signature is. */
public record CardVerification(List<SignatureCheck> checks) {

    public CardVerification {
        checks = List.copyOf(checks);
    }

    public boolean verified() {
        return checks.stream().anyMatch(c -> c.outcome() == SignatureCheck.Outcome.VERIFIED);
    }
}
