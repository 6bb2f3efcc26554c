package app.contactshield.graphsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.model.PersonKey;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The favourites keep the order the user gives them, across restarts and across the schema upgrade. */
class FavouriteOrderTest {
    private static final PersonKey ADA = new PersonKey("u:ada");
    private static final PersonKey BOB = new PersonKey("u:bob");
    private static final PersonKey CARL = new PersonKey("u:carl");
    private static final PersonKey DORA = new PersonKey("u:dora");

    @TempDir
    Path dataDir;

    private final byte[] key = new byte[32];
    private H2ContactStore store;

    @BeforeEach
    void open() throws StoreException {
        key[0] = 9;
        store = StoreOpener.open(dataDir, key).store();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void newFavouritesGoLastInTheOrderTheyWereMarked() throws StoreException {
        store.setFavourite(CARL, true);
        store.setFavourite(ADA, true);
        store.setFavourite(BOB, true);
        store.setFavourite(ADA, true);

        assertThat(store.orderedFavourites()).containsExactly(CARL, ADA, BOB);
        assertThat(store.favourites()).containsExactlyInAnyOrder(ADA, BOB, CARL);
    }

    @Test
    void theOrderSurvivesARestart() throws StoreException {
        List.of(ADA, BOB, CARL).forEach(this::mark);

        store.reorderFavourites(List.of(CARL, ADA, BOB));
        store.close();
        store = StoreOpener.open(dataDir, key).store();

        assertThat(store.orderedFavourites()).containsExactly(CARL, ADA, BOB);
    }

    @Test
    void reorderingSkipsNonFavouritesAndKeepsTheOnesLeftOutAfterTheGivenOnes() throws StoreException {
        List.of(ADA, BOB, CARL).forEach(this::mark);

        store.reorderFavourites(List.of(CARL, DORA));

        assertThat(store.orderedFavourites()).containsExactly(CARL, ADA, BOB);
    }

    @Test
    void unmarkingAndMarkingAgainPutsThePersonLast() throws StoreException {
        List.of(ADA, BOB, CARL).forEach(this::mark);

        store.setFavourite(ADA, false);
        store.setFavourite(ADA, true);

        assertThat(store.orderedFavourites()).containsExactly(BOB, CARL, ADA);
    }

    @Test
    void reorderingTellsTheListenersWhoseFavouriteChanged() throws StoreException {
        List.of(ADA, BOB).forEach(this::mark);
        List<Set<?>> told = new ArrayList<>();
        store.addListener(told::add);

        store.reorderFavourites(List.of(BOB, ADA));

        assertThat(told).containsExactly(Set.of(BOB, ADA));
    }

    @Test
    void favouritesOfAStoreFromBeforeTheUpgradeKeepAStableOrderAndNewOnesGoLast() throws SQLException {
        String url = "jdbc:h2:" + dataDir.resolve("upgrade").toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .javaMigrations(new V2__CallerChunks()).target("2").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                PreparedStatement insert = db.prepareStatement("INSERT INTO favourite (person_key) VALUES (?)")) {
            for (PersonKey favourite : List.of(CARL, ADA, BOB)) {
                insert.setString(1, favourite.value());
                insert.executeUpdate();
            }
        }

        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .javaMigrations(new V2__CallerChunks(), new V3__RecordKeys()).load().migrate();

        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement check = db.createStatement()) {
            assertThat(FavouriteTable.ordered(db)).containsExactly(ADA, BOB, CARL);
            FavouriteTable.append(db, DORA);
            assertThat(FavouriteTable.ordered(db)).containsExactly(ADA, BOB, CARL, DORA);
            assertThat(check.executeQuery("SELECT COUNT(DISTINCT position) FROM favourite")).satisfies(rs -> {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(4);
            });
        }
    }

    private void mark(PersonKey person) {
        try {
            store.setFavourite(person, true);
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
