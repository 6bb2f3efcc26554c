package app.contactshield.desktop.bench;

import app.contactshield.graphsync.model.ContactField;
import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** A large invented directory for benchmarks: names with and without umlauts, companies, numbers. */
final class SyntheticDirectory {
    private static final String[] GIVEN = {"Ada", "Jürgen", "Sabine", "Björn", "Chloé", "Emre", "Frieda", "Hannes",
        "Ines", "Jonas", "Katrin", "Lena", "Marco", "Nora", "Oskar", "Paula", "Quentin", "Rosa", "Sven", "Tobias",
        "Ursula", "Vera", "Wolfgang", "Xaver", "Yvonne", "Zoë", "Ömer", "Ännchen", "Götz", "Lukas", "Mia", "Noah",
        "Emma", "Felix", "Hanna", "Leon", "Lea", "Paul", "Sophie", "Max", "Marie", "Ben", "Laura", "Elias",
        "Clara", "Finn", "Ida", "Jan", "Karl", "Luise"};
    private static final String[] FAMILY = {"Beispiel", "Müller", "Mueller", "Schäfer", "Weiß", "Öztürk",
        "Krämer", "Großmann", "Dubois", "Yılmaz", "Lindqvist", "Vogel", "Rossi", "Hansen", "Brandt", "Jäger",
        "Fournier", "Martínez", "Nilsson", "Schmidt", "Schneider", "Fischer", "Meyer", "Wagner", "Becker", "Schulz",
        "Hoffmann", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
        "Braun", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Schmid", "Schulze",
        "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang",
        "Scholz", "Möller", "Weber", "Jung", "Hahn", "Schubert", "Vogt", "Friedrich", "Keller", "Günther"};
    private static final String[] COMPANY_A = {"Contoso", "Fabrikam", "Northwind", "Tailspin", "Alpine", "Proseware",
        "Litware", "Adventure", "Wingtip", "Woodgrove", "Lucerne", "Trey", "Coho", "Margie's", "Humongous",
        "Blue Yonder", "Fourth Coffee", "Graphic", "Southridge", "Wide World"};
    private static final String[] COMPANY_B = {"Logistik AG", "Traders GmbH", "Toys KG", "Ski House", "Nordic AB",
        "Software GmbH", "Insurance", "Works", "Bank AG", "Publishing", "Research", "Airlines", "Winery", "Travel",
        "Importers", "Studios", "Energie GmbH", "Bau GmbH & Co. KG", "Medizintechnik", "Handel e.K."};
    private static final String[] DEPARTMENTS = {"Sales", "Finance", "IT", "Customer Service", "Purchasing",
        "Logistics", "Marketing", "Legal", "People", "Product", "Facilities", "Research", "Quality", "Einkauf",
        "Vertrieb"};
    private static final String[] TITLES = {"Sales Engineer", "Accountant", "IT Administrator", "Key Account Manager",
        "Support Specialist", "Chief Financial Officer", "Warehouse Lead", "Office Manager", "Software Developer",
        "HR Business Partner", "Purchasing Manager", "Fleet Coordinator", "Managing Director", "Buyer",
        "Store Manager", "Reseller", "Account Executive", "Integration Partner", "Geschäftsführerin",
        "Teamleiter Vertrieb", "Sachbearbeiterin", "Projektleiter", "Werkstudent", "Assistant"};
    private static final SourceId[] SOURCES = {SourceId.GRAPH_USERS, SourceId.GRAPH_ORG_CONTACTS,
        SourceId.GRAPH_OUTLOOK, new SourceId("dataverse")};

    private SyntheticDirectory() {
    }

    /** {@code count} invented people; the same seed gives the same people. */
    static List<Person> people(int count, long seed) {
        List<Person> people = new ArrayList<>(count);
        for (ContactRecord record : records(count, seed)) {
            SourceId source = record.source();
            List<Person.SourcedPhone> sourced = record.phones().stream()
                    .map(p -> new Person.SourcedPhone(p, source)).toList();
            people.add(new Person(PersonKey.of(record), record.displayName(), record.givenName(),
                    record.familyName(), record.company(), record.department(), record.jobTitle(), null,
                    record.entraObjectId(), record.userPrincipalName(), record.emails(), sourced,
                    Map.of(ContactField.DISPLAY_NAME, source), List.of(record)));
        }
        return people;
    }

    /** The source records of {@link #people(int, long)}: one record per person, the same seed the same records. */
    static List<ContactRecord> records(int count, long seed) {
        Random random = new Random(seed);
        List<ContactRecord> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            records.add(record(random, i));
        }
        return records;
    }

    private static ContactRecord record(Random random, int i) {
        String given = GIVEN[random.nextInt(GIVEN.length)];
        String family = FAMILY[random.nextInt(FAMILY.length)];
        String company = COMPANY_A[random.nextInt(COMPANY_A.length)] + " " + COMPANY_B[random.nextInt(
                COMPANY_B.length)];
        SourceId source = SOURCES[random.nextInt(SOURCES.length)];
        String mail = (ascii(given) + "." + ascii(family) + i).toLowerCase(Locale.ROOT) + "@"
                + ascii(company.split(" ")[0]).toLowerCase(Locale.ROOT) + ".example";
        List<PhoneNumber> phones = new ArrayList<>(2);
        String business = "+4989" + (7_100_000 + i);
        phones.add(new PhoneNumber(PhoneType.BUSINESS, business, business, null));
        if (random.nextBoolean()) {
            String mobile = "+49151" + (10_000_000 + random.nextInt(89_999_999));
            phones.add(new PhoneNumber(PhoneType.MOBILE, mobile, mobile, null));
        }
        boolean directory = source.equals(SourceId.GRAPH_USERS);
        return new ContactRecord(source, "k" + i, directory ? "oid-" + i : null, directory ? mail : null,
                given + " " + family, given, family, company, DEPARTMENTS[random.nextInt(DEPARTMENTS.length)],
                TITLES[random.nextInt(TITLES.length)], null, List.of(mail), phones, Instant.EPOCH);
    }

    private static String ascii(String text) {
        return java.text.Normalizer.normalize(text.replace("ß", "ss"), java.text.Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z0-9]", "");
    }
}
