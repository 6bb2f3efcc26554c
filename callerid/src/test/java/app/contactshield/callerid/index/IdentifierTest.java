package app.contactshield.callerid.index;

import static app.contactshield.callerid.testing.TestPeople.colleague;
import static app.contactshield.callerid.testing.TestPeople.person;
import static app.contactshield.callerid.testing.TestPeople.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.contactshield.callerid.testing.InMemoryContactStore;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {
    private final InMemoryContactStore store = new InMemoryContactStore();
    private Identifier identifier;

    @BeforeEach
    void storeWithAdaBertAndASharedLine() throws StoreException {
        store.put(
                person("ada", "Ada Beispiel", "Contoso", "Buyer",
                        phone(PhoneType.MOBILE, "0171 2345678", "graph.outlook"),
                        phone(PhoneType.BUSINESS, "+49 89 7104 1100", "graph.users")),
                person("bert", "Bert Muster", "Contoso", "Engineer",
                        phone(PhoneType.BUSINESS, "+49 (0)89 7104-1100", "dataverse")),
                person("carla", "Carla Probe", "Fabrikam", null,
                        phone(PhoneType.HOME, "0049 30 1234567", "file:partners.csv")));
        CallerIndex index = CallerIndex.build(store);
        CompanyRanges ranges = CompanyRanges.of(List.of(
                new CompanyRange("+49 89 7104", "Contoso", null),
                new CompanyRange("+49 89 7104 9", "Contoso", "laboratory range")));
        identifier = new Identifier(index, new PhoneNormalizer("DE"), ranges);
    }

    @Test
    void namesTheOnePersonHoldingANumberWithTheNumberTypeAndSource() {
        Identification result = identifier.identify("+491712345678");

        assertThat(result.kind()).isEqualTo(Identification.Kind.PERSON);
        assertThat(result.e164()).isEqualTo("+491712345678");
        assertThat(result.candidates()).containsExactly(new Candidate(new PersonKey("ada"), "Ada Beispiel",
                "Contoso", "Buyer", PhoneType.MOBILE, new SourceId("graph.outlook")));
        assertThat(result.displayText()).isEqualTo("Ada Beispiel");
    }

    @Test
    void readsANationalIncomingNumberInTheDefaultRegion() {
        Identification result = identifier.identify("0171 2345678");

        assertThat(result.kind()).isEqualTo(Identification.Kind.PERSON);
        assertThat(result.candidates()).extracting(Candidate::displayName).containsExactly("Ada Beispiel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0171\t2345678", "0171\n2345678", "0171\r\n234 5678", "0171\u00A02345678",
        "0171\u202F2345678", "\t+49\u2009171\u30002345678\n"})
    void anyWhiteSpaceBetweenDigitGroupsFindsThePersonAsASpaceDoes(String delivered) {
        Identification result = identifier.identify(delivered);

        assertThat(result.kind()).isEqualTo(Identification.Kind.PERSON);
        assertThat(result.e164()).isEqualTo("+491712345678");
        assertThat(result.candidates()).extracting(Candidate::displayName).containsExactly("Ada Beispiel");
    }

    @Test
    void listsEveryPersonHoldingASharedNumber() {
        Identification result = identifier.identify("+498971041100");

        assertThat(result.kind()).isEqualTo(Identification.Kind.SHARED);
        assertThat(result.candidates()).extracting(Candidate::displayName, Candidate::source)
                .containsExactlyInAnyOrder(
                        tuple("Ada Beispiel", new SourceId("graph.users")),
                        tuple("Bert Muster", new SourceId("dataverse")));
        assertThat(result.displayText()).contains("Ada Beispiel").contains(" or ").contains("Bert Muster");
    }

    @Test
    void namesTheCompanyOfTheLongestMatchingRangeWhenNobodyHoldsTheNumber() {
        Identification switchboard = identifier.identify("+49 89 7104 2222");
        Identification laboratory = identifier.identify("089 7104 9123");

        assertThat(switchboard.kind()).isEqualTo(Identification.Kind.COMPANY_RANGE);
        assertThat(switchboard.displayText()).isEqualTo("Contoso \u2014 switchboard range");
        assertThat(laboratory.displayText()).isEqualTo("Contoso \u2014 laboratory range");
        assertThat(switchboard.candidates()).isEmpty();
    }

    @Test
    void saysUnknownForANumberNobodyHoldsOutsideEveryRange() {
        Identification result = identifier.identify("+44 20 7946 0018");

        assertThat(result.kind()).isEqualTo(Identification.Kind.UNKNOWN);
        assertThat(result.e164()).isEqualTo("+442079460018");
        assertThat(result.displayText()).isEqualTo("Unknown number");
    }

    @Test
    void saysUnknownForANumberThatCannotBeRead() {
        Identification result = identifier.identify("12");

        assertThat(result.kind()).isEqualTo(Identification.Kind.UNKNOWN);
        assertThat(result.e164()).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "anonymous", "Anonymous", "Unbekannt", "PRIVATE", "withheld", "+"})
    void treatsAnEmptyOrAnonymousNumberAsWithheldAndNeverAsAMatch(String raw) {
        Identification result = identifier.identify(raw);

        assertThat(result.kind()).isEqualTo(Identification.Kind.WITHHELD);
        assertThat(result.candidates()).isEmpty();
        assertThat(result.displayText()).isEqualTo("Withheld");
    }

    @Test
    void readsANationalNumberInTheRegionAskedFor() {
        Identification inBritain = identifier.identify("020 7946 0018", "gb");
        Identification inGermany = identifier.identify("020 7946 0018");

        assertThat(inBritain.e164()).isEqualTo("+442079460018");
        assertThat(inGermany.e164()).isNotEqualTo("+442079460018");
    }

    @Test
    void namesTheCallerFromTheCardsLoadedWithTheIndexWithoutReadingTheStore() {
        int readsBefore = store.personReads();

        Identification first = identifier.identify("+491712345678");
        Identification shared = identifier.identify("+49 89 7104 1100");

        assertThat(first.candidates()).singleElement().satisfies(candidate -> {
            assertThat(candidate.displayName()).isEqualTo("Ada Beispiel");
            assertThat(candidate.company()).isEqualTo("Contoso");
            assertThat(candidate.jobTitle()).isEqualTo("Buyer");
        });
        assertThat(shared.candidates()).extracting(Candidate::company).containsExactly("Contoso", "Contoso");
        assertThat(store.personReads()).isEqualTo(readsBefore);
    }

    @Test
    void rendersTheResultAsPlainTextWithNamesTitleCompanyTypeAndSource() {
        String text = Identifier.render(identifier.identify("0171 2345678"));

        assertThat(text).contains("Number:     0171 2345678 (+491712345678)")
                .contains("Caller:     Ada Beispiel")
                .contains("Result:     PERSON")
                .contains("Candidate:  Ada Beispiel, Buyer, Contoso \u2014 mobile number, from graph.outlook");
    }

    @Test
    void rendersAWithheldCallerWithoutANumber() {
        String text = Identifier.render(identifier.identify(""));

        assertThat(text).contains("Number:     (none)").contains("Caller:     Withheld").doesNotContain("Candidate");
    }

    @Test
    void derivesASwitchboardRangeFromColleaguesSharingABaseNumber() {
        List<CompanyRange> derived = CompanyRanges.deriveFromDirectory(List.of(
                colleague("oid-1", "Eva Kollegin", "Contoso", phone(PhoneType.BUSINESS, "089 5555-20", "graph.users")),
                colleague("oid-2", "Fritz Kollege", "Contoso", phone(PhoneType.BUSINESS, "089 5555-31", "graph.users")),
                colleague("oid-3", "Gina Allein", "Fabrikam",
                        phone(PhoneType.BUSINESS, "030 4444 x12", "graph.users"))));
        CompanyRanges ranges = CompanyRanges.of(derived);

        assertThat(derived).containsExactly(new CompanyRange("+49895555", "Contoso", "switchboard range"));
        assertThat(ranges.longestMatch(498955557777L)).isEqualTo(derived.get(0));
        assertThat(ranges.longestMatch(49304444L)).isNull();
    }

    @Test
    void rejectsARangeThatIsNotInInternationalForm() {
        List<String> problems = new ArrayList<>();

        try {
            new CompanyRange("089 7104", "Contoso", null);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }

        assertThat(problems).singleElement().asString().contains("'0897104'").contains("Contoso");
    }
}
