package app.contactshield.callerid.index;

import static app.contactshield.callerid.testing.TestPeople.person;
import static app.contactshield.callerid.testing.TestPeople.phone;
import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.testing.InMemoryContactStore;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.E164Keys;
import app.contactshield.graphsync.store.StoreException;
import org.junit.jupiter.api.Test;

/** Cards loaded with the index, and the figures it reports about itself. */
class CallerIndexCardsTest {
    private static final SourceId USERS = new SourceId("graph.users");

    @Test
    void aBuiltIndexCarriesEachHoldersCardAndSharesTheCompanyText() throws StoreException {
        InMemoryContactStore store = new InMemoryContactStore();
        store.put(person("ada", "Ada Beispiel", new String("Contoso"), "Buyer",
                        phone(PhoneType.MOBILE, "+491712345678", "graph.users"),
                        phone(PhoneType.BUSINESS, "+498971041100", "graph.users")),
                person("bert", "Bert Muster", new String("Contoso"), null,
                        phone(PhoneType.MOBILE, "+491719876543", "graph.users")));

        CallerIndex index = CallerIndex.build(store);

        PersonCard ada = index.lookup(E164Keys.of("+491712345678")).get(0).card();
        PersonCard adaAgain = index.lookup(E164Keys.of("+498971041100")).get(0).card();
        PersonCard bert = index.lookup(E164Keys.of("+491719876543")).get(0).card();
        assertThat(ada).isEqualTo(new PersonCard("Ada Beispiel", "Contoso", "Buyer"));
        assertThat(adaAgain).as("one card per person").isSameAs(ada);
        assertThat(bert.company()).as("company text shared").isSameAs(ada.company());
        assertThat(index.cardCount()).isEqualTo(2);
    }

    @Test
    void theFirstCardGivenForAPersonIsKept() {
        CallerIndex index = new CallerIndex(4);

        index.add(new PersonKey("ada"), "+491712345678", PhoneType.MOBILE, USERS, "Ada Beispiel", "Contoso", null);
        index.add(new PersonKey("ada"), "+498971041100", PhoneType.BUSINESS, USERS, "Other", "Other", null);

        assertThat(index.lookup(E164Keys.of("+498971041100")).get(0).card().displayName()).isEqualTo("Ada Beispiel");
    }

    @Test
    void summarisesItsMemoryWithFiguresOnlyAndNoNumberOrName() {
        CallerIndex index = new CallerIndex(4);
        index.add(new PersonKey("ada"), "+491712345678", PhoneType.MOBILE, USERS, "Ada Beispiel", "Contoso", null);
        index.add(new PersonKey("bert"), "+491719876543", PhoneType.MOBILE, USERS);

        String summary = index.memorySummary();

        assertThat(summary).startsWith("2 numbers, 2 people (1 with a card), 2 entries, ")
                .contains("KiB arrays", String.format(java.util.Locale.ROOT, "%.1f bytes per number",
                        index.arrayBytesPerNumber()))
                .doesNotContain("1712345678", "Ada", "Contoso", "ada");
    }
}
