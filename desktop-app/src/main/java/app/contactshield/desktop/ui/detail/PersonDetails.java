package app.contactshield.desktop.ui.detail;

import app.contactshield.desktop.ui.Messages;
import app.contactshield.graphsync.model.ContactField;
import app.contactshield.graphsync.model.Person;
import app.contactshield.desktop.calls.PhoneNumbers;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the detail pane says about one person: name, initials, job line, company, office, every number with its kind
 * and source, the addresses, the source badges and where each field came from. JavaFX thread only.
 */
public final class PersonDetails {

    private final Messages messages;
    private final Supplier<String> region;
    private final SourceLabels sources;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty initials = new SimpleStringProperty(this, "initials", "");
    private final StringProperty jobLine = new SimpleStringProperty(this, "jobLine", "");
    private final StringProperty company = new SimpleStringProperty(this, "company", "");
    private final StringProperty office = new SimpleStringProperty(this, "office", "");
    private final Map<ContactField, StringProperty> fieldSources = new EnumMap<>(ContactField.class);
    private final ObservableList<NumberRow> numbers = FXCollections.observableArrayList();
    private final ObservableList<EmailRow> emails = FXCollections.observableArrayList();
    private final ObservableList<String> sourceBadges = FXCollections.observableArrayList();

    /**
     * @param messages texts
     * @param region   the default region in force, for reading numbers in their national form
     */
    PersonDetails(Messages messages, Supplier<String> region) {
        this.messages = messages;
        this.region = region;
        this.sources = new SourceLabels(messages);
        for (ContactField field : ContactField.values()) {
            fieldSources.put(field, new SimpleStringProperty(this, "source" + field, ""));
        }
    }

    /** Shows a person; {@code null} clears every field. */
    void show(Person loaded) {
        numbers.clear();
        emails.clear();
        sourceBadges.clear();
        fieldSources.values().forEach(p -> p.set(""));
        if (loaded == null) {
            List.of(name, initials, jobLine, company, office).forEach(p -> p.set(""));
            return;
        }
        name.set(blankToEmpty(loaded.displayName()));
        initials.set(initialsOf(loaded));
        jobLine.set(String.join(" · ", nonBlank(loaded.jobTitle(), loaded.department())));
        company.set(blankToEmpty(loaded.company()));
        office.set(blankToEmpty(loaded.office()));
        loaded.fieldSources().forEach((field, source) -> fieldSources.get(field).set(sources.label(source)));
        loaded.phones().forEach(p -> numbers.add(numberRow(p)));
        loaded.emails().forEach(address -> emails.add(new EmailRow(address)));
        loaded.records().stream().map(r -> sources.label(r.source())).distinct().forEach(sourceBadges::add);
    }

    private NumberRow numberRow(Person.SourcedPhone sourced) {
        String type = messages.get("phone.type." + sourced.number().type().name().toLowerCase(Locale.ROOT));
        String dial = sourced.number().e164Form().orElse(sourced.number().raw());
        String display = PhoneNumbers.format(sourced.number(), region.get(), messages.get("phone.extension"));
        return new NumberRow(type, display, dial, sources.label(sourced.source()));
    }

    private static String initialsOf(Person person) {
        StringBuilder out = new StringBuilder(2);
        for (String part : blankToEmpty(person.displayName()).split("\\s+")) {
            if (!part.isEmpty() && out.length() < 2 && Character.isLetter(part.codePointAt(0))) {
                out.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
            }
        }
        return out.toString();
    }

    private static List<String> nonBlank(String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty initialsProperty() {
        return initials;
    }

    public StringProperty jobLineProperty() {
        return jobLine;
    }

    public StringProperty companyProperty() {
        return company;
    }

    public StringProperty officeProperty() {
        return office;
    }

    /** The localized source of a field's value, empty when the field has none. */
    public StringProperty fieldSourceProperty(ContactField field) {
        return fieldSources.get(field);
    }

    public ObservableList<NumberRow> numbers() {
        return numbers;
    }

    public ObservableList<EmailRow> emails() {
        return emails;
    }

    public ObservableList<String> sourceBadges() {
        return sourceBadges;
    }
}
