package app.contactshield.graphsync.model;

import java.util.Objects;

/**
 * Names one contact source, for example {@code graph.users}, {@code graph.orgContacts}, {@code graph.outlook},
 * {@code dataverse} or {@code file:partners.csv}. Source ids are not personal data and may be logged.
 *
 * @param value the stable identifier of the source
 */
public record SourceId(String value) {
    public static final SourceId GRAPH_USERS = new SourceId("graph.users");
    public static final SourceId GRAPH_ORG_CONTACTS = new SourceId("graph.orgContacts");
    public static final SourceId GRAPH_OUTLOOK = new SourceId("graph.outlook");

    public SourceId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A source id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
