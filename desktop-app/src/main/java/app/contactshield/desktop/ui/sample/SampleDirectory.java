package app.contactshield.desktop.ui.sample;

import app.contactshield.desktop.ui.presence.Availability;
import app.contactshield.desktop.ui.presence.PresenceView;
import app.contactshield.desktop.ui.presence.StaticPresenceFeed;
import app.contactshield.graphsync.model.ContactField;
import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small invented directory (colleagues at Contoso, customers and partners from other sources) for demo mode until
 * a richer demo directory is wired, and for screenshots. Every name and number is made up; numbers lie in the
 * {@code +49 89 7104} range.
 */
public final class SampleDirectory {
    /** A CRM source id for the invented customers. */
    public static final SourceId DATAVERSE = new SourceId("dataverse");
    /** A file source id for the invented partners. */
    public static final SourceId PARTNERS_FILE = new SourceId("file:partners.csv");

    private static final PhoneNormalizer NUMBERS = new PhoneNormalizer("DE");
    private static final String[][] COLLEAGUES = {
        {"Ada", "Beispiel", "Head of Customer Service", "Customer Service", "1201"},
        {"Jürgen", "Müller", "Sales Engineer", "Sales", "1202"},
        {"Sabine", "Mueller", "Accountant", "Finance", "1203"},
        {"Zoë", "Ångström", "UX Designer", "Product", "1204"},
        {"Björn", "Schäfer", "IT Administrator", "IT", "1205"},
        {"Chloé", "Dubois", "Key Account Manager", "Sales", "1206"},
        {"Emre", "Yılmaz", "Support Specialist", "Customer Service", "1207"},
        {"Frieda", "Großmann", "Chief Financial Officer", "Finance", "1208"},
        {"Hannes", "Öztürk", "Warehouse Lead", "Logistics", "1209"},
        {"Ines", "Weiß", "Office Manager", "Administration", "1210"},
        {"Jonas", "Krämer", "Software Developer", "Product", "1211"},
        {"Katrin", "Lindqvist", "HR Business Partner", "People", "1212"},
    };
    private static final String[][] CUSTOMERS = {
        {"Lena", "Vogel", "Fabrikam Logistik AG", "Purchasing Manager", "+49 89 7104 2301"},
        {"Marco", "Rossi", "Fabrikam Logistik AG", "Fleet Coordinator", "+49 89 7104 2302"},
        {"Nora", "Hansen", "Northwind Traders GmbH", "Managing Director", "+49 89 7104 2401"},
        {"Oskar", "Brandt", "Northwind Traders GmbH", "Buyer", "0151 7104 2402"},
        {"Paula", "Jäger", "Tailspin Toys KG", "Store Manager", "+49 89 7104 2501"},
    };
    private static final String[][] PARTNERS = {
        {"Quentin", "Fournier", "Alpine Ski House", "Reseller", "+43 1 7104 2601"},
        {"Rosa", "Martínez", "Wide World Importers", "Account Executive", "+34 91 710 4270"},
        {"Sven", "Nilsson", "Proseware Nordic AB", "Integration Partner", "+46 8 710 42 80"},
    };

    private SampleDirectory() {
    }

    /** The invented people, colleagues first. */
    public static List<Person> people() {
        List<Person> people = new ArrayList<>();
        for (String[] c : COLLEAGUES) {
            people.add(colleague(c[0], c[1], c[2], c[3], c[4]));
        }
        for (String[] c : CUSTOMERS) {
            people.add(external(DATAVERSE, c));
        }
        for (String[] p : PARTNERS) {
            people.add(external(PARTNERS_FILE, p));
        }
        return people;
    }

    /** Presence for the invented colleagues, one of them stale. */
    public static StaticPresenceFeed presence(Instant now) {
        StaticPresenceFeed feed = new StaticPresenceFeed();
        Availability[] cycle = {Availability.AVAILABLE, Availability.BUSY, Availability.AWAY,
            Availability.DO_NOT_DISTURB, Availability.AVAILABLE, Availability.OFFLINE};
        String[] activities = {"Available", "InACall", "Away", "Presenting", "Available", "Offline"};
        int i = 0;
        for (Person person : people()) {
            if (!person.isDirectoryUser()) {
                continue;
            }
            int slot = i % cycle.length;
            String message = i == 0 ? "Back-to-back with customers until 3 pm, chat works best" : "";
            String outOfOffice = i == 2 ? "On leave until Monday; for invoices ask Frieda Großmann." : "";
            Instant updated = i == 4 ? now.minus(Duration.ofMinutes(7)) : now.minusSeconds(12);
            feed.put(person.key(), new PresenceView(cycle[slot], activities[slot], message, outOfOffice, updated));
            i++;
        }
        return feed;
    }

    private static Person colleague(String given, String family, String title, String department, String ext) {
        String mailName = (ascii(given) + "." + ascii(family)).toLowerCase(Locale.ROOT);
        String upn = mailName + "@contoso.example";
        String oid = "00000000-0000-4000-8000-00000000" + ext;
        List<PhoneNumber> phones = List.of(NUMBERS.normalise(PhoneType.BUSINESS, "+49 89 7104 " + ext),
                NUMBERS.normalise(PhoneType.MOBILE, "0151 7104 " + ext));
        ContactRecord directory = new ContactRecord(SourceId.GRAPH_USERS, oid, oid, upn, given + " " + family,
                given, family, "Contoso Deutschland GmbH", department, title, "München, 3. OG", List.of(upn),
                phones, Instant.parse("2026-11-02T08:00:00Z"));
        Person person = InMemoryContactStore.personOf(PersonKey.of(directory), directory);
        if (!ext.endsWith("1")) {
            return person;
        }
        ContactRecord outlook = new ContactRecord(SourceId.GRAPH_OUTLOOK, "o-" + ext, null, null,
                given + " " + family, given, family, "Contoso", null, null, null, List.of(upn),
                List.of(NUMBERS.normalise(PhoneType.HOME, "089 7104 9" + ext.substring(1))), Instant.EPOCH);
        List<Person.SourcedPhone> allPhones = new ArrayList<>(person.phones());
        outlook.phones().forEach(p -> allPhones.add(new Person.SourcedPhone(p, SourceId.GRAPH_OUTLOOK)));
        return new Person(person.key(), person.displayName(), given, family, person.company(), department, title,
                person.office(), oid, upn, person.emails(), allPhones, person.fieldSources(),
                List.of(directory, outlook));
    }

    private static Person external(SourceId source, String[] c) {
        String mail = (ascii(c[0]) + "." + ascii(c[1])).toLowerCase(Locale.ROOT) + "@"
                + ascii(c[2].split(" ")[0]).toLowerCase(Locale.ROOT) + ".example";
        ContactRecord record = new ContactRecord(source, "k-" + ascii(c[1]), null, null, c[0] + " " + c[1], c[0],
                c[1], c[2], null, c[3], null, List.of(mail), List.of(NUMBERS.normalise(PhoneType.BUSINESS, c[4])),
                Instant.EPOCH);
        Person person = InMemoryContactStore.personOf(PersonKey.of(record), record);
        Map<ContactField, SourceId> sources = new EnumMap<>(person.fieldSources());
        return new Person(person.key(), person.displayName(), person.givenName(), person.familyName(),
                person.company(), person.department(), person.jobTitle(), person.office(), null, null,
                person.emails(), person.phones(), sources, person.records());
    }

    private static String ascii(String text) {
        String german = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
                .replace("Ö", "Oe").replace("Ü", "Ue");
        return java.text.Normalizer.normalize(german, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ß", "ss").replace("ı", "i");
    }
}
