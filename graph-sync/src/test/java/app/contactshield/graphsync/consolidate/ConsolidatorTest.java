package app.contactshield.graphsync.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.model.ContactField;
import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsolidatorTest {
    private static final SourceId USERS = SourceId.GRAPH_USERS;
    private static final SourceId ORG = SourceId.GRAPH_ORG_CONTACTS;
    private static final SourceId OUTLOOK = SourceId.GRAPH_OUTLOOK;

    private final Consolidator consolidator = new Consolidator(SourcePrecedence.DEFAULT);

    @Test
    void sameObjectIdMergesWhateverTheCase() {
        ContactRecord a = record(USERS, "1", "ABC-1", "Ada Beispiel", "ada@example.test", null);
        ContactRecord b = record(ORG, "2", "abc-1", "A. Beispiel", null, null);

        List<Person> people = consolidator.consolidate(List.of(a, b));

        assertThat(people).hasSize(1);
        assertThat(people.get(0).key()).isEqualTo(new PersonKey("oid:abc-1"));
    }

    @Test
    void sameEmailMergesCaseInsensitively() {
        ContactRecord a = record(OUTLOOK, "1", null, "Ada", "Ada.Beispiel@Example.test", null);
        ContactRecord b = record(ORG, "2", null, "Ada Beispiel", "ada.beispiel@example.test", null);

        List<Person> people = consolidator.consolidate(List.of(a, b));

        assertThat(people).hasSize(1);
        assertThat(people.get(0).emails()).hasSize(1);
    }

    @ParameterizedTest(name = "{0} and {1} with the same number merge: {2}")
    @CsvSource({
        "Jörg Müller, MÜLLER Jorg, true",
        "Ada Beispiel, 'Beispiel, Ada', true",
        "Ada Beispiel, Bruno Beispiel, false",
        "Zoë Exempel-Probe, zoe exempel probe, true",
        "Ada Beispiel, '', false"})
    void sameNumberMergesOnlyWithAMatchingName(String first, String second, boolean merged) {
        ContactRecord a = record(ORG, "1", null, first, null, "+498971041234");
        ContactRecord b = record(OUTLOOK, "2", null, second, null, "+498971041234");

        List<Person> people = consolidator.consolidate(List.of(a, b));

        assertThat(people).hasSize(merged ? 1 : 2);
    }

    @Test
    void mergingIsTransitive() {
        ContactRecord a = record(USERS, "1", "oid-1", "Ada Beispiel", "ada@example.test", null);
        ContactRecord b = record(ORG, "2", null, "Ada Beispiel", "ada@example.test", "+498971041234");
        ContactRecord c = record(OUTLOOK, "3", null, "Beispiel Ada", null, "+49 89 7104 1234");

        List<Person> people = consolidator.consolidate(List.of(c, b, a));

        assertThat(people).hasSize(1);
        assertThat(people.get(0).records()).hasSize(3);
    }

    @Test
    void twoColleaguesWithTheSameNameAndTheSwitchboardNumberStayTwoPeople() {
        ContactRecord first = record(USERS, "1", "oid-1", "Anna Schmidt", null, "+49897104000");
        ContactRecord second = record(USERS, "2", "oid-2", "Anna Schmidt", null, "+49 89 7104 000");

        List<Person> people = consolidator.consolidate(List.of(first, second));

        assertThat(people).extracting(Person::key).containsExactlyInAnyOrder(new PersonKey("oid:oid-1"),
                new PersonKey("oid:oid-2"));
    }

    @Test
    void aContactThatMatchesTwoColleaguesEquallyJoinsNeither() {
        ContactRecord first = record(USERS, "1", "oid-1", "Anna Schmidt", null, "+49897104000");
        ContactRecord second = record(USERS, "2", "oid-2", "Anna Schmidt", null, "+49897104000");
        ContactRecord contact = record(OUTLOOK, "3", null, "Schmidt, Anna", null, "+49897104000");

        List<Person> people = consolidator.consolidate(List.of(contact, first, second));

        assertThat(people).hasSize(3).allSatisfy(person -> assertThat(person.records()).hasSize(1));
    }

    @Test
    void twoContactsThatMatchTwoColleaguesEquallyAreOnePersonApartFromBoth() {
        ContactRecord first = record(USERS, "1", "oid-1", "Anna Schmidt", null, "+49897104000");
        ContactRecord second = record(USERS, "2", "oid-2", "Anna Schmidt", null, "+49897104000");
        ContactRecord contact = record(OUTLOOK, "3", null, "Schmidt, Anna", null, "+49897104000");
        ContactRecord again = record(ORG, "4", null, "Anna Schmidt", null, "+49 89 7104 000");

        List<Person> people = consolidator.consolidate(List.of(contact, first, again, second));

        assertThat(people).hasSize(3);
        assertThat(people).filteredOn(p -> p.records().size() == 2).singleElement()
                .satisfies(p -> assertThat(p.records()).containsExactlyInAnyOrder(contact, again));
    }

    @Test
    void aContactThatMatchesOneColleagueJoinsThatColleague() {
        ContactRecord first = record(USERS, "1", "oid-1", "Anna Schmidt", null, "+49897104000");
        ContactRecord second = record(USERS, "2", "oid-2", "Anna Schmidt", null, "+49897104999");
        ContactRecord contact = record(OUTLOOK, "3", null, "Anna Schmidt", null, "+49897104999");

        List<Person> people = consolidator.consolidate(List.of(contact, first, second));

        assertThat(people).hasSize(2);
        assertThat(people).filteredOn(p -> p.key().equals(new PersonKey("oid:oid-2"))).singleElement()
                .satisfies(p -> assertThat(p.records()).containsExactlyInAnyOrder(second, contact));
    }

    @Test
    void recordsThatWouldLinkTwoColleaguesAreGroupedApartFromBoth() {
        ContactRecord ada = record(USERS, "1", "oid-1", "Ada Beispiel", "ada@example.test", null);
        ContactRecord bruno = record(USERS, "2", "oid-2", "Bruno Muster", null, "+498971042222");
        ContactRecord byMail = record(ORG, "3", null, "Ada Beispiel", "ada@example.test", null);
        ContactRecord mixed = record(OUTLOOK, "4", null, "Bruno Muster", "ADA@example.test", "+49 89 7104 2222");

        List<Person> people = consolidator.consolidate(List.of(ada, bruno, byMail, mixed));

        assertThat(people).extracting(p -> p.records().size()).containsExactlyInAnyOrder(1, 1, 2);
        assertThat(people).filteredOn(p -> p.records().size() == 2).singleElement()
                .satisfies(p -> assertThat(p.records()).containsExactlyInAnyOrder(byMail, mixed));
    }

    @Test
    void fieldsComeFromTheHighestSourceThatHasThemAndRememberIt() {
        ContactRecord user = new ContactRecord(USERS, "1", "oid-1", "ada@contoso.test", "Ada Beispiel", null, null,
                null, "Vertrieb", null, null, List.of("ada@contoso.test"), List.of(), null);
        ContactRecord outlook = new ContactRecord(OUTLOOK, "2", null, null, "Ada (privat)", "Ada", null,
                "Contoso Beispiel GmbH", "Einkauf", null, null, List.of("ada@contoso.test"), List.of(), null);

        Person person = consolidator.merge(List.of(outlook, user));

        assertThat(person.displayName()).isEqualTo("Ada Beispiel");
        assertThat(person.sourceOf(ContactField.DISPLAY_NAME)).contains(USERS);
        assertThat(person.department()).isEqualTo("Vertrieb");
        assertThat(person.company()).isEqualTo("Contoso Beispiel GmbH");
        assertThat(person.sourceOf(ContactField.COMPANY)).contains(OUTLOOK);
        assertThat(person.sourceOf(ContactField.GIVEN_NAME)).contains(OUTLOOK);
        assertThat(person.sourceOf(ContactField.JOB_TITLE)).isEmpty();
    }

    @Test
    void policyPrecedenceChangesWhichSourceWinsButNotTheKey() {
        ContactRecord user = record(USERS, "1", "oid-1", "Ada Beispiel", "ada@contoso.test", null);
        ContactRecord outlook = record(OUTLOOK, "2", null, "Ada (privat)", "ada@contoso.test", null);
        Consolidator outlookFirst = new Consolidator(new SourcePrecedence(List.of(OUTLOOK, USERS)));

        Person person = outlookFirst.merge(List.of(user, outlook));

        assertThat(person.displayName()).isEqualTo("Ada (privat)");
        assertThat(person.key()).isEqualTo(new PersonKey("oid:oid-1"));
    }

    @Test
    void unnamedSourcesFollowInAlphabeticalOrder() {
        SourcePrecedence precedence = SourcePrecedence.DEFAULT;

        List<SourceId> sorted = new java.util.ArrayList<>(List.of(new SourceId("file:b.csv"), new SourceId("dataverse"),
                OUTLOOK, USERS));
        sorted.sort(precedence);

        assertThat(sorted).containsExactly(USERS, OUTLOOK, new SourceId("dataverse"), new SourceId("file:b.csv"));
    }

    @Test
    void keyPrefersObjectIdThenEmailThenSourceKey() {
        ContactRecord noIds = record(OUTLOOK, "x", null, "Nils Probe", null, "+4915112345678");
        ContactRecord mail = record(ORG, "y", null, "Nils Probe", "nils@example.test", "+4915112345678");

        assertThat(Consolidator.keyOf(List.of(noIds))).isEqualTo(new PersonKey("src:graph.outlook/x"));
        assertThat(Consolidator.keyOf(List.of(noIds, mail))).isEqualTo(new PersonKey("mail:nils@example.test"));
    }

    @Test
    void phonesAreUnitedWithTheirSourceAndDuplicatesDropped() {
        ContactRecord a = record(USERS, "1", "oid-1", "Ada Beispiel", null, "+498971041234");
        ContactRecord b = record(ORG, "2", "oid-1", "Ada Beispiel", null, "+498971041234");

        Person person = consolidator.merge(List.of(a, b));

        assertThat(person.phones()).singleElement().extracting(Person.SourcedPhone::source).isEqualTo(USERS);
    }

    private static ContactRecord record(SourceId source, String key, String oid, String name, String email,
            String phone) {
        List<PhoneNumber> phones = phone == null ? List.of()
                : List.of(new PhoneNumber(PhoneType.BUSINESS, phone, phone.replace(" ", ""), null));
        return new ContactRecord(source, key, oid, null, name, null, null, null, null, null, null,
                email == null ? List.of() : List.of(email), phones, null);
    }
}
