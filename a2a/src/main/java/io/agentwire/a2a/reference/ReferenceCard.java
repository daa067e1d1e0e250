package io.agentwire.a2a.reference;

import io.agentwire.a2a.model.AgentCapabilities;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.AgentProvider;
import io.agentwire.a2a.model.AgentSkill;
import io.agentwire.a2a.model.APIKeySecurityScheme;
import io.agentwire.a2a.model.SecurityRequirement;
import io.agentwire.a2a.model.SecurityScheme;
import io.agentwire.a2a.model.StringList;

/** The card of the reference agent: every optional capability declared, so every TCK requirement applies. */
public final class ReferenceCard {
    private ReferenceCard() {
    }

    /** Without interfaces: the server adds them with the address it is bound to. */
    public static AgentCard template() {
        return AgentCard.newBuilder()
                .setName("Agentwire reference agent")
                .setDescription("Follows the A2A TCK messageId-prefix contract; echoes anything else.")
                .setVersion("0.1.0")
                .setProvider(AgentProvider.newBuilder().setOrganization("Agentwire").setUrl("https://agentwire.io"))
                .setCapabilities(AgentCapabilities.newBuilder().setStreaming(true).setPushNotifications(true)
                        .setExtendedAgentCard(true))
                .addDefaultInputModes("text/plain").addDefaultInputModes("application/json")
                .addDefaultOutputModes("text/plain").addDefaultOutputModes("application/json")
                .addSkills(AgentSkill.newBuilder().setId("tck").setName("TCK behaviours")
                        .setDescription("Completes, streams, asks for input or rejects as the messageId prefix says.")
                        .addTags("conformance").addExamples("tck-complete-task-1"))
                .build();
    }

    /** The name of the API key scheme of {@link #requiringApiKey}. */
    public static final String API_KEY_SCHEME = "apiKey";
    /** The header that carries the API key. */
    public static final String API_KEY_HEADER = "X-API-Key";

    /** The card with one security requirement: an API key in {@value #API_KEY_HEADER}. */
    public static AgentCard requiringApiKey(AgentCard card) {
        return card.toBuilder()
                .putSecuritySchemes(API_KEY_SCHEME, SecurityScheme.newBuilder().setApiKeySecurityScheme(
                        APIKeySecurityScheme.newBuilder().setLocation("header").setName(API_KEY_HEADER)
                                .setDescription("Issued to each caller; tasks are private to their caller.")).build())
                .addSecurityRequirements(SecurityRequirement.newBuilder().putSchemes(API_KEY_SCHEME,
                        StringList.getDefaultInstance()))
                .build();
    }
}
