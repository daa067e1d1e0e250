package io.agentwire.a2a.compat;

import io.agentwire.a2a.model.APIKeySecurityScheme;
import io.agentwire.a2a.model.AuthorizationCodeOAuthFlow;
import io.agentwire.a2a.model.ClientCredentialsOAuthFlow;
import io.agentwire.a2a.model.HTTPAuthSecurityScheme;
import io.agentwire.a2a.model.ImplicitOAuthFlow;
import io.agentwire.a2a.model.MutualTlsSecurityScheme;
import io.agentwire.a2a.model.OAuth2SecurityScheme;
import io.agentwire.a2a.model.OAuthFlows;
import io.agentwire.a2a.model.OpenIdConnectSecurityScheme;
import io.agentwire.a2a.model.PasswordOAuthFlow;
import io.agentwire.a2a.model.SecurityRequirement;
import io.agentwire.a2a.model.SecurityScheme;
import io.agentwire.a2a.model.StringList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A card's security schemes and requirements in the OpenAPI-like 0.3 shape: one object per scheme with a
 * {@code type} ({@code apiKey}, {@code http}, {@code oauth2}, {@code openIdConnect}, {@code mutualTLS}) instead of
 * 1.0's oneof wrapper. The device-code flow is new in 1.0 and has no 0.3 spelling: it is left out, so a 0.3 client
 * sees an OAuth2 scheme without that flow rather than one it cannot parse.
 */
final class V03SecuritySchemes {
    private V03SecuritySchemes() {
    }

    static ObjectNode toV03(Map<String, SecurityScheme> schemes) {
        ObjectNode json = V03Json.object();
        schemes.forEach((name, scheme) -> {
            ObjectNode converted = toV03(scheme);
            if (converted != null) {
                json.set(name, converted);
            }
        });
        return json;
    }

    /** The scheme, or {@code null} for an empty one (a oneof that was never set). */
    static ObjectNode toV03(SecurityScheme scheme) {
        ObjectNode json = V03Json.object();
        switch (scheme.getSchemeCase()) {
            case API_KEY_SECURITY_SCHEME:
                APIKeySecurityScheme apiKey = scheme.getApiKeySecurityScheme();
                json.put("type", "apiKey");
                json.put("in", apiKey.getLocation().toLowerCase(Locale.ROOT));
                json.put("name", apiKey.getName());
                V03Json.putIfNotEmpty(json, "description", apiKey.getDescription());
                return json;
            case HTTP_AUTH_SECURITY_SCHEME:
                HTTPAuthSecurityScheme http = scheme.getHttpAuthSecurityScheme();
                json.put("type", "http");
                json.put("scheme", http.getScheme());
                V03Json.putIfNotEmpty(json, "bearerFormat", http.getBearerFormat());
                V03Json.putIfNotEmpty(json, "description", http.getDescription());
                return json;
            case OAUTH2_SECURITY_SCHEME:
                OAuth2SecurityScheme oauth = scheme.getOauth2SecurityScheme();
                json.put("type", "oauth2");
                json.set("flows", flows(oauth.getFlows()));
                V03Json.putIfNotEmpty(json, "oauth2MetadataUrl", oauth.getOauth2MetadataUrl());
                V03Json.putIfNotEmpty(json, "description", oauth.getDescription());
                return json;
            case OPEN_ID_CONNECT_SECURITY_SCHEME:
                json.put("type", "openIdConnect");
                json.put("openIdConnectUrl", scheme.getOpenIdConnectSecurityScheme().getOpenIdConnectUrl());
                V03Json.putIfNotEmpty(json, "description", scheme.getOpenIdConnectSecurityScheme().getDescription());
                return json;
            case MTLS_SECURITY_SCHEME:
                json.put("type", "mutualTLS");
                V03Json.putIfNotEmpty(json, "description", scheme.getMtlsSecurityScheme().getDescription());
                return json;
            default:
                return null;
        }
    }

    @SuppressWarnings("deprecation") // implicit and password are deprecated in 1.0 but still 0.3 flows
    private static ObjectNode flows(OAuthFlows flows) {
        ObjectNode json = V03Json.object();
        switch (flows.getFlowCase()) {
            case AUTHORIZATION_CODE:
                AuthorizationCodeOAuthFlow code = flows.getAuthorizationCode();
                ObjectNode authorizationCode = json.putObject("authorizationCode");
                authorizationCode.put("authorizationUrl", code.getAuthorizationUrl());
                authorizationCode.put("tokenUrl", code.getTokenUrl());
                V03Json.putIfNotEmpty(authorizationCode, "refreshUrl", code.getRefreshUrl());
                authorizationCode.set("scopes", scopes(code.getScopesMap()));
                break;
            case CLIENT_CREDENTIALS:
                ClientCredentialsOAuthFlow client = flows.getClientCredentials();
                ObjectNode clientCredentials = json.putObject("clientCredentials");
                clientCredentials.put("tokenUrl", client.getTokenUrl());
                V03Json.putIfNotEmpty(clientCredentials, "refreshUrl", client.getRefreshUrl());
                clientCredentials.set("scopes", scopes(client.getScopesMap()));
                break;
            case IMPLICIT:
                ImplicitOAuthFlow implicit = flows.getImplicit();
                ObjectNode implicitJson = json.putObject("implicit");
                implicitJson.put("authorizationUrl", implicit.getAuthorizationUrl());
                V03Json.putIfNotEmpty(implicitJson, "refreshUrl", implicit.getRefreshUrl());
                implicitJson.set("scopes", scopes(implicit.getScopesMap()));
                break;
            case PASSWORD:
                PasswordOAuthFlow password = flows.getPassword();
                ObjectNode passwordJson = json.putObject("password");
                passwordJson.put("tokenUrl", password.getTokenUrl());
                V03Json.putIfNotEmpty(passwordJson, "refreshUrl", password.getRefreshUrl());
                passwordJson.set("scopes", scopes(password.getScopesMap()));
                break;
            default:
                // DEVICE_CODE (1.0 only) or none.
                break;
        }
        return json;
    }

