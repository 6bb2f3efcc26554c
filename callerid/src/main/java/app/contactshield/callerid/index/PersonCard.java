package app.contactshield.callerid.index;

import app.contactshield.graphsync.model.Person;

/**
 * What the incoming-call window shows about a person besides the number: name, company and title.
 *
 * @param displayName the name to show, never {@code null}
 * @param company     the company, or {@code null}
 * @param jobTitle    the job title, or {@code null}
 */
public record PersonCard(String displayName, String company, String jobTitle) {
    private static final String NO_NAME = "Unnamed contact";

    public PersonCard {
        displayName = displayName == null || displayName.isBlank() ? NO_NAME : displayName;
    }

    /** The card of a consolidated person. */
    public static PersonCard of(Person person) {
        return new PersonCard(person.displayName(), person.company(), person.jobTitle());
    }
}
