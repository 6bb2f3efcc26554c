package app.contactshield.desktop.ui.presence;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.presence.Presence;
import app.contactshield.graphsync.presence.PresenceBoard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BoardPresenceFeedTest {
    private static final String OID = "6e7b768e-07e2-4810-8459-485f84f8f204";
    private static final Instant FETCHED = Instant.parse("2026-12-03T10:00:00Z");

    private final PresenceBoard board = new PresenceBoard();
    private final List<Collection<String>> onScreen = new ArrayList<>();
    private final List<Collection<String>> favourites = new ArrayList<>();
    private final BoardPresenceFeed feed = new BoardPresenceFeed(board, onScreen::add, favourites::add);

    @Test
    void readsADirectoryUsersPresenceByTheObjectIdInTheirKey() {
        board.update(List.of(new Presence(OID, "Busy", "InACall", "Back at 3", true, "On leave", FETCHED)));

        PresenceView view = feed.presence(new PersonKey("oid:" + OID)).orElseThrow();

        assertThat(view).isEqualTo(new PresenceView(Availability.BUSY, "InACall", "Back at 3", "On leave", FETCHED));
        assertThat(feed.presence(new PersonKey("mail:lena.vogel@fabrikam.example"))).isEmpty();
    }

    @Test
    void passesOnlyDirectoryUsersToThePoller() {
        feed.watch(List.of(new PersonKey("oid:" + OID), new PersonKey("mail:lena.vogel@fabrikam.example")));
        feed.watchFavourites(List.of(new PersonKey("oid:" + OID)));

        assertThat(onScreen).containsExactly(List.of(OID));
        assertThat(favourites).containsExactly(List.of(OID));
    }

    @Test
    void tellsListenersWhichPeopleChanged() {
        List<Set<PersonKey>> told = new ArrayList<>();
        feed.addListener(told::add);

        board.update(List.of(new Presence(OID, "Available", "Available", "", false, "", FETCHED)));

        assertThat(told).containsExactly(Set.of(new PersonKey("oid:" + OID)));
    }

    @Test
    void someoneNewOnScreenWithoutAPresenceAsksForARoundAtOnce() {
        List<String> rounds = new ArrayList<>();
        BoardPresenceFeed polling = new BoardPresenceFeed(board, onScreen::add, favourites::add,
                () -> rounds.add("now"));
        board.update(List.of(new Presence(OID, "Available", "Available", "", false, "", FETCHED)));

        polling.watch(List.of(new PersonKey("oid:" + OID)));
        polling.watch(List.of(new PersonKey("oid:" + OID), new PersonKey("oid:new-colleague")));

        assertThat(rounds).containsExactly("now");
    }
}
