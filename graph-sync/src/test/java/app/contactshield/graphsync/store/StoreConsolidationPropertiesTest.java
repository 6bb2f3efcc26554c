package app.contactshield.graphsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.consolidate.Consolidator;
import app.contactshield.graphsync.consolidate.SourcePrecedence;
import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The store consolidates page by page, keeping only what changed current; the {@link Consolidator} groups a whole set
 * of records at once. Whatever the order in which records arrive, change and go, both must see the same people:
 * records drawn from a small pool of object ids, names, numbers and e-mail addresses share tokens often, so merges,
 * splits and conflicting object ids all happen.
 */
class StoreConsolidationPropertiesTest {
    private static final String[] NAMES = {"Anna Schmidt", "Schmidt, Anna", "Bruno Muster", "Carla Probe"};
    private static final String[] NUMBERS = {"+498971040", "+498971041111", "+498971042222"};
    private static final String[] MAILS = {"anna@example.test", "bruno@example.test", "office@example.test"};
    private static final SourceId[] SOURCES = {SourceId.GRAPH_USERS, SourceId.GRAPH_ORG_CONTACTS,
        SourceId.GRAPH_OUTLOOK};

    private final Consolidator consolidator = new Consolidator(SourcePrecedence.DEFAULT);

    @Property(tries = 30)
    void theStoreGroupsRecordsAsABatchConsolidationOfTheSameRecordsDoes(@ForAll("steps") List<Step> steps)
            throws IOException, StoreException {
        Path dir = Files.createTempDirectory("consolidation");
        Map<String, ContactRecord> current = new LinkedHashMap<>();
        byte[] key = new byte[StoreOpener.KEY_BYTES];
        try (H2ContactStore store = StoreOpener.open(dir, key).store()) {
            assertThat(store.person(new PersonKey("oid:nobody"))).isEmpty();
            int page = 0;
            for (Step step : steps) {
                SourceId source = step.record().source();
                String recordKey = source.value() + "/" + step.record().sourceKey();
                List<ContactRecord> upserts = step.remove() ? List.of() : List.of(step.record());
                List<String> removed = step.remove() ? List.of(step.record().sourceKey()) : List.of();
                store.accept(new ChangePage(source, upserts, removed, List.of(),
                        new DeltaCursor("page-" + page++, step.endsRound()), false));
                if (step.remove()) {
                    current.remove(recordKey);
                } else {
                    current.put(recordKey, step.record());
                }
            }

            Set<Set<String>> expected = groups(consolidator.consolidate(List.copyOf(current.values())));
            assertThat(groups(store.people())).isEqualTo(expected);
            assertFoundOneByOneAndAllTogether(store, expected);
            store.close();
            try (H2ContactStore reopened = StoreOpener.open(dir, key).store()) {
                assertFoundOneByOneAndAllTogether(reopened, expected);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** Every person is found by key with all their records, and {@link H2ContactStore#forEachPerson} agrees. */
    private static void assertFoundOneByOneAndAllTogether(H2ContactStore store, Set<Set<String>> expected)
            throws StoreException {
        List<Person> visited = new ArrayList<>();
        store.forEachPerson(visited::add);
        assertThat(visited).extracting(Person::key).doesNotHaveDuplicates();
        assertThat(groups(visited)).isEqualTo(expected);
        for (Person person : visited) {
            assertThat(store.person(person.key())).map(found -> groups(List.of(found)))
                    .contains(groups(List.of(person)));
        }
    }

    private static Set<Set<String>> groups(List<Person> people) {
        return people.stream().map(person -> person.records().stream()
                .map(r -> r.source().value() + "/" + r.sourceKey()).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<ContactRecord> records = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(-1, 2),
                Arbitraries.integers().between(0, NAMES.length - 1), Arbitraries.integers().between(-1, 2),
                Arbitraries.integers().between(-1, 2)).as(StoreConsolidationPropertiesTest::record);
        return Combinators.combine(records, Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 3))
                .as((r, dice, round) -> new Step(r, dice == 0, round == 0)).list().ofMinSize(1).ofMaxSize(25);
    }

    private static ContactRecord record(int source, int key, int oid, int name, int number, int mail) {
        List<PhoneNumber> phones = number < 0 ? List.of()
                : List.of(new PhoneNumber(PhoneType.BUSINESS, NUMBERS[number], NUMBERS[number], null));
        List<String> mails = mail < 0 ? List.of() : List.of(MAILS[mail]);
        String objectId = oid < 0 ? null : "00000000-0000-4000-8000-00000000000" + oid;
        return new ContactRecord(SOURCES[source], "k" + key, objectId, null, NAMES[name], null, null, null, null,
                null, null, new ArrayList<>(mails), phones, Instant.parse("2026-01-01T00:00:00Z"));
    }

    /**
     * One page: a record upserted, or its key removed; a page that ends its source's round makes the store write the
     * records of the round into its person references.
     */
    record Step(ContactRecord record, boolean remove, boolean endsRound) {
    }
}
