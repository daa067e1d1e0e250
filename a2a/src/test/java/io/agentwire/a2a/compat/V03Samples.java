package io.agentwire.a2a.compat;

import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.AgentExtension;
import io.agentwire.a2a.model.AgentInterface;
import io.agentwire.a2a.model.APIKeySecurityScheme;
import io.agentwire.a2a.model.AuthorizationCodeOAuthFlow;
import io.agentwire.a2a.model.DeviceCodeOAuthFlow;
import io.agentwire.a2a.model.HTTPAuthSecurityScheme;
import io.agentwire.a2a.model.MutualTlsSecurityScheme;
import io.agentwire.a2a.model.OAuth2SecurityScheme;
import io.agentwire.a2a.model.OAuthFlows;
import io.agentwire.a2a.model.OpenIdConnectSecurityScheme;
import io.agentwire.a2a.model.SecurityRequirement;
import io.agentwire.a2a.model.SecurityScheme;
import io.agentwire.a2a.model.StringList;
import io.agentwire.a2a.reference.ReferenceCard;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Hand-written 0.3 wire samples (our own, in the shapes of the 0.3 schema) and a 1.0 card with every kind of field. */
final class V03Samples {
    static final String TEXT_PART = "{\"kind\":\"text\",\"text\":\"hello\",\"metadata\":{\"lang\":\"en\"}}";
    static final String FILE_BYTES_PART = "{\"kind\":\"file\",\"file\":{\"bytes\":\"SGVsbG8=\",\"mimeType\":\"text/plain\","
            + "\"name\":\"hello.txt\"}}";
    static final String FILE_URI_PART = "{\"kind\":\"file\",\"file\":{\"uri\":\"https://files.example.com/report.pdf\","
            + "\"mimeType\":\"application/pdf\",\"name\":\"report.pdf\"}}";
    static final String DATA_PART = "{\"kind\":\"data\",\"data\":{\"city\":\"Lyon\",\"count\":42,\"ratio\":0.5,"
            + "\"nested\":{\"list\":[1,true,null,\"x\"]}}}";
    static final List<String> PARTS = List.of(TEXT_PART, FILE_BYTES_PART, FILE_URI_PART, DATA_PART);

    static final String MESSAGE = "{\"kind\":\"message\",\"messageId\":\"m-1\",\"role\":\"user\",\"contextId\":\"ctx-1\","
            + "\"taskId\":\"task-1\",\"referenceTaskIds\":[\"task-0\"],\"extensions\":[\"https://example.com/ext/v1\"],"
            + "\"metadata\":{\"trace\":\"abc\"},\"parts\":[" + String.join(",", PARTS) + "]}";

    static final String TASK = "{\"kind\":\"task\",\"id\":\"task-1\",\"contextId\":\"ctx-1\","
            + "\"status\":{\"state\":\"input-required\",\"timestamp\":\"2025-07-31T12:00:00Z\","
            + "\"message\":{\"kind\":\"message\",\"messageId\":\"m-2\",\"role\":\"agent\",\"parts\":[{\"kind\":\"text\",\"text\":\"Which city?\"}]}},"
            + "\"artifacts\":[{\"artifactId\":\"a-1\",\"name\":\"result\",\"description\":\"The answer\","
            + "\"parts\":[" + DATA_PART + "],\"extensions\":[\"https://example.com/ext/v1\"],\"metadata\":{\"v\":1}}],"
            + "\"history\":[" + MESSAGE + "],\"metadata\":{\"priority\":\"high\"}}";

    static final String STATUS_UPDATE = "{\"kind\":\"status-update\",\"taskId\":\"task-1\",\"contextId\":\"ctx-1\","
            + "\"status\":{\"state\":\"completed\",\"timestamp\":\"2025-07-31T12:00:01.250Z\"},\"final\":true}";

    static final String ARTIFACT_UPDATE = "{\"kind\":\"artifact-update\",\"taskId\":\"task-1\",\"contextId\":\"ctx-1\","
            + "\"artifact\":{\"artifactId\":\"a-1\",\"parts\":[" + TEXT_PART + "]},\"append\":true,\"lastChunk\":true}";

    static final String PUSH_CONFIG = "{\"taskId\":\"task-1\",\"pushNotificationConfig\":{\"id\":\"hook-1\","
            + "\"url\":\"https://hooks.example.com/a2a\",\"token\":\"tok\","
            + "\"authentication\":{\"schemes\":[\"Bearer\"],\"credentials\":\"secret\"}}}";

