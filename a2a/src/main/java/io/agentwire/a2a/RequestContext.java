package io.agentwire.a2a;

import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Task;
import java.util.List;

/**
 * What an executor knows about the request it serves.
 *
 * @param message     the incoming message (for {@code cancel}: the default instance)
 * @param taskId      the task the message belongs to: the existing one it continues, or the id reserved for a new one
 * @param contextId   the conversation the task belongs to
 * @param currentTask the task as it stands when it continues, or {@code null} for a message that starts one
 * @param caller      the authenticated caller's name, or empty for an anonymous one
 * @param extensions  the extension URIs the client activated ({@code A2A-Extensions})
 */
public record RequestContext(Message message, String taskId, String contextId, Task currentTask, String caller,
                             List<String> extensions) {

    public RequestContext {
        extensions = List.copyOf(extensions);
    }

    /** The concatenated text parts of the incoming message. */
    public String text() {
        StringBuilder text = new StringBuilder();
        message.getPartsList().forEach(part -> {
            if (part.hasText()) {
                text.append(part.getText());
            }
        });
        return text.toString();
    }
}
