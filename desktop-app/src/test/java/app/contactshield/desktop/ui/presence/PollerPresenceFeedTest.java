package app.contactshield.desktop.ui.presence;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.calls.TestPeople;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.presence.Presence;
import app.contactshield.graphsync.presence.PresenceBoard;
import app.contactshield.graphsync.presence.PresenceClient;
import app.contactshield.graphsync.presence.PresencePoller;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The presence feed over a real poller: who is polled, how the board reads, and its listeners. */
class PollerPresenceFeedTest {
    private static final Instant NOW = Instant.parse("2026-12-03T17:00:00Z");
    private static final PersonKey ADA = new PersonKey("oid:" + TestPeople.ADA_OID);

    private final PresenceBoard board = new PresenceBoard();
    private final PresencePoller poller = new PresencePoller(new PresenceClient(HttpClient.newHttpClient(),
            URI.create("http://127.0.0.1:9"), () -> "t", Clock.systemUTC()), board, null, Clock.systemUTC(),
            d -> { });
    private final BoardPresenceFeed feed = BoardPresenceFeed.of(board, poller);

    @Test
    void watchesColleaguesByObjectIdAndSkipsExternalContacts() {
        feed.watch(List.of(ADA, new PersonKey("mail:bernd@muster.example")));
        feed.watchFavourites(List.of(new PersonKey("oid:fav-1")));

        assertThat(poller.watchedIds()).containsExactly(TestPeople.ADA_OID, "fav-1");
    }

    @Test
    void readsTheBoardAsPresenceViews() {
        board.update(List.of(new Presence(TestPeople.ADA_OID, "DoNotDisturb", "Presenting", "Slides until 3", true,
                "", NOW)));

        PresenceView view = feed.presence(ADA).orElseThrow();

        assertThat(view.availability()).isEqualTo(Availability.DO_NOT_DISTURB);
        assertThat(view.activity()).isEqualTo("Presenting");
        assertThat(view.statusMessage()).isEqualTo("Slides until 3");
        assertThat(view.outOfOffice()).isEqualTo("Out of office");
        assertThat(view.updatedAt()).isEqualTo(NOW);
        assertThat(feed.presence(new PersonKey("mail:bernd@muster.example"))).isEmpty();
    }

    @Test
    void listenersHearPersonKeysAndCanBeRemoved() {
        List<Set<PersonKey>> heard = new ArrayList<>();
        java.util.function.Consumer<Set<PersonKey>> listener = heard::add;
        feed.addListener(listener);

        board.update(List.of(TestPeople.adaBusy(NOW)));
        feed.removeListener(listener);
        board.update(List.of(TestPeople.adaBusy(NOW)));

        assertThat(heard).containsExactly(Set.of(ADA));
    }
}
