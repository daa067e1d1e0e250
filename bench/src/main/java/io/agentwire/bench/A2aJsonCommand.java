package io.agentwire.bench;

import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import com.google.protobuf.Struct;
import com.google.protobuf.Timestamp;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;
import io.agentwire.a2a.json.ProtoJson;
import io.agentwire.a2a.json.RequiredFields;
import io.agentwire.a2a.model.Artifact;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.Role;
import io.agentwire.a2a.model.SendMessageRequest;
import io.agentwire.a2a.model.SendMessageResponse;
import io.agentwire.a2a.model.Task;
import io.agentwire.a2a.model.TaskState;
import io.agentwire.a2a.model.TaskStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The A2A JSON codec alone, one thread: protobuf-java-util's JsonFormat (what {@code ProtoJson} used to be) against
 * {@code ProtoJson}, on the a2a-http bench's request and answer and on a larger task. The JsonFormat side does what the
 * old code did on each path (bytes decoded to a string, a JSON-RPC {@code params} tree printed back to text), so the
 * ratio is what a call gains, not only the parser's.
 */
@Command(name = "a2a-json", mixinStandardHelpOptions = true,
        description = "ProtoJSON parse and print per call: JsonFormat vs Agentwire's codec, one thread.")
final class A2aJsonCommand implements Callable<Integer> {
    private static final String REQUEST =
            "{\"message\":{\"messageId\":\"bench-1\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"hello\"}]}}";
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer()
            .includingDefaultValueFields(RequiredFields.all()).omittingInsignificantWhitespace();
    /** Built once, as the old ProtoJson held it: building it per call would charge JsonFormat for set-up. */
    private static final JsonFormat.Parser PARSER = JsonFormat.parser();
    private static final JsonMapper TREES = JsonMapper.builder().build();

    @Option(names = "--warmup", defaultValue = "3s", converter = DurationConverter.class, description = "Warm-up per case (default: 3s).")
    Duration warmup;

    @Option(names = "--duration", defaultValue = "3s", converter = DurationConverter.class, description = "Measured time per case (default: 3s).")
    Duration duration;

    private long sink;

    @Override
    public Integer call() throws Exception {
        byte[] request = REQUEST.getBytes(StandardCharsets.UTF_8);
        JsonNode requestTree = TREES.readTree(request);
        Message answer = SendMessageResponse.newBuilder().setMessage(io.agentwire.a2a.model.Message.newBuilder()
                .setMessageId("9f0c3f1e-0d7e-4a8e-9f53-1c6a1d0e2b7a").setContextId("c0b6a1f4-5f6e-4d1b-8a7c-2e9d3f4a5b6c")
                .setRole(Role.ROLE_AGENT).addParts(Part.newBuilder().setText("ok"))).build();
        Message task = largeTask();
        String taskJson = ProtoJson.print(task);
        String taskCase = "Task (" + taskJson.length() + " B)";
        System.out.println("| case | JsonFormat µs/op | ProtoJson µs/op | speed-up |");
        System.out.println("| --- | ---: | ---: | ---: |");
        compare("parse SendMessageRequest (bytes)",
                () -> jsonFormat(new String(request, StandardCharsets.UTF_8), SendMessageRequest.newBuilder()),
                () -> ProtoJson.parse(request, SendMessageRequest.newBuilder()));
        compare("parse SendMessageRequest (tree)", () -> jsonFormat(requestTree.toString(), SendMessageRequest.newBuilder()),
                () -> ProtoJson.parse(requestTree, SendMessageRequest.newBuilder()));
        compare("print SendMessageResponse", () -> PRINTER.print(answer).getBytes(StandardCharsets.UTF_8),
                () -> ProtoJson.printBytes(answer));
        compare("parse " + taskCase, () -> jsonFormat(taskJson, Task.newBuilder()),
                () -> ProtoJson.parse(taskJson, Task.newBuilder()));
        compare("print " + taskCase, () -> PRINTER.print(task).getBytes(StandardCharsets.UTF_8), () -> ProtoJson.printBytes(task));
        System.err.println("(checksum " + sink + ")");
        return 0;
    }

    private static Message.Builder jsonFormat(String json, Message.Builder builder) throws Exception {
        PARSER.merge(json, builder);
        return builder;
    }

    private interface Op {
        Object run() throws Exception;
    }

    private void compare(String name, Op before, Op after) throws Exception {
        double oldMicros = time(before);
        double newMicros = time(after);
        System.out.printf("| %s | %.2f | %.2f | %.1f× |%n", name, oldMicros, newMicros, oldMicros / newMicros);
    }

    private double time(Op op) throws Exception {
        run(op, warmup);
        return run(op, duration);
    }

    /** Microseconds per call over {@code length}, checked in batches so the clock is not the cost. */
    private double run(Op op, Duration length) throws Exception {
        long end = System.nanoTime() + length.toNanos();
        long start = System.nanoTime();
        long calls = 0;
        long now;
        do {
            for (int i = 0; i < 1000; i++) {
                sink += op.run().hashCode();
            }
            calls += 1000;
            now = System.nanoTime();
        } while (now < end);
        return (now - start) / 1000.0 / calls;
    }

    private static Task largeTask() {
        Task.Builder task = Task.newBuilder().setId("task-1").setContextId("context-1")
                .setStatus(TaskStatus.newBuilder().setState(TaskState.TASK_STATE_COMPLETED)
                        .setTimestamp(Timestamp.newBuilder().setSeconds(1_763_800_000L).setNanos(123_000_000)));
        for (int i = 0; i < 6; i++) {
            task.addHistory(io.agentwire.a2a.model.Message.newBuilder().setMessageId("m-" + i).setTaskId("task-1")
                    .setRole(i % 2 == 0 ? Role.ROLE_USER : Role.ROLE_AGENT)
                    .addParts(Part.newBuilder().setText("Message number " + i + " with <some> text & \"quotes\""))
                    .setMetadata(Struct.newBuilder().putFields("index", Value.newBuilder().setNumberValue(i).build())));
        }
        task.addArtifacts(Artifact.newBuilder().setArtifactId("a-1").setName("result")
                .addParts(Part.newBuilder().setData(Value.newBuilder().setStructValue(Struct.newBuilder()
                        .putFields("rows", Value.newBuilder().setNumberValue(42).build())
                        .putFields("label", Value.newBuilder().setStringValue("answer").build()))))
                .addParts(Part.newBuilder().setRaw(ByteString.copyFromUtf8("binary payload"))
                        .setMediaType("application/octet-stream")));
        return task.build();
    }
}
