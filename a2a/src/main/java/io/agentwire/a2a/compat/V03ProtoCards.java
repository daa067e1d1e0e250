package io.agentwire.a2a.compat;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import io.agentwire.a2a.compat.proto.V03Proto;
import io.agentwire.a2a.model.AgentCapabilities;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.AgentExtension;
import io.agentwire.a2a.model.AgentInterface;
import io.agentwire.a2a.model.AgentProvider;
import io.agentwire.a2a.model.AgentSkill;
import io.agentwire.a2a.model.SecurityRequirement;
import io.agentwire.a2a.model.SecurityScheme;
import java.util.HashSet;
import java.util.Set;

/**
 * The Agent Card between the 1.0 model and the 0.3 proto ({@code GetAgentCard} of the 0.3 gRPC binding). Only the
 * card itself differs in shape (interfaces, version, the extended-card flag); providers, extensions, skills, security
 * schemes and requirements have the same field numbers and types in both protos, 1.0 only having added fields, so
 * they are carried across as their encoded bytes. What 1.0 added (device-code flows, PKCE) thus reaches a 0.3 reader
 * as unknown fields, which it ignores. Signatures are left out, as on the 0.3 JSON card: they sign the 1.0 form.
 */
final class V03ProtoCards {
    private V03ProtoCards() {
    }

    /** @param v03Url the card's main url, as for {@link V03Cards#toV03(AgentCard, String)} */
    static V03Proto.AgentCard toV03(AgentCard card, String v03Url) {
        V03Proto.AgentCard.Builder v03 = V03Proto.AgentCard.newBuilder()
                .setProtocolVersion(V03Cards.PROTOCOL_VERSION)
                .setName(card.getName())
                .setDescription(card.getDescription())
                .setVersion(card.getVersion())
                .setDocumentationUrl(card.getDocumentationUrl())
                .setUrl(v03Url)
                .addAllDefaultInputModes(card.getDefaultInputModesList())
                .addAllDefaultOutputModes(card.getDefaultOutputModesList())
                .setSupportsAuthenticatedExtendedCard(card.getCapabilities().getExtendedAgentCard());
        for (AgentInterface each : V03Cards.interfaces(card, v03Url)) {
            v03.addAdditionalInterfaces(V03Proto.AgentInterface.newBuilder().setUrl(each.getUrl())
                    .setTransport(each.getProtocolBinding()));
        }
        v03.setPreferredTransport(v03.getAdditionalInterfaces(0).getTransport());
        if (card.hasProvider()) {
            v03.setProvider(recode(card.getProvider(), V03Proto.AgentProvider.parser()));
        }
        AgentCapabilities capabilities = card.getCapabilities();
        V03Proto.AgentCapabilities.Builder v03Capabilities = V03Proto.AgentCapabilities.newBuilder()
                .setStreaming(capabilities.getStreaming()).setPushNotifications(capabilities.getPushNotifications());
        capabilities.getExtensionsList().forEach(e -> v03Capabilities.addExtensions(recode(e, V03Proto.AgentExtension.parser())));
        v03.setCapabilities(v03Capabilities);
        card.getSecuritySchemesMap().forEach((name, scheme) ->
                v03.putSecuritySchemes(name, recode(scheme, V03Proto.SecurityScheme.parser())));
        card.getSecurityRequirementsList().forEach(r -> v03.addSecurity(recode(r, V03Proto.Security.parser())));
        card.getSkillsList().forEach(skill -> v03.addSkills(recode(skill, V03Proto.AgentSkill.parser())));
        return v03.build();
    }

    /** Every interface of the 0.3 card, the main one first, with {@code protocolVersion} "0.3". */
    static AgentCard fromV03(V03Proto.AgentCard v03) {
        AgentCard.Builder card = AgentCard.newBuilder()
                .setName(v03.getName())
                .setDescription(v03.getDescription())
                .setVersion(v03.getVersion())
                .addAllDefaultInputModes(v03.getDefaultInputModesList())
                .addAllDefaultOutputModes(v03.getDefaultOutputModesList());
        Set<String> seen = new HashSet<>();
        V03CardReader.add(card, seen, v03.getUrl(), v03.getPreferredTransport().isEmpty() ? "JSONRPC" : v03.getPreferredTransport());
        v03.getAdditionalInterfacesList().forEach(i -> V03CardReader.add(card, seen, i.getUrl(), i.getTransport()));
        if (!v03.getDocumentationUrl().isEmpty()) {
            card.setDocumentationUrl(v03.getDocumentationUrl());
        }
        if (v03.hasProvider()) {
            card.setProvider(recode(v03.getProvider(), AgentProvider.parser()));
        }
        AgentCapabilities.Builder capabilities = AgentCapabilities.newBuilder()
                .setStreaming(v03.getCapabilities().getStreaming())
                .setPushNotifications(v03.getCapabilities().getPushNotifications())
                .setExtendedAgentCard(v03.getSupportsAuthenticatedExtendedCard());
        v03.getCapabilities().getExtensionsList().forEach(e -> capabilities.addExtensions(recode(e, AgentExtension.parser())));
        card.setCapabilities(capabilities);
        v03.getSecuritySchemesMap().forEach((name, scheme) -> card.putSecuritySchemes(name, recode(scheme, SecurityScheme.parser())));
        v03.getSecurityList().forEach(r -> card.addSecurityRequirements(recode(r, SecurityRequirement.parser())));
        v03.getSkillsList().forEach(skill -> card.addSkills(recode(skill, AgentSkill.parser())));
        return card.build();
    }

    /** A message as its namesake of the other version, which has the same field numbers and types. */
    private static <T extends Message> T recode(Message from, Parser<T> to) {
        try {
            return to.parseFrom(from.toByteString());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("The 0.3 and 1.0 " + from.getDescriptorForType().getName()
                    + " messages no longer share their wire form", e);
        }
    }
}
