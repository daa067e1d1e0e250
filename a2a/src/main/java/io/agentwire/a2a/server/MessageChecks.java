package io.agentwire.a2a.server;

import io.agentwire.a2a.error.A2aError;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.AgentCard;
import io.agentwire.a2a.model.AgentExtension;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.Role;
import io.agentwire.a2a.model.SendMessageRequest;

/** What every incoming {@code SendMessage} must satisfy before an executor sees it. */
final class MessageChecks {
    private MessageChecks() {
    }

    static void check(SendMessageRequest request, AgentCard card, CallContext call) {
        if (!request.hasMessage()) {
            throw A2aException.invalidParams("The request has no message");
        }
        Message message = request.getMessage();
        if (message.getMessageId().isEmpty()) {
            throw A2aException.invalidParams("The message has no messageId");
        }
        if (message.getRole() != Role.ROLE_USER && message.getRole() != Role.ROLE_AGENT) {
            throw A2aException.invalidParams("The message has no valid role (ROLE_USER or ROLE_AGENT)");
        }
        if (message.getPartsCount() == 0) {
            throw A2aException.invalidParams("The message has no parts");
        }
        if (request.hasConfiguration() && request.getConfiguration().hasHistoryLength()
                && request.getConfiguration().getHistoryLength() < 0) {
            throw A2aException.invalidParams("historyLength must not be negative");
        }
        for (Part part : message.getPartsList()) {
            if (part.getContentCase() == Part.ContentCase.CONTENT_NOT_SET) {
                throw A2aException.invalidParams("A part has no content (text, raw, url or data)");
            }
            checkMediaType(part.getMediaType(), card);
        }
        checkRequiredExtensions(card, call);
    }

    /** A part of a media type the agent does not take is refused, as its card's {@code defaultInputModes} say. */
    private static void checkMediaType(String mediaType, AgentCard card) {
        if (mediaType.isEmpty() || card.getDefaultInputModesCount() == 0) {
            return;
        }
        String base = mediaType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        for (String accepted : card.getDefaultInputModesList()) {
            String mode = accepted.toLowerCase(java.util.Locale.ROOT);
            if (mode.equals(base) || mode.equals("*/*")
                    || mode.endsWith("/*") && base.startsWith(mode.substring(0, mode.length() - 1))) {
                return;
            }
        }
        throw new A2aException(A2aError.CONTENT_TYPE_NOT_SUPPORTED, "This agent does not accept " + mediaType
                + "; it takes " + card.getDefaultInputModesList());
    }

    static void checkRequiredExtensions(AgentCard card, CallContext call) {
        for (AgentExtension extension : card.getCapabilities().getExtensionsList()) {
            if (extension.getRequired() && !call.extensions().contains(extension.getUri())) {
                throw new A2aException(A2aError.EXTENSION_SUPPORT_REQUIRED, "This agent requires the extension "
                        + extension.getUri() + "; activate it with the A2A-Extensions header");
            }
        }
    }
}
