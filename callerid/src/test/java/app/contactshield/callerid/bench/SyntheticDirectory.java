package app.contactshield.callerid.bench;

import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.store.ContactStore;
import java.lang.reflect.Proxy;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic directory for benchmarks: each invented person has a German mobile number, every third
 * one a Munich desk number, and every hundredth desk number is shared with the next person. Numbers are valid in
 * libphonenumber's metadata. Replays itself as {@link ContactStore#forEachPhone} would.
 */
final class SyntheticDirectory {
    private static final SourceId[] SOURCES = {SourceId.GRAPH_USERS, SourceId.GRAPH_ORG_CONTACTS,
        SourceId.GRAPH_OUTLOOK, new SourceId("dataverse")};

    private final PersonKey[] people;
    private final String[] mobiles;
    private final String[] desks;

    SyntheticDirectory(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        people = new PersonKey[size];
        mobiles = new String[size];
        desks = new String[size];
        String sharedDesk = null;
        for (int i = 0; i < size; i++) {
            people[i] = new PersonKey("oid:" + Long.toHexString(random.nextLong()) + "-" + i);
            mobiles[i] = "+49151" + (10_000_000 + i * 37 % 90_000_000);
            if (sharedDesk != null) {
                desks[i] = sharedDesk;
                sharedDesk = null;
            } else if (i % 3 == 0) {
                desks[i] = "+4989" + (20_000_000 + random.nextInt(70_000_000));
                sharedDesk = i % 100 == 0 ? desks[i] : null;
            }
        }
    }

    int size() {
        return people.length;
    }

    /** The mobile number of person {@code i} in E.164. */
    String mobile(int i) {
        return mobiles[i];
    }

    /** Replays every number, as the store's {@code forEachPhone} does. */
    void forEachPhone(ContactStore.PhoneEntryVisitor visitor) {
        for (int i = 0; i < people.length; i++) {
            SourceId source = SOURCES[i % SOURCES.length];
            visitor.visit(people[i], mobiles[i], PhoneType.MOBILE, source);
            if (desks[i] != null) {
                visitor.visit(people[i], desks[i], PhoneType.BUSINESS, SourceId.GRAPH_USERS);
            }
        }
    }

    /** A store whose only working method is {@code forEachPhoneCard}, replaying every number with a card. */
    ContactStore asStore() {
        return (ContactStore) Proxy.newProxyInstance(ContactStore.class.getClassLoader(),
                new Class<?>[] {ContactStore.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("forEachPhoneCard")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    ContactStore.PhoneCardVisitor visitor = (ContactStore.PhoneCardVisitor) args[0];
                    forEachPhone((person, e164, type, source) -> visitor.visit(person, e164, type, source,
                            "Person", "Contoso", null));
                    return null;
                });
    }
}