    static final String SEND_PARAMS = "{\"message\":" + MESSAGE + ",\"configuration\":{\"acceptedOutputModes\":[\"text/plain\"],"
            + "\"blocking\":false,\"historyLength\":3,\"pushNotificationConfig\":{\"url\":\"https://hooks.example.com/a2a\","
            + "\"authentication\":{\"schemes\":[\"Bearer\"],\"credentials\":\"secret\"}}},\"metadata\":{\"k\":\"v\"}}";

    private V03Samples() {
    }

    static JsonNode json(String text) {
        return V03TestClient.JSON.readTree(text);
    }

    /** The tree as it reads back from its text: numbers compare by value, whatever node class built them. */
    static JsonNode normalized(JsonNode tree) {
        return json(V03Json.write(tree));
    }

    /** The reference card with interfaces of both versions, every security scheme type, and an extension. */
    @SuppressWarnings("deprecation")
    static AgentCard card() {
        return ReferenceCard.template().toBuilder()
                .addSupportedInterfaces(AgentInterface.newBuilder().setUrl("http://127.0.0.1:8080/a2a/jsonrpc")
                        .setProtocolBinding("JSONRPC").setProtocolVersion("1.0"))
                .addSupportedInterfaces(AgentInterface.newBuilder().setUrl("http://127.0.0.1:8080/a2a/rest")
                        .setProtocolBinding("HTTP+JSON").setProtocolVersion("1.0"))
                .addSupportedInterfaces(AgentInterface.newBuilder().setUrl("http://127.0.0.1:8080/a2a/v03")
                        .setProtocolBinding("JSONRPC").setProtocolVersion("0.3"))
                .addSupportedInterfaces(AgentInterface.newBuilder().setUrl("http://127.0.0.1:8080/a2a/v03/rest")
                        .setProtocolBinding("HTTP+JSON").setProtocolVersion("0.3.0"))
                .setDocumentationUrl("https://agentwire.io/docs").setIconUrl("https://agentwire.io/icon.png")
                .setCapabilities(ReferenceCard.template().getCapabilities().toBuilder()
                        .addExtensions(AgentExtension.newBuilder().setUri("https://example.com/ext/v1")
                                .setDescription("An extension").setRequired(false)
                                .setParams(V03Values.struct(json("{\"level\":2}"), "params"))))
                .putSecuritySchemes("bearer", SecurityScheme.newBuilder().setHttpAuthSecurityScheme(
                        HTTPAuthSecurityScheme.newBuilder().setScheme("Bearer").setBearerFormat("JWT")).build())
                .putSecuritySchemes("key", SecurityScheme.newBuilder().setApiKeySecurityScheme(
                        APIKeySecurityScheme.newBuilder().setLocation("header").setName("X-API-Key")).build())
                .putSecuritySchemes("oauth", SecurityScheme.newBuilder().setOauth2SecurityScheme(
                        OAuth2SecurityScheme.newBuilder().setFlows(OAuthFlows.newBuilder().setAuthorizationCode(
                                AuthorizationCodeOAuthFlow.newBuilder().setAuthorizationUrl("https://auth.example.com/authorize")
                                        .setTokenUrl("https://auth.example.com/token").putScopes("read", "Read access")))).build())
                .putSecuritySchemes("device", SecurityScheme.newBuilder().setOauth2SecurityScheme(
                        OAuth2SecurityScheme.newBuilder().setFlows(OAuthFlows.newBuilder().setDeviceCode(
                                DeviceCodeOAuthFlow.newBuilder().setDeviceAuthorizationUrl("https://auth.example.com/device")
                                        .setTokenUrl("https://auth.example.com/token")))).build())
                .putSecuritySchemes("oidc", SecurityScheme.newBuilder().setOpenIdConnectSecurityScheme(
                        OpenIdConnectSecurityScheme.newBuilder().setOpenIdConnectUrl(
                                "https://auth.example.com/.well-known/openid-configuration")).build())
                .putSecuritySchemes("mtls", SecurityScheme.newBuilder().setMtlsSecurityScheme(
                        MutualTlsSecurityScheme.newBuilder().setDescription("client certificates")).build())
                .addSecurityRequirements(SecurityRequirement.newBuilder()
                        .putSchemes("oauth", StringList.newBuilder().addList("read").build()))
                .addSecurityRequirements(SecurityRequirement.newBuilder()
                        .putSchemes("bearer", StringList.getDefaultInstance()))
                .build();
    }
}
