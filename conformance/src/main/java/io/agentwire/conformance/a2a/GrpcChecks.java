package io.agentwire.conformance.a2a;

import static io.agentwire.conformance.a2a.CheckFailure.expect;
import static io.agentwire.conformance.a2a.Requirement.check;

import com.google.protobuf.Any;
import com.google.rpc.ErrorInfo;
import io.agentwire.a2a.model.A2AServiceGrpc;
import io.agentwire.a2a.model.CancelTaskRequest;
import io.agentwire.a2a.model.GetTaskRequest;
import io.agentwire.a2a.model.ListTasksRequest;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.Role;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.StreamResponse;
import io.grpc.ManagedChannel;
import io.grpc.ChannelCredentials;
import io.grpc.InsecureChannelCredentials;
import io.grpc.Metadata;
import io.grpc.TlsChannelCredentials;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** gRPC binding requirements, through the generated stubs against the card's GRPC interface (plaintext, or TLS for https). */
final class GrpcChecks {
    private static final Metadata.Key<String> VERSION = Metadata.Key.of("a2a-version", Metadata.ASCII_STRING_MARSHALLER);

    private GrpcChecks() {
    }

    @FunctionalInterface
    private interface StubCheck {
        void run(A2AServiceGrpc.A2AServiceBlockingStub stub, A2AServiceGrpc.A2AServiceBlockingStub bare) throws Exception;
    }

    /** Something done with one stub. */
    interface StubUse {
        void run(A2AServiceGrpc.A2AServiceBlockingStub stub) throws Exception;
    }

    /**
     * Opens a channel to the GRPC interface for one check, with and without the version metadata; both carry the
     * probe's credentials as metadata.
     */
    private static Requirement.Check withStub(StubCheck body) {
        return p -> onChannel(p, bare -> body.run(withVersion(bare), bare));
    }

    /** The stub with {@code a2a-version: 1.0}, as every 1.0 call needs. */
    static A2AServiceGrpc.A2AServiceBlockingStub withVersion(A2AServiceGrpc.A2AServiceBlockingStub stub) {
        Metadata version = new Metadata();
        version.put(VERSION, "1.0");
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(version));
    }

    /** Runs {@code body} with a stub to the probe's GRPC interface that presents the probe's credentials. */
    static void onChannel(Probe p, StubUse body) throws Exception {
        String url = p.interfaceUrl("GRPC").orElseThrow(() -> new NotApplicable("the card lists no GRPC 1.0 interface"));
        String address = url.replaceFirst("^[a-z]+://", "").replaceFirst("/.*$", "");
        int colon = address.lastIndexOf(':');
        ChannelCredentials transport = InsecureChannelCredentials.create();
        if (url.startsWith("https://")) {
            TlsChannelCredentials.Builder tls = TlsChannelCredentials.newBuilder();
            if (p.trust() != null) {
                tls.trustManager(p.trust().getTrustManagers());
            }
            transport = tls.build();
        }
        ManagedChannel channel = NettyChannelBuilder.forAddress(address.substring(0, colon).replace("[", "").replace("]", ""),
                Integer.parseInt(address.substring(colon + 1)), transport).build();
        try {
            Metadata credentials = new Metadata();
            p.credentials().forEach((name, value) -> credentials.put(
                    Metadata.Key.of(name.toLowerCase(Locale.ROOT), Metadata.ASCII_STRING_MARSHALLER), value));
            body.run(A2AServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS)
                    .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(credentials)));
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static SendMessageRequest send(String prefix) {
        return SendMessageRequest.newBuilder().setMessage(Message.newBuilder().setMessageId(Probe.messageId(prefix))
                .setRole(Role.ROLE_USER).addParts(Part.newBuilder().setText("conformance"))).build();
    }

    private static StatusRuntimeException failure(Runnable call) {
        try {
            call.run();
        } catch (StatusRuntimeException e) {
            return e;
        }
        throw new CheckFailure("the call succeeded where an error was required");
    }

    private static String reason(StatusRuntimeException e) {
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        if (status != null) {
            for (Any detail : status.getDetailsList()) {
                if (detail.is(ErrorInfo.class)) {
                    try {
                        ErrorInfo info = detail.unpack(ErrorInfo.class);
                        return "a2a-protocol.org".equals(info.getDomain()) ? info.getReason() : "";
                    } catch (com.google.protobuf.InvalidProtocolBufferException malformed) {
                        return "";
                    }
                }
            }
        }
        return "";
    }

    static List<Requirement> all() {
        return List.of(
                check("GRPC-SVC-001", Level.MUST, "Implement A2AService gRPC service", withStub((stub, bare) -> {
                    expect(stub.sendMessage(send("tck-complete-task")).hasTask(), "SendMessage did not return a task");
                    stub.listTasks(ListTasksRequest.getDefaultInstance());
                })),
                check("GRPC-SVC-002", Level.MUST, "Use Protocol Buffers version 3 serialization", withStub((stub, bare) ->
                        expect(stub.sendMessage(send("tck-message-response")).getMessage().getPartsCount() > 0,
                                "the binary response did not decode into the proto3 model"))),
                check("GRPC-SVC-003", Level.MUST, "gRPC over HTTP/2 with TLS", TlsChecks::grpcUsesTls),
                check("GRPC-META-001", Level.MUST, "Service parameters transmitted as gRPC metadata", withStub((stub, bare) -> {
                    StatusRuntimeException refused = failure(() -> bare.listTasks(ListTasksRequest.getDefaultInstance()));
                    expect("VERSION_NOT_SUPPORTED".equals(reason(refused)), "a call without a2a-version was not refused as 0.3: " + refused);
                })),
                check("GRPC-ERR-001", Level.MUST, "A2A errors include ErrorInfo in status details", withStub((stub, bare) -> {
                    StatusRuntimeException missing = failure(() -> stub.getTask(GetTaskRequest.newBuilder().setId(UUID.randomUUID().toString()).build()));
                    expect("TASK_NOT_FOUND".equals(reason(missing)), "no ErrorInfo TASK_NOT_FOUND: " + missing);
                })),
                check("GRPC-ERR-002", Level.MUST, "A2A error types mapped to correct gRPC status codes", withStub((stub, bare) -> {
                    StatusRuntimeException missing = failure(() -> stub.getTask(GetTaskRequest.newBuilder().setId(UUID.randomUUID().toString()).build()));
                    expect(missing.getStatus().getCode() == Status.Code.NOT_FOUND, "TaskNotFound as " + missing.getStatus().getCode());
                    String done = stub.sendMessage(send("tck-complete-task")).getTask().getId();
                    StatusRuntimeException notCancelable = failure(() -> stub.cancelTask(CancelTaskRequest.newBuilder().setId(done).build()));
                    expect(notCancelable.getStatus().getCode() == Status.Code.FAILED_PRECONDITION,
                            "TaskNotCancelable as " + notCancelable.getStatus().getCode());
                })),
                check("GRPC-ERR-003", Level.MUST, "gRPC streaming uses server streaming RPCs", withStub((stub, bare) -> {
                    List<StreamResponse> events = new ArrayList<>();
                    stub.sendStreamingMessage(send("tck-stream-001")).forEachRemaining(events::add);
                    expect(events.size() > 1 && events.get(0).hasTask(), "not a server stream of events: " + events);
                })));
    }
}
