package io.agentwire.a2a.transport.grpc;

import com.google.protobuf.Any;
import com.google.rpc.ErrorInfo;
import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;

/**
 * A2A errors as gRPC statuses (specification section 10.6): the status code of the error table, the message, and a
 * {@code google.rpc.ErrorInfo} detail with the A2A reason and domain, so clients can tell the A2A errors apart.
 */
public final class GrpcErrors {
    private GrpcErrors() {
    }

    public static StatusRuntimeException toStatus(A2aException error) {
        A2aError kind = error.error();
        com.google.rpc.Status status = com.google.rpc.Status.newBuilder()
                .setCode(Status.Code.valueOf(kind.grpcStatus()).value())
                .setMessage(error.getMessage())
                .addDetails(Any.pack(ErrorInfo.newBuilder().setReason(kind.reason()).setDomain(A2aError.DOMAIN).build()))
                .build();
        return StatusProto.toStatusRuntimeException(status);
    }

    /** The A2A error a gRPC failure carries, read from its ErrorInfo, else from its status code. */
    public static A2aException fromStatus(Throwable failure) {
        com.google.rpc.Status status = StatusProto.fromThrowable(failure);
        if (status != null) {
            for (Any detail : status.getDetailsList()) {
                if (detail.is(ErrorInfo.class)) {
                    try {
                        A2aError kind = A2aError.fromReason(detail.unpack(ErrorInfo.class).getReason());
                        if (kind != null) {
                            return new A2aException(kind, status.getMessage(), failure);
                        }
                    } catch (com.google.protobuf.InvalidProtocolBufferException ignored) {
                        // a malformed detail: fall through to the status code
                    }
                }
            }
        }
        Status plain = Status.fromThrowable(failure);
        A2aError kind;
        switch (plain.getCode()) {
            case NOT_FOUND:
                kind = A2aError.TASK_NOT_FOUND;
                break;
            case INVALID_ARGUMENT:
                kind = A2aError.INVALID_PARAMS;
                break;
            case UNIMPLEMENTED:
                kind = A2aError.METHOD_NOT_FOUND;
                break;
            case UNAUTHENTICATED:
                kind = A2aError.UNAUTHENTICATED;
                break;
            case PERMISSION_DENIED:
                kind = A2aError.PERMISSION_DENIED;
                break;
            default:
                kind = A2aError.INTERNAL_ERROR;
        }
        return new A2aException(kind, plain.getDescription(), failure);
    }
}
