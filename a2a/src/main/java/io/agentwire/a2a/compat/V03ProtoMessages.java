package io.agentwire.a2a.compat;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.agentwire.a2a.compat.proto.V03Proto;
import io.agentwire.a2a.error.A2aException;
import io.agentwire.a2a.model.Artifact;
import io.agentwire.a2a.model.Message;
import io.agentwire.a2a.model.Part;
import io.agentwire.a2a.model.Role;

/**
 * Messages, artifacts and their parts between the 0.3 proto and the 1.0 model. The 0.3 proto is poorer than the
 * 0.3 JSON: its parts carry no metadata and its files no name, and its messages no {@code referenceTaskIds}; what
 * has no 0.3 home is dropped on the way out. Roles share their numbers in both versions.
 */
final class V03ProtoMessages {
    private V03ProtoMessages() {
    }

    static V03Proto.Message toV03(Message message) {
        V03Proto.Message.Builder v03 = V03Proto.Message.newBuilder()
                .setMessageId(message.getMessageId())
                .setContextId(message.getContextId())
                .setTaskId(message.getTaskId())
                // as in the JSON form: a message without a role can only be the agent's own
                .setRole(message.getRole() == Role.ROLE_USER ? V03Proto.Role.ROLE_USER : V03Proto.Role.ROLE_AGENT)
                .addAllExtensions(message.getExtensionsList());
        message.getPartsList().forEach(part -> v03.addContent(toV03(part)));
        if (message.hasMetadata()) {
            v03.setMetadata(message.getMetadata());
        }
        return v03.build();
    }

    static Message fromV03(V03Proto.Message v03) {
        Message.Builder message = Message.newBuilder()
                .setMessageId(v03.getMessageId())
                .setContextId(v03.getContextId())
                .setTaskId(v03.getTaskId())
                .setRoleValue(v03.getRoleValue())
                .addAllExtensions(v03.getExtensionsList());
        for (int i = 0; i < v03.getContentCount(); i++) {
            message.addParts(fromV03(v03.getContent(i), "message.content[" + i + "]"));
        }
        if (v03.hasMetadata()) {
            message.setMetadata(v03.getMetadata());
        }
        return message.build();
    }

    static V03Proto.Artifact toV03(Artifact artifact) {
        V03Proto.Artifact.Builder v03 = V03Proto.Artifact.newBuilder()
                .setArtifactId(artifact.getArtifactId())
                .setName(artifact.getName())
                .setDescription(artifact.getDescription())
                .addAllExtensions(artifact.getExtensionsList());
        artifact.getPartsList().forEach(part -> v03.addParts(toV03(part)));
        if (artifact.hasMetadata()) {
            v03.setMetadata(artifact.getMetadata());
        }
        return v03.build();
    }

    static Artifact fromV03(V03Proto.Artifact v03) {
        Artifact.Builder artifact = Artifact.newBuilder()
                .setArtifactId(v03.getArtifactId())
                .setName(v03.getName())
                .setDescription(v03.getDescription())
                .addAllExtensions(v03.getExtensionsList());
        for (int i = 0; i < v03.getPartsCount(); i++) {
            artifact.addParts(fromV03(v03.getParts(i), "artifact.parts[" + i + "]"));
        }
        if (v03.hasMetadata()) {
            artifact.setMetadata(v03.getMetadata());
        }
        return artifact.build();
    }

    /** A 1.0 data part that is not an object is wrapped as {@code {"value": ...}}, as in the JSON form. */
    static V03Proto.Part toV03(Part part) {
        V03Proto.Part.Builder v03 = V03Proto.Part.newBuilder();
        switch (part.getContentCase()) {
            case RAW:
                return v03.setFile(V03Proto.FilePart.newBuilder().setFileWithBytes(part.getRaw())
                        .setMimeType(part.getMediaType())).build();
            case URL:
                return v03.setFile(V03Proto.FilePart.newBuilder().setFileWithUri(part.getUrl())
                        .setMimeType(part.getMediaType())).build();
            case DATA:
                Value data = part.getData();
                Struct object = data.hasStructValue() ? data.getStructValue()
                        : Struct.newBuilder().putFields(V03Parts.WRAPPED_DATA_KEY, data).build();
                return v03.setData(V03Proto.DataPart.newBuilder().setData(object)).build();
            default:
                return v03.setText(part.getText()).build();
        }
    }

    static Part fromV03(V03Proto.Part v03, String path) {
        Part.Builder part = Part.newBuilder();
        switch (v03.getPartCase()) {
            case TEXT:
                return part.setText(v03.getText()).build();
            case DATA:
                return part.setData(Value.newBuilder().setStructValue(v03.getData().getData())).build();
            case FILE:
                V03Proto.FilePart file = v03.getFile();
                if (file.getFileCase() == V03Proto.FilePart.FileCase.FILE_WITH_BYTES) {
                    part.setRaw(file.getFileWithBytes());
                } else if (file.getFileCase() == V03Proto.FilePart.FileCase.FILE_WITH_URI) {
                    part.setUrl(file.getFileWithUri());
                } else {
                    throw A2aException.invalidParams(path + ".file needs fileWithUri or fileWithBytes");
                }
                return part.setMediaType(file.getMimeType()).build();
            default:
                throw A2aException.invalidParams(path + " has no text, file or data");
        }
    }
}
