package app.contactshield.desktop.ui.favourites;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.TestPeople;
import app.contactshield.desktop.search.SearchHit;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.main.SearchViewModel;
import app.contactshield.desktop.ui.presence.StaticPresenceFeed;
import app.contactshield.desktop.ui.sample.InMemoryContactStore;
import app.contactshield.desktop.ui.settings.UserSettings;
import app.contactshield.graphsync.model.Person;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FavouritesViewModelTest {
    private final List<Person> people = TestPeople.directory();
    private final InMemoryContactStore store = InMemoryContactStore.of(people);
    private SearchViewModel search;
    private FavouritesViewModel model;

    @BeforeEach
    void start() throws Exception {
        store.setFavourite(people.get(0).key(), true);
        store.setFavourite(people.get(4).key(), true);
        search = new SearchViewModel(store, new StaticPresenceFeed(), UserSettings.inMemory(), Runnable::run,
                Runnable::run, Messages.forLocale(Locale.ENGLISH), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        search.start();
        model = new FavouritesViewModel(search);
        model.reload();
    }

    private List<String> names(List<SearchHit> hits) {
        return hits.stream().map(hit -> hit.entry().displayName()).toList();
    }

    private void select(String name) {
        model.selectedProperty().set(model.favourites().stream()
                .filter(hit -> hit.entry().displayName().equals(name)).findFirst().orElseThrow());
    }

    @Test
    void listsTheFavouritesAlphabeticallyAtFirst() {
        assertThat(names(model.favourites())).containsExactly("Ada Beispiel", "Lena Vogel");
    }

    @Test
    void theInlineSearchOffersOnlyPeopleWhoAreNotFavouritesYet() {
        model.queryProperty().set("mu");

        assertThat(names(model.candidates())).contains("Jürgen Müller", "Sabine Mueller", "Marco Muller")
                .doesNotContain("Ada Beispiel", "Lena Vogel");
    }

    @Test
    void addingAPersonMakesThemTheLastFavouriteInTheStoreAndClearsTheSearch() throws Exception {
        model.queryProperty().set("marco");

        model.add(model.candidates().get(0));

        assertThat(names(model.favourites())).containsExactly("Ada Beispiel", "Lena Vogel", "Marco Muller");
        assertThat(store.favourites()).contains(people.get(5).key());
        assertThat(model.queryProperty().get()).isEmpty();
        assertThat(model.candidates()).isEmpty();
    }

    @Test
    void movesTheSelectedFavouriteUpAndDown() {
        model.queryProperty().set("sabine");
        model.add(model.candidates().get(0));
        select("Sabine Mueller");

        int up = model.moveSelectedUp();
        List<String> afterUp = names(model.favourites());
        int down = model.moveSelectedDown();

        assertThat(up).isEqualTo(1);
        assertThat(afterUp).containsExactly("Ada Beispiel", "Sabine Mueller", "Lena Vogel");
        assertThat(down).isEqualTo(2);
        assertThat(names(model.favourites())).containsExactly("Ada Beispiel", "Lena Vogel", "Sabine Mueller");
    }

    @Test
    void doesNotMovePastEitherEnd() {
        select("Ada Beispiel");
        int up = model.moveSelectedUp();
        select("Lena Vogel");
        int down = model.moveSelectedDown();

        assertThat(up).isEqualTo(-1);
        assertThat(down).isEqualTo(-1);
        assertThat(names(model.favourites())).containsExactly("Ada Beispiel", "Lena Vogel");
    }

    @Test
    void theOrderSurvivesAReload() {
        select("Lena Vogel");
        model.moveSelectedUp();

        model.reload();

        assertThat(names(model.favourites())).containsExactly("Lena Vogel", "Ada Beispiel");
    }

    @Test
    void theOrderIsSavedInTheStoreAndTheEmptySearchListsTheFavouritesInIt() throws Exception {
        select("Lena Vogel");

        model.moveSelectedUp();

        assertThat(store.orderedFavourites()).containsExactly(people.get(4).key(), people.get(0).key());
        assertThat(search.rows()).extracting(row -> row.hit().entry().displayName())
                .startsWith("Lena Vogel", "Ada Beispiel");
    }

    @Test
    void theNextStartShowsTheFavouritesInTheSavedOrder() {
        select("Lena Vogel");
        model.moveSelectedUp();

        SearchViewModel restarted = new SearchViewModel(store, new StaticPresenceFeed(), UserSettings.inMemory(),
                Runnable::run, Runnable::run, Messages.forLocale(Locale.ENGLISH),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        restarted.start();
        FavouritesViewModel editor = new FavouritesViewModel(restarted);
        editor.reload();

        assertThat(names(editor.favourites())).containsExactly("Lena Vogel", "Ada Beispiel");
        assertThat(restarted.rows()).extracting(row -> row.hit().entry().displayName())
                .startsWith("Lena Vogel", "Ada Beispiel");
    }

    @Test
    void aSearchWithTextStillRanksByMatchNotByTheFavouriteOrder() {
        select("Lena Vogel");
        model.moveSelectedUp();

        search.queryProperty().set("ada");

        assertThat(search.rows()).extracting(row -> row.hit().entry().displayName()).first()
                .isEqualTo("Ada Beispiel");
    }

    @Test
    void removesTheSelectedFavouriteFromTheStore() throws Exception {
        select("Ada Beispiel");

        model.removeSelected();

        assertThat(names(model.favourites())).containsExactly("Lena Vogel");
        assertThat(store.favourites()).doesNotContain(people.get(0).key());
    }
}
