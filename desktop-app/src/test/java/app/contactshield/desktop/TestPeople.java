package app.contactshield.desktop;

import app.contactshield.graphsync.model.ContactField;
import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Invented people for tests, built like the store builds them. */
public final class TestPeople {
    public static final SourceId DATAVERSE = new SourceId("dataverse");
    private static final PhoneNormalizer NUMBERS = new PhoneNormalizer("DE");

    private TestPeople() {
    }

    /** A small directory: colleagues with Teams, customers without, names with and without umlauts. */
    public static List<Person> directory() {
        return List.of(
                colleague("Ada Beispiel", "Ada", "Beispiel", "Customer Service", "Head of Customer Service",
                        "ada.beispiel@contoso.example", "+49 89 7104 1201"),
                colleague("Jürgen Müller", "Jürgen", "Müller", "Sales", "Sales Engineer",
                        "juergen.mueller@contoso.example", "+49 89 7104 1202"),
                colleague("Sabine Mueller", "Sabine", "Mueller", "Finance", "Accountant",
                        "sabine.mueller@contoso.example", "089 7104 1203"),
                colleague("Björn Schäfer", "Björn", "Schäfer", "IT", "IT Administrator",
                        "bjoern.schaefer@contoso.example", "+49 89 7104 1205"),
                customer("Lena Vogel", "Lena", "Vogel", "Fabrikam Logistik AG", "Purchasing Manager",
                        "lena.vogel@fabrikam.example", "+49 89 7104 2301"),
                customer("Marco Muller", "Marco", "Muller", "Northwind Traders GmbH", "Buyer",
                        "marco.muller@northwind.example", "0151 7104 2402"));
    }

    /** A colleague from the directory, with Teams. */
    public static Person colleague(String name, String given, String family, String department, String title,
            String upn, String phone) {
        ContactRecord record = new ContactRecord(SourceId.GRAPH_USERS, "id-" + upn, "oid-" + upn, upn, name, given,
                family, "Contoso Deutschland GmbH", department, title, "München", List.of(upn),
                List.of(NUMBERS.normalise(PhoneType.BUSINESS, phone)), Instant.EPOCH);
        return person(record, SourceId.GRAPH_USERS);
    }

    /** A customer from the CRM, without Teams. */
    public static Person customer(String name, String given, String family, String company, String title,
            String email, String phone) {
        ContactRecord record = new ContactRecord(DATAVERSE, "crm-" + email, null, null, name, given, family,
                company, null, title, null, List.of(email), List.of(NUMBERS.normalise(PhoneType.MOBILE, phone)),
                Instant.EPOCH);
        return person(record, DATAVERSE);
    }

    private static Person person(ContactRecord record, SourceId source) {
        Map<ContactField, SourceId> sources = new EnumMap<>(ContactField.class);
        sources.put(ContactField.DISPLAY_NAME, source);
        sources.put(ContactField.COMPANY, source);
        sources.put(ContactField.JOB_TITLE, source);
        if (record.department() != null) {
            sources.put(ContactField.DEPARTMENT, source);
        }
        List<Person.SourcedPhone> phones = new ArrayList<>();
        record.phones().forEach(p -> phones.add(new Person.SourcedPhone(p, source)));
        return new Person(PersonKey.of(record), record.displayName(), record.givenName(), record.familyName(),
                record.company(), record.department(), record.jobTitle(), record.office(), record.entraObjectId(),
                record.userPrincipalName(), record.emails(), phones, sources, List.of(record));
    }
}
