package app.contactshield.desktop.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.TestPeople;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.presence.StaticPresenceFeed;
import app.contactshield.desktop.ui.sample.InMemoryContactStore;
import app.contactshield.desktop.ui.settings.UserSettings;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The search model while the first index is still being read from a big store: the background and JavaFX threads
 * are queues the test runs step by step, so it sees every state the window would show on the way.
 */
class SearchWhileIndexingTest {
    private static final int CUSTOMERS = 9_000;

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private InMemoryContactStore store;
    private SearchViewModel model;

    @BeforeEach
    void startModel() throws Exception {
        List<Person> people = new ArrayList<>(TestPeople.directory());
        for (int i = 0; i < CUSTOMERS; i++) {
            people.add(TestPeople.customer("Zora Person" + i, "Zora", "Person" + i, "Mannheim Maschinenbau",
                    "Buyer", "p" + i + "@mannheim.example", "+49 621 555 " + (10_000 + i)));
        }
        store = InMemoryContactStore.of(people);
        store.setFavourite(people.get(1).key(), true);
        model = new SearchViewModel(store, new StaticPresenceFeed(), UserSettings.inMemory(), background::add,
                fx::add, Messages.forLocale(Locale.ENGLISH), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        model.start();
    }

    /** Runs the JavaFX thread's queue until the condition holds. */
    private void runFxUntil(BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            assertThat(fx).as("JavaFX tasks left").isNotEmpty();
            fx.poll().run();
        }
    }

    private static void drain(Queue<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    @Test
    void aSearchTypedWhileIndexingAnswersOverWhatIsIndexedAndIsRefreshedWhenIndexingCompletes() {
        background.poll().run();
        runFxUntil(() -> !model.loadingProperty().get());

        model.queryProperty().set("zora");

        assertThat(model.isComplete()).isFalse();
        assertThat(model.rows()).isNotEmpty();
        assertThat(model.totalProperty().get()).isBetween(1, CUSTOMERS - 1);
        assertThat(model.indexingProperty().get()).matches("Indexing [0-9,]+ of 9,006…");
        assertThat(model.emptyTextProperty().get()).isEqualTo("Loading contacts…");
        drain(fx);
        assertThat(model.isComplete()).isTrue();
        assertThat(model.totalProperty().get()).isEqualTo(CUSTOMERS);
        assertThat(model.summaryProperty().get()).isEqualTo("9,000 matches");
        assertThat(model.indexingProperty().get()).isEmpty();
        assertThat(model.firstIndexComplete().toCompletableFuture()).isCompleted();
    }

    @Test
    void theHintCountsUpWhileTheIndexGrowsAndGoesWhenItIsComplete() {
        background.poll().run();
        List<String> hints = new ArrayList<>();
        model.indexingProperty().addListener((obs, old, text) -> hints.add(text));

        drain(fx);

        assertThat(hints).hasSizeGreaterThan(2).last().isEqualTo("");
        assertThat(hints.subList(0, hints.size() - 1)).allMatch(hint -> hint.matches("Indexing [0-9,]+ of 9,006…"))
                .isSortedAccordingTo((a, b) -> Integer.compare(indexed(a), indexed(b)));
        assertThat(model.index().size()).isEqualTo(CUSTOMERS + 6);
    }

    private static int indexed(String hint) {
        return Integer.parseInt(hint.substring("Indexing ".length(), hint.indexOf(" of")).replace(",", ""));
    }

    @Test
    void favouritesComeFirstFromTheFirstPartialIndexAndAFavouriteMarkedWhileIndexingStaysMarked() throws Exception {
        PersonKey stored = TestPeople.directory().get(1).key();
        background.poll().run();
        runFxUntil(() -> !model.loadingProperty().get());
        assertThat(model.isComplete()).isFalse();
        assertThat(model.rows().get(0).hit().entry().key()).isEqualTo(stored);
        PersonKey marked = lastCustomerNotIndexedYet();

        model.setFavourite(marked, true);
        drain(fx);

        assertThat(model.isComplete()).isTrue();
        assertThat(model.index().isFavourite(marked)).isTrue();
        assertThat(model.index().isFavourite(stored)).isTrue();
        assertThat(model.rows().subList(0, 2)).extracting(row -> row.hit().entry().key())
                .containsExactlyInAnyOrder(stored, marked);
        drain(background);
        drain(fx);
        assertThat(store.favourites()).contains(marked, stored);
        assertThat(model.index().isFavourite(marked)).isTrue();
    }

    private PersonKey lastCustomerNotIndexedYet() {
        for (int i = CUSTOMERS - 1; i >= 0; i--) {
            PersonKey key = TestPeople.customer("Zora Person" + i, "Zora", "Person" + i, "Mannheim Maschinenbau",
                    "Buyer", "p" + i + "@mannheim.example", "+49 621 555 " + (10_000 + i)).key();
            if (model.index().entry(key).isEmpty()) {
                return key;
            }
        }
        throw new AssertionError("Every customer was indexed by the first partial index");
    }

    @Test
    void aRebuildAfterTheStoreChangesKeepsTheCompleteIndexUntilTheNewOneIsDone() {
        background.poll().run();
        drain(fx);
        int complete = model.index().size();

        store.put(TestPeople.customer("Zoe Newcomer", "Zoe", "Newcomer", "Mannheim Maschinenbau", "Buyer",
                "zoe@mannheim.example", "+49 621 555 99999"));
        background.poll().run();
        List<Integer> sizesShown = new ArrayList<>();
        while (!fx.isEmpty()) {
            fx.poll().run();
            sizesShown.add(model.index().size());
        }

        assertThat(sizesShown).isNotEmpty().allMatch(size -> size >= complete).last().isEqualTo(complete + 1);
        assertThat(model.indexingProperty().get()).isEmpty();
    }
}
