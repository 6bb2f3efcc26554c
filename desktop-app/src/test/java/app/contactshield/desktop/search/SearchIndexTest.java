package app.contactshield.desktop.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.TestPeople;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchIndexTest {
    private final List<Person> people = TestPeople.directory();
    private final SearchIndex index = SearchIndex.build(people, Set.of());

    private List<String> names(String query) {
        return index.query(query, 50).hits().stream().map(hit -> hit.entry().displayName()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Müller|Jürgen Müller,Marco Muller,Sabine Mueller",
        "Mueller|Jürgen Müller,Marco Muller,Sabine Mueller",
        "muller|Jürgen Müller,Marco Muller,Sabine Mueller",
        "jurgen|Jürgen Müller",
        "Juergen|Jürgen Müller",
        "schaefer|Björn Schäfer",
    })
    void findsNamesWithOrWithoutAccents(String query, String expected) {
        List<String> found = names(query);

        assertThat(found).containsExactlyInAnyOrder(expected.split(","));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Beispiel Ada|Ada Beispiel",
        "ada beis|Ada Beispiel",
        "müller sab|Sabine Mueller",
    })
    void findsNamesInAnyOrderAndByPrefix(String query, String expected) {
        List<String> found = names(query);

        assertThat(found).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fabrikam|Lena Vogel",
        "Northwind Traders|Marco Muller",
        "finance|Sabine Mueller",
        "administrator|Björn Schäfer",
        "lena.vogel@fabrikam|Lena Vogel",
        "ada.beispiel@contoso.example|Ada Beispiel",
    })
    void findsCompanyDepartmentTitleAndEmail(String query, String expected) {
        List<String> found = names(query);

        assertThat(found).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "089 7104 1201|Ada Beispiel",
        "+49 89 7104 1201|Ada Beispiel",
        "+4989710412|Ada Beispiel,Jürgen Müller,Sabine Mueller,Björn Schäfer",
        "0049 89 7104-1203|Sabine Mueller",
        "(089) 7104/2301|Lena Vogel",
        "0151 7104|Marco Muller",
        "71042402|Marco Muller",
        "2301|Lena Vogel",
    })
    void findsPhoneDigitsInAnyFormat(String query, String expected) {
        List<String> found = names(query);

        assertThat(found).containsExactlyInAnyOrder(expected.split(","));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+49 (0)89 7104 1201|Ada Beispiel",
        "0049 (0) 89 7104 1201|Ada Beispiel",
        "+49(0)89-7104-1203|Sabine Mueller",
        "+49 (0) 89 / 7104 2301|Lena Vogel",
        "+49 (0)151 7104|Marco Muller",
    })
    void findsNumbersWrittenWithTheTrunkZeroInBracketsAsCallerIdDoes(String query, String expected) {
        List<String> found = names(query);

        assertThat(found).containsExactlyInAnyOrder(expected.split(","));
    }

    @Test
    void keepsFindingWhileTheBracketedTrunkZeroIsBeingTyped() {
        assertThat(names("+49 (0")).isEqualTo(names("+49"));
        assertThat(names("+49 (0)8")).isEqualTo(names("+498"));
    }

    @Test
    void findsNobodyForAnUnknownName() {
        SearchResult result = index.query("Zebulon", 50);

        assertThat(result.hits()).isEmpty();
        assertThat(result.total()).isZero();
    }

    @Test
    void ranksANamePrefixAboveAMatchInAnotherField() {
        Person namedSales = TestPeople.customer("Salvatore Rossi", "Salvatore", "Rossi", "Tailspin Toys", "Buyer",
                "s.rossi@tailspin.example", "+49 89 7104 2501");
        SearchIndex withSalvatore = SearchIndex.build(List.of(people.get(1), namedSales), Set.of());

        List<String> found = withSalvatore.query("sal", 10).hits().stream().map(h -> h.entry().displayName())
                .toList();

        assertThat(found).containsExactly("Salvatore Rossi", "Jürgen Müller");
    }

    @Test
    void ranksFavouritesFirstAmongEqualMatches() {
        PersonKey sabine = people.get(2).key();
        SearchIndex withFavourite = SearchIndex.build(people, Set.of(sabine));

        List<SearchHit> hits = withFavourite.query("muller", 10).hits();

        assertThat(hits.get(0).entry().displayName()).isEqualTo("Sabine Mueller");
        assertThat(hits.get(0).favourite()).isTrue();
    }

    @Test
    void listsFavouritesFirstThenEveryoneAlphabeticallyWhenTheQueryIsEmpty() {
        PersonKey lena = people.get(4).key();
        SearchIndex withFavourite = SearchIndex.build(people, Set.of(lena));

        List<String> found = withFavourite.query("  ", 50).hits().stream().map(h -> h.entry().displayName())
                .toList();

        assertThat(found).containsExactly("Lena Vogel", "Ada Beispiel", "Björn Schäfer", "Jürgen Müller",
                "Marco Muller", "Sabine Mueller");
    }

    @Test
    void followsAFavouriteChangeAfterBuilding() {
        PersonKey ada = people.get(0).key();

        index.setFavourite(ada, true);

        assertThat(index.isFavourite(ada)).isTrue();
        assertThat(index.favouriteHits()).extracting(h -> h.entry().key()).containsExactly(ada);
    }

    @Test
    void ranksALargeMatchByClassFavouritesFirstWithinEachClass() {
        List<Person> many = new java.util.ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            many.add(TestPeople.customer("Zora Person" + i, "Zora", "Person" + i, "Mannheim Maschinenbau", "Buyer",
                    "p" + i + "@mannheim.example", "+49 621 555 " + (1000 + i)));
        }
        Person exactName = TestPeople.customer("Ma Lin", "Ma", "Lin", "Tailspin", "Buyer", "ma@tailspin.example",
                "+49 89 7104 2999");
        Person namePrefix = TestPeople.customer("Maja Stern", "Maja", "Stern", "Tailspin", "Buyer",
                "maja@tailspin.example", "+49 89 7104 2998");
        Person favouriteOther = many.get(2_000);
        many.add(exactName);
        many.add(namePrefix);
        SearchIndex large = SearchIndex.build(many, Set.of(favouriteOther.key()));

        SearchResult result = large.query("ma", 4);

        assertThat(result.total()).isEqualTo(3_002);
        assertThat(result.hits()).extracting(h -> h.entry().displayName())
                .containsExactly("Ma Lin", "Maja Stern", "Zora Person2000", "Zora Person0");
        assertThat(result.hits().get(2).favourite()).isTrue();
    }

    @Test
    void capsTheHitsAtTheLimitButCountsAllMatches() {
        SearchResult result = index.query("contoso", 2);

        assertThat(result.hits()).hasSize(2);
        assertThat(result.total()).isEqualTo(4);
    }

    @Test
    void showsSourcesAndTitleInTheEntry() {
        SearchEntry entry = index.query("lena", 1).hits().get(0).entry();

        assertThat(entry.company()).isEqualTo("Fabrikam Logistik AG");
        assertThat(entry.jobTitle()).isEqualTo("Purchasing Manager");
        assertThat(entry.sources()).containsExactly(TestPeople.DATAVERSE);
        assertThat(entry.directoryUser()).isFalse();
    }
}
