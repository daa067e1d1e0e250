package io.agentwire.conformance.a2a;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The A2A 1.0 conformance checks, one per TCK requirement id, run over the wire against an agent URL. Each check
 * passes, fails with evidence, is not applicable (a capability the card does not declare), or is not automated
 * (with the reason); the report lists all of them.
 *
 * <pre>{@code
 * List<CheckResult> results = A2aConformance.run("http://127.0.0.1:9999", Duration.ofSeconds(30));
 * System.out.println(A2aConformance.markdown(results));
 * }</pre>
 */
public final class A2aConformance {
    private A2aConformance() {
    }

    /** Every requirement, in report order. */
    public static List<Requirement> requirements() {
        List<Requirement> all = new ArrayList<>();
        all.addAll(CardChecks.all());
        all.addAll(VersionAndAuthChecks.all());
        all.addAll(BindingChecks.all());
        all.addAll(GrpcChecks.all());
        all.addAll(CoreChecks.all());
        all.addAll(DataModelChecks.all());
        all.addAll(PushChecks.all());
        all.addAll(StreamingChecks.all());
        return all;
    }

    public static List<CheckResult> run(String agentUrl, Duration timeout) {
        return run(new Probe(agentUrl, timeout));
    }

    /**
     * Runs every check as a caller presenting {@code credentials} (request headers, also sent as gRPC metadata); the
     * scoping checks also act as a second caller with {@code secondCredentials}. Either may be empty.
     */
    public static List<CheckResult> run(String agentUrl, Duration timeout, Map<String, String> credentials,
            Map<String, String> secondCredentials) {
        return run(new Probe(agentUrl, timeout, credentials, secondCredentials));
    }

    /** Runs every check through {@code probe} (which carries the agent URL, credentials and TLS trust). */
    public static List<CheckResult> run(Probe probe) {
        List<CheckResult> results = new ArrayList<>();
        for (Requirement requirement : requirements()) {
            results.add(run(requirement, probe));
        }
        return results;
    }

    static CheckResult run(Requirement requirement, Probe probe) {
        if (requirement.check() == null) {
            return result(requirement, Verdict.NOT_AUTOMATED, requirement.reason());
        }
        try {
            requirement.check().run(probe);
            return result(requirement, Verdict.PASS, "");
        } catch (NotApplicable e) {
            return result(requirement, Verdict.NOT_APPLICABLE, e.getMessage());
        } catch (CheckFailure e) {
            return result(requirement, Verdict.FAIL, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return result(requirement, Verdict.FAIL, "interrupted");
        } catch (Exception e) {
            return result(requirement, Verdict.FAIL, "the check could not complete: " + e);
        }
    }

    private static CheckResult result(Requirement r, Verdict verdict, String detail) {
        return new CheckResult(r.id(), r.level(), r.title(), verdict, detail);
    }

    /** Counts per level and verdict, e.g. {@code MUST: 80 PASS, 0 FAIL, ...}. */
    public static String summary(List<CheckResult> results) {
        StringBuilder out = new StringBuilder();
        for (Level level : Level.values()) {
            Map<Verdict, Integer> counts = new TreeMap<>();
            results.stream().filter(r -> r.level() == level).forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
            out.append(level).append(": ").append(counts).append('\n');
        }
        return out.toString();
    }

    public static String markdown(List<CheckResult> results) {
        StringBuilder md = new StringBuilder("| id | level | verdict | requirement | detail |\n|---|---|---|---|---|\n");
        for (CheckResult r : results) {
            md.append("| ").append(r.id()).append(" | ").append(r.level()).append(" | ").append(r.verdict())
                    .append(" | ").append(r.title()).append(" | ").append(cell(r.detail())).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        String flat = text.replace("|", "\\|").replaceAll("\\s+", " ").trim();
        return flat.length() > 240 ? flat.substring(0, 237) + "..." : flat.toLowerCase(Locale.ROOT).equals("null") ? "" : flat;
    }
}
