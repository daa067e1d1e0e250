package io.agentwire.gateway;

import io.agentwire.conformance.a2a.A2aConformance;
import io.agentwire.conformance.a2a.CheckResult;
import io.agentwire.conformance.a2a.Probe;
import io.agentwire.conformance.a2a.Verdict;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.net.ssl.TrustManagerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code agw a2a-conformance URL}: runs the A2A 1.0 requirement checks against an agent and reports each id. */
@Command(name = "a2a-conformance", mixinStandardHelpOptions = true,
        description = "Check an A2A 1.0 agent against every requirement of the TCK's list; exits 1 if any check fails.")
final class A2aConformanceCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "The agent's base URL (its card is at /.well-known/agent-card.json).")
    String agentUrl;

    @Option(names = "--timeout", defaultValue = "30", description = "Seconds per request (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--report", description = "Also write the Markdown report to this file.")
    Path report;

    @Option(names = "--header", paramLabel = "NAME=VALUE",
            description = "A credential header sent with every request and as gRPC metadata, e.g. X-API-Key=k1 (repeatable).")
    Map<String, String> credentials = new LinkedHashMap<>();

    @Option(names = "--second-header", paramLabel = "NAME=VALUE",
            description = "A second caller's credential header, for the checks that tasks stay private to their caller (repeatable).")
    Map<String, String> secondCredentials = new LinkedHashMap<>();

    @Option(names = "--ca", paramLabel = "PEM",
            description = "Trust TLS certificates of an https agent that chain to these PEM certificates (default: the JDK's).")
    Path trustedCertificates;

    @Override
    public Integer call() throws Exception {
        Probe probe = new Probe(agentUrl, Duration.ofSeconds(timeoutSeconds), credentials, secondCredentials,
                trustedCertificates == null ? null : trust(trustedCertificates));
        List<CheckResult> results = A2aConformance.run(probe);
        String markdown = A2aConformance.summary(results) + "\n" + A2aConformance.markdown(results);
        System.out.println(markdown);
        if (report != null) {
            Files.writeString(report, markdown, StandardCharsets.UTF_8);
        }
        return results.stream().anyMatch(r -> r.verdict() == Verdict.FAIL) ? 1 : 0;
    }

    private static TrustManagerFactory trust(Path pem) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            int n = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + n++, certificate);
            }
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory;
    }
}
