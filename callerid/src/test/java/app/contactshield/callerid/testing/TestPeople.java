package app.contactshield.callerid.testing;

import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import java.util.List;
import java.util.Map;

/** Invented people for tests, with numbers normalised as the store would. */
public final class TestPeople {
    private static final PhoneNormalizer GERMANY = new PhoneNormalizer("DE");

    private TestPeople() {
    }

    /** A person who is not a directory user. */
    public static Person person(String key, String name, String company, String title, Person.SourcedPhone... phones) {
        return new Person(new PersonKey(key), name, null, null, company, null, title, null, null, null, List.of(),
                List.of(phones), Map.of(), List.of());
    }

    /** A colleague from the directory (has an Entra object id). */
    public static Person colleague(String key, String name, String company, Person.SourcedPhone... phones) {
        return new Person(new PersonKey(key), name, null, null, company, null, null, null, key, null, List.of(),
                List.of(phones), Map.of(), List.of());
    }

    /** A number written as a person would, normalised in Germany, from a source. */
    public static Person.SourcedPhone phone(PhoneType type, String written, String source) {
        PhoneNumber number = GERMANY.normalise(type, written);
        return new Person.SourcedPhone(number, new SourceId(source));
    }
}