    private static ObjectNode scopes(Map<String, String> scopes) {
        ObjectNode json = V03Json.object();
        scopes.forEach(json::put);
        return json;
    }

    /** 1.0's {@code SecurityRequirement{schemes: {name: {list: [...]}}}} as 0.3's {@code {name: [...]}}. */
    static ArrayNode requirements(List<SecurityRequirement> requirements) {
        ArrayNode json = V03Json.array();
        for (SecurityRequirement requirement : requirements) {
            ObjectNode entry = json.addObject();
            for (Map.Entry<String, StringList> scheme : requirement.getSchemesMap().entrySet()) {
                ArrayNode scopes = entry.putArray(scheme.getKey());
                scheme.getValue().getListList().forEach(scopes::add);
            }
        }
        return json;
    }

    /** A 0.3 scheme object as the 1.0 oneof; an unknown {@code type} is invalid. */
    @SuppressWarnings("deprecation") // implicit and password flows are read as 0.3 cards still declare them
    static SecurityScheme fromV03(JsonNode json, String path) {
        V03Json.requireObject(json, path);
        String description = V03Json.optString(json, "description", path);
        String type = V03Json.string(json, "type", path);
        SecurityScheme.Builder scheme = SecurityScheme.newBuilder();
        switch (type) {
            case "apiKey":
                return scheme.setApiKeySecurityScheme(APIKeySecurityScheme.newBuilder()
                        .setLocation(V03Json.string(json, "in", path)).setName(V03Json.string(json, "name", path))
                        .setDescription(orEmpty(description))).build();
            case "http":
                return scheme.setHttpAuthSecurityScheme(HTTPAuthSecurityScheme.newBuilder()
                        .setScheme(V03Json.string(json, "scheme", path))
                        .setBearerFormat(orEmpty(V03Json.optString(json, "bearerFormat", path)))
                        .setDescription(orEmpty(description))).build();
            case "oauth2":
                JsonNode flows = V03Json.object(json, "flows", path);
                OAuthFlows.Builder flow = OAuthFlows.newBuilder();
                JsonNode code = V03Json.optObject(flows, "authorizationCode", path);
                JsonNode client = V03Json.optObject(flows, "clientCredentials", path);
                if (client != null) {
                    flow.setClientCredentials(ClientCredentialsOAuthFlow.newBuilder()
                            .setTokenUrl(V03Json.string(client, "tokenUrl", path))
                            .setRefreshUrl(orEmpty(V03Json.optString(client, "refreshUrl", path)))
                            .putAllScopes(scopesFromV03(client, path)));
                } else if (code != null) {
                    flow.setAuthorizationCode(AuthorizationCodeOAuthFlow.newBuilder()
                            .setAuthorizationUrl(V03Json.string(code, "authorizationUrl", path))
                            .setTokenUrl(V03Json.string(code, "tokenUrl", path))
                            .setRefreshUrl(orEmpty(V03Json.optString(code, "refreshUrl", path)))
                            .putAllScopes(scopesFromV03(code, path)));
                }
                return scheme.setOauth2SecurityScheme(OAuth2SecurityScheme.newBuilder().setFlows(flow)
                        .setOauth2MetadataUrl(orEmpty(V03Json.optString(json, "oauth2MetadataUrl", path)))
                        .setDescription(orEmpty(description))).build();
            case "openIdConnect":
                return scheme.setOpenIdConnectSecurityScheme(OpenIdConnectSecurityScheme.newBuilder()
                        .setOpenIdConnectUrl(V03Json.string(json, "openIdConnectUrl", path))
                        .setDescription(orEmpty(description))).build();
            case "mutualTLS":
                return scheme.setMtlsSecurityScheme(MutualTlsSecurityScheme.newBuilder()
                        .setDescription(orEmpty(description))).build();
            default:
                throw io.agentwire.a2a.error.A2aException.invalidParams(path + ".type " + type + " is not a 0.3 scheme type");
        }
    }

    private static Map<String, String> scopesFromV03(JsonNode flow, String path) {
        Map<String, String> scopes = new LinkedHashMap<>();
        JsonNode json = V03Json.optObject(flow, "scopes", path);
        if (json != null) {
            json.properties().forEach(entry -> scopes.put(entry.getKey(), entry.getValue().asString("")));
        }
        return scopes;
    }

    /** 0.3's {@code [{name: [scopes]}]} at {@code field} as 1.0 requirements; empty when absent. */
    static List<SecurityRequirement> requirementsFromV03(JsonNode parent, String field, String path) {
        List<SecurityRequirement> requirements = new ArrayList<>();
        for (JsonNode entry : V03Json.array(parent, field, path)) {
            V03Json.requireObject(entry, path + "." + field);
            SecurityRequirement.Builder requirement = SecurityRequirement.newBuilder();
            entry.properties().forEach(scheme -> requirement.putSchemes(scheme.getKey(), StringList.newBuilder()
                    .addAllList(V03Json.strings(entry, scheme.getKey(), path + "." + field)).build()));
            requirements.add(requirement.build());
        }
        return requirements;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
