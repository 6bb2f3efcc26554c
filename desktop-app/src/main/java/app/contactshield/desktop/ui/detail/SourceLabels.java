package app.contactshield.desktop.ui.detail;

import app.contactshield.desktop.ui.Messages;
import app.contactshield.graphsync.model.SourceId;

/** Short, localized names of contact sources for badges and tooltips. */
public final class SourceLabels {
    private final Messages messages;

    /** @param messages texts */
    public SourceLabels(Messages messages) {
        this.messages = messages;
    }

    /** The label of a source: a known source's name, a file's name, else the id. */
    public String label(SourceId source) {
        String id = source.value();
        if (id.startsWith("file:")) {
            return id.substring("file:".length());
        }
        return messages.getOrDefault("source." + id, id);
    }
}
