package app.contactshield.desktop.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.desktop.TestPeople;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchIndexBuilderTest {
    private final List<Person> people = TestPeople.directory();

    private static List<String> names(SearchIndex index, String query) {
        return index.query(query, 50).hits().stream().map(hit -> hit.entry().displayName()).toList();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void findsTheSameInTheSameOrderWhateverOrderPeopleArriveIn(long seed) {
        List<Person> shuffled = new ArrayList<>(people);
        Collections.shuffle(shuffled, new Random(seed));
        PersonKey favourite = people.get(3).key();
        SearchIndexBuilder builder = SearchIndex.builder(Set.of(favourite));

        shuffled.forEach(builder::add);
        SearchIndex streamed = builder.build();

        SearchIndex listed = SearchIndex.build(people, Set.of(favourite));
        for (String query : List.of("", "m", "muller", "contoso", "089 7104", "sales", "ada beis")) {
            assertThat(names(streamed, query)).as(query).containsExactlyElementsOf(names(listed, query));
        }
        assertThat(names(streamed, "")).first().isEqualTo(people.get(3).displayName());
    }

    @Test
    void keepsTheRowDataOfEveryPersonAndFindsThemByKey() {
        SearchIndexBuilder builder = SearchIndex.builder(Set.of());
        people.forEach(builder::add);

        SearchIndex index = builder.build();

        assertThat(builder.size()).isEqualTo(people.size());
        for (Person person : people) {
            SearchEntry entry = index.entry(person.key()).orElseThrow();
            assertThat(entry.displayName()).isEqualTo(person.displayName());
            assertThat(entry.company()).isEqualTo(person.company() == null ? "" : person.company());
            assertThat(entry.jobTitle()).isEqualTo(person.jobTitle() == null ? "" : person.jobTitle());
            assertThat(entry.directoryUser()).isEqualTo(person.isDirectoryUser());
        }
        assertThat(index.entry(new PersonKey("oid:nobody"))).isEmpty();
        assertThat(index.isFavourite(new PersonKey("oid:nobody"))).isFalse();
    }

    @Test
    void refusesPeopleAfterBuilding() {
        SearchIndexBuilder builder = SearchIndex.builder(Set.of());
        builder.add(people.get(0));
        builder.build();

        assertThatThrownBy(() -> builder.add(people.get(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void snapshotFindsThePeopleAddedSoFarAndStaysAsItWasWhileBuildingGoesOn() {
        List<Person> first = people.subList(0, 3);
        List<Person> rest = people.subList(3, people.size());
        SearchIndexBuilder builder = SearchIndex.builder(Set.of(people.get(4).key()));
        first.forEach(builder::add);

        SearchIndex partial = builder.snapshot();
        rest.forEach(builder::add);
        SearchIndex complete = builder.build();

        SearchIndex listedFirst = SearchIndex.build(first, Set.of(people.get(4).key()));
        for (String query : List.of("", "m", "muller", "contoso", "089 7104", "sales", "ada beis")) {
            assertThat(names(partial, query)).as(query).containsExactlyElementsOf(names(listedFirst, query));
        }
        assertThat(partial.size()).isEqualTo(3);
        first.forEach(person -> assertThat(partial.entry(person.key())).as(person.displayName()).isPresent());
        rest.forEach(person -> assertThat(partial.entry(person.key())).as(person.displayName()).isEmpty());
        SearchIndex listed = SearchIndex.build(people, Set.of(people.get(4).key()));
        for (String query : List.of("", "m", "muller", "contoso", "089 7104", "sales", "ada beis")) {
            assertThat(names(complete, query)).as(query).containsExactlyElementsOf(names(listed, query));
        }
        assertThat(names(complete, "")).first().isEqualTo(people.get(4).displayName());
    }

    @Test
    void refusesSnapshotsAfterBuilding() {
        SearchIndexBuilder builder = SearchIndex.builder(Set.of());
        builder.add(people.get(0));
        builder.build();

        assertThatThrownBy(builder::snapshot).isInstanceOf(IllegalStateException.class);
    }
}
