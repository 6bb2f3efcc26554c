package app.contactshield.callerid.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.E164Keys;
import app.contactshield.graphsync.store.ContactStore;
import app.contactshield.graphsync.store.StoreException;
import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bulk load from a store's stream answers exactly as one add per streamed number would. */
class CallerIndexLoadTest {
    private static final SourceId USERS = new SourceId("graph.users");
    private static final SourceId OUTLOOK = new SourceId("graph.outlook");
    private static final String ADA_MOBILE = "+491712345678";
    private static final String SHARED_DESK = "+498971041100";
    private static final String ADA_PRIVATE = "+491601234567";
    private static final String CARL_MOBILE = "+491719876543";

    private static final List<Row> ROWS = List.of(
            new Row("ada", ADA_MOBILE, PhoneType.MOBILE, USERS, "Ada Beispiel", "Contoso", "Buyer"),
            new Row("bert", SHARED_DESK, PhoneType.BUSINESS, USERS, "Bert Muster", "Contoso", null),
            new Row("carl", CARL_MOBILE, PhoneType.MOBILE, OUTLOOK, null, null, null),
            new Row("ada", SHARED_DESK, PhoneType.BUSINESS, OUTLOOK, "Ada B.", "Other", null),
            new Row("ada", ADA_MOBILE, PhoneType.MOBILE, USERS, "Ada Beispiel", "Contoso", "Buyer"),
            new Row("ada", "0171 not e164", PhoneType.MOBILE, USERS, "Ada Beispiel", "Contoso", "Buyer"),
            new Row("carl", CARL_MOBILE, PhoneType.BUSINESS, OUTLOOK, "Carl Later", null, null),
            new Row("ada", ADA_PRIVATE, PhoneType.HOME, OUTLOOK, "Ada B.", "Other", null));

    @Test
    void aLoadedIndexAnswersLikeOneAddPerNumberInStreamOrder() throws StoreException {
        CallerIndex added = new CallerIndex(4);
        ROWS.forEach(row -> added.add(new PersonKey(row.person), row.e164, row.type, row.source, row.name,
                row.company, row.title));

        CallerIndex loaded = new CallerIndex(4);
        loaded.loadFrom(streaming(ROWS));

        for (String number : List.of(ADA_MOBILE, SHARED_DESK, ADA_PRIVATE, CARL_MOBILE)) {
            assertThat(loaded.lookup(E164Keys.of(number))).as("holders of one number")
                    .isEqualTo(added.lookup(E164Keys.of(number))).isNotEmpty();
        }
        assertThat(loaded.lookup(E164Keys.of(SHARED_DESK))).extracting(IndexedNumber::person)
                .containsExactly(new PersonKey("bert"), new PersonKey("ada"));
        assertThat(loaded.lookup(E164Keys.of(SHARED_DESK)).get(1).card().displayName()).isEqualTo("Ada Beispiel");
        assertThat(loaded.lookup(E164Keys.of(CARL_MOBILE)).get(0).card().displayName()).isEqualTo("Carl Later");
        assertThat(loaded.entryCount()).isEqualTo(added.entryCount()).isEqualTo(6);
        assertThat(loaded.personCount()).isEqualTo(3);
        assertThat(loaded.numberCount()).isEqualTo(4);
    }

    @Test
    void loadingIntoAnIndexThatHoldsPeopleKeepsTheirCardsAndAddsTheirNewNumbers() throws StoreException {
        CallerIndex index = new CallerIndex(4);
        index.add(new PersonKey("ada"), ADA_PRIVATE, PhoneType.HOME, OUTLOOK, "Ada Known", null, null);

        index.loadFrom(streaming(ROWS));

        assertThat(index.lookup(E164Keys.of(ADA_MOBILE)).get(0).card().displayName()).isEqualTo("Ada Known");
        assertThat(index.lookup(E164Keys.of(ADA_PRIVATE))).hasSize(1);
        assertThat(index.personCount()).isEqualTo(3);
        assertThat(index.entryCount()).isEqualTo(6);
    }

    @Test
    void aLoadedIndexFollowsLaterChangesOfOnePerson() throws StoreException {
        CallerIndex index = new CallerIndex(4);
        index.loadFrom(streaming(ROWS));

        index.replacePerson(new PersonKey("ada"), null);
        index.add(new PersonKey("dora"), ADA_MOBILE, PhoneType.MOBILE, USERS, "Dora Neu", null, null);

        assertThat(index.lookup(E164Keys.of(SHARED_DESK))).extracting(IndexedNumber::person)
                .containsExactly(new PersonKey("bert"));
        assertThat(index.lookup(E164Keys.of(ADA_PRIVATE))).isEmpty();
        assertThat(index.lookup(E164Keys.of(ADA_MOBILE))).extracting(h -> h.card().displayName())
                .containsExactly("Dora Neu");
        assertThat(index.personCount()).isEqualTo(3);
    }

    private static ContactStore streaming(List<Row> rows) {
        return (ContactStore) Proxy.newProxyInstance(ContactStore.class.getClassLoader(),
                new Class<?>[] {ContactStore.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("forEachPhoneCard")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    ContactStore.PhoneCardVisitor visitor = (ContactStore.PhoneCardVisitor) args[0];
                    rows.forEach(r -> visitor.visit(new PersonKey(r.person), r.e164, r.type, r.source, r.name,
                            r.company, r.title));
                    return null;
                });
    }

    private record Row(String person, String e164, PhoneType type, SourceId source, String name, String company,
            String title) {
    }
}
