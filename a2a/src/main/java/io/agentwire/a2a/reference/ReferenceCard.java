package io.agentwire.a2a.reference;

import io.agentwire.a2a.model.AgentCapabilities;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.AgentProvider;
import io.agentwire.a2a.model.AgentSkill;

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
}
