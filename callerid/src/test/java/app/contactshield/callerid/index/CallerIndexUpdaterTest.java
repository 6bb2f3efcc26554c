package app.contactshield.callerid.index;

import static app.contactshield.callerid.testing.TestPeople.person;
import static app.contactshield.callerid.testing.TestPeople.phone;
import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.testing.InMemoryContactStore;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.phone.E164Keys;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallerIndexUpdaterTest {
    private final InMemoryContactStore store = new InMemoryContactStore();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "caller-index"));

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void buildsFromTheStoreAndFollowsItsChanges() throws Exception {
        store.put(person("ada", "Ada Beispiel", null, null, phone(PhoneType.MOBILE, "0171 2345678", "graph.users")));

        try (CallerIndexUpdater updater = CallerIndexUpdater.start(store, 16, executor)) {
            CallerIndex index = updater.loaded().get(10, TimeUnit.SECONDS);
            store.put(person("bert", "Bert Muster", null, null, phone(PhoneType.HOME, "030 1234567", "dataverse")));
            store.remove(new PersonKey("ada"));
            executor.submit(() -> { }).get(10, TimeUnit.SECONDS);

            assertThat(index.lookup(E164Keys.of("+491712345678"))).isEmpty();
            assertThat(index.lookup(E164Keys.of("+49301234567"))).singleElement()
                    .satisfies(holder -> assertThat(holder.card().displayName()).isEqualTo("Bert Muster"));
        }
    }

    @Test
    void stopsFollowingTheStoreWhenClosed() throws Exception {
        CallerIndexUpdater updater = CallerIndexUpdater.start(store, 16, executor);
        CallerIndex index = updater.loaded().get(10, TimeUnit.SECONDS);

        updater.close();
        store.put(person("bert", "Bert Muster", null, null, phone(PhoneType.HOME, "030 1234567", "dataverse")));
        executor.submit(() -> { }).get(10, TimeUnit.SECONDS);

        assertThat(index.numberCount()).isZero();
    }
}
