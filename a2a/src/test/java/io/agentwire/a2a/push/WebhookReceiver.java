package io.agentwire.a2a.push;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * A WireMock webhook on 127.0.0.1 that also records requests the moment they arrive (before any stubbed delay), in
 * arrival order, which WireMock's own journal does not promise.
 */
final class WebhookReceiver implements AutoCloseable {
    final WireMockServer server;
    private final List<LoggedRequest> arrivals = new CopyOnWriteArrayList<>();

    WebhookReceiver() {
        ServeEventListener recorder = new ServeEventListener() {
            @Override
            public void beforeMatch(ServeEvent event, Parameters parameters) {
                arrivals.add(event.getRequest());
            }

            @Override
            public boolean applyGlobally() {
                return true;
            }

            @Override
            public String getName() {
                return "arrival-recorder";
            }
        };
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .extensions(recorder));
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** Requests to {@code path}, in arrival order. */
    List<LoggedRequest> arrivals(String path) {
        return arrivals.stream().filter(r -> r.getUrl().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop();
    }
}
