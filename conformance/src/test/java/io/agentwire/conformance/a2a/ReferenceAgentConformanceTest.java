package io.agentwire.conformance.a2a;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.agentwire.a2a.A2aServer;
import io.agentwire.a2a.push.PushNotificationSender;
import io.agentwire.a2a.push.WebhookUrlPolicy;
import io.agentwire.a2a.reference.ReferenceCard;
import io.agentwire.a2a.reference.TckAgent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The checks against our reference agent: no automated check may fail. Also checks that every requirement id of the
 * TCK's list (read from {@code ../shared} when present) has a check or a stated reason.
 */
class ReferenceAgentConformanceTest {

    @Test
    void referenceAgentPassesEveryAutomatedCheck() throws Exception {
        try (A2aServer agent = A2aServer.builder().card(ReferenceCard.template()).executor(new TckAgent(Duration.ofSeconds(3)))
                .push(PushNotificationSender.builder().urlPolicy(WebhookUrlPolicy.builder().allowHttp(true).allowLoopback(true).build()).build()).port(0).grpcPort(0).start()) {
            List<CheckResult> results = A2aConformance.run(agent.baseUrl(), Duration.ofSeconds(30));
            String report = A2aConformance.summary(results) + A2aConformance.markdown(results);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "a2a-conformance.md"), report);
            String failures = results.stream().filter(r -> r.verdict() == Verdict.FAIL)
                    .map(r -> r.id() + ": " + r.detail()).collect(Collectors.joining("\n"));
            assertTrue(failures.isEmpty(), "failed checks:\n" + failures + "\n\n" + report);
            long passedMust = results.stream().filter(r -> r.level() == Level.MUST && r.verdict() == Verdict.PASS).count();
            assertTrue(passedMust >= 70, "only " + passedMust + " MUST checks passed:\n" + report);
        }
    }

    @Test
    void checksFindFaultsInABrokenAgent() throws Exception {
        // An agent that never completes and always answers with a message: the lifecycle checks must fail on it.
        try (A2aServer agent = A2aServer.builder().card(ReferenceCard.template())
                .executor((context, events) -> events.reply(events.agentText("no tasks here"))).port(0).start()) {
            Probe probe = new Probe(agent.baseUrl(), Duration.ofSeconds(10));
            Requirement send = A2aConformance.requirements().stream().filter(r -> r.id().equals("CORE-SEND-001")).findFirst().orElseThrow();
            assertEquals(Verdict.FAIL, A2aConformance.run(send, probe).verdict());
        }
    }

    @Test
    void everyTckRequirementHasACheckOrAReason() throws IOException {
        Path tsv = locate("shared/spec-data/a2a/conformance/tck-1.0-dev-requirements.tsv");
        assumeTrue(tsv != null, "../shared is absent in this checkout: the TCK requirement list cannot be read");
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(tsv)) {
            if (!line.startsWith("#") && !line.startsWith("id\t") && !line.isBlank()) {
                ids.add(line.split("\t")[0]);
            }
        }
        Set<String> ours = A2aConformance.requirements().stream().map(Requirement::id).collect(Collectors.toSet());
        Set<String> missing = new HashSet<>(ids);
        missing.removeAll(ours);
        Set<String> unknown = new HashSet<>(ours);
        unknown.removeAll(ids);
        assertTrue(missing.isEmpty(), "TCK ids without a check: " + missing);
        assertTrue(unknown.isEmpty(), "ids that are not in the TCK list: " + unknown);
        assertEquals(ids.size(), A2aConformance.requirements().size(), "one entry per id");
    }

    private static Path locate(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        return null;
    }
}
