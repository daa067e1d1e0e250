package io.agentwire.a2a.json;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import io.agentwire.a2a.model.A2aProto;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields the specification marks REQUIRED ({@code google.api.field_behavior}). Our proto leaves the annotation
 * out, so the list lives here. ProtoJSON omits fields at their default value; a REQUIRED field is printed even
 * then (an empty {@code nextPageToken} on the last page, {@code skills: []} on a card without skills).
 */
public final class RequiredFields {
    private static final Map<String, List<String>> BY_MESSAGE = Map.ofEntries(
            Map.entry("Task", List.of("id", "status")),
            Map.entry("TaskStatus", List.of("state")),
            Map.entry("Message", List.of("message_id", "role", "parts")),
            Map.entry("Artifact", List.of("artifact_id", "parts")),
            Map.entry("TaskStatusUpdateEvent", List.of("task_id", "context_id", "status")),
            Map.entry("TaskArtifactUpdateEvent", List.of("task_id", "context_id", "artifact")),
            Map.entry("AuthenticationInfo", List.of("scheme")),
            Map.entry("AgentInterface", List.of("url", "protocol_binding", "protocol_version")),
            Map.entry("AgentCard", List.of("name", "description", "supported_interfaces", "version", "capabilities",
                    "default_input_modes", "default_output_modes", "skills")),
            Map.entry("AgentProvider", List.of("url", "organization")),
            Map.entry("AgentSkill", List.of("id", "name", "description", "tags")),
            Map.entry("AgentCardSignature", List.of("protected", "signature")),
            Map.entry("TaskPushNotificationConfig", List.of("url")),
            Map.entry("APIKeySecurityScheme", List.of("location", "name")),
            Map.entry("HTTPAuthSecurityScheme", List.of("scheme")),
            Map.entry("OAuth2SecurityScheme", List.of("flows")),
            Map.entry("OpenIdConnectSecurityScheme", List.of("open_id_connect_url")),
            Map.entry("AuthorizationCodeOAuthFlow", List.of("authorization_url", "token_url", "scopes")),
            Map.entry("ClientCredentialsOAuthFlow", List.of("token_url", "scopes")),
            Map.entry("DeviceCodeOAuthFlow", List.of("device_authorization_url", "token_url", "scopes")),
            Map.entry("SendMessageRequest", List.of("message")),
            Map.entry("GetTaskRequest", List.of("id")),
            Map.entry("ListTasksResponse", List.of("tasks", "next_page_token", "page_size", "total_size")),
            Map.entry("CancelTaskRequest", List.of("id")),
            Map.entry("GetTaskPushNotificationConfigRequest", List.of("task_id", "id")),
            Map.entry("DeleteTaskPushNotificationConfigRequest", List.of("task_id", "id")),
            Map.entry("SubscribeToTaskRequest", List.of("id")),
            Map.entry("ListTaskPushNotificationConfigsRequest", List.of("task_id")));

    private static final Set<FieldDescriptor> ALL = collect();

    private RequiredFields() {
    }

    /** Every REQUIRED field of the model. */
    public static Set<FieldDescriptor> all() {
        return ALL;
    }

    /** Whether {@code field} is REQUIRED. */
    public static boolean isRequired(FieldDescriptor field) {
        return ALL.contains(field);
    }

    private static Set<FieldDescriptor> collect() {
        Set<FieldDescriptor> fields = new HashSet<>();
        BY_MESSAGE.forEach((message, names) -> {
            Descriptor descriptor = A2aProto.getDescriptor().findMessageTypeByName(message);
            if (descriptor == null) {
                throw new IllegalStateException("a2a.proto has no message " + message);
            }
            for (String name : names) {
                FieldDescriptor field = descriptor.findFieldByName(name);
                if (field == null) {
                    throw new IllegalStateException("a2a.proto has no field " + message + "." + name);
                }
                fields.add(field);
            }
        });
        return Set.copyOf(fields);
    }
}
