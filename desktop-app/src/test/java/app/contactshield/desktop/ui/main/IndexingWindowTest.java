package app.contactshield.desktop.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.TestPeople;
import app.contactshield.desktop.links.CapturingLinkOpener;
import app.contactshield.desktop.ui.AppContext;
import app.contactshield.desktop.ui.UiFixture;
import app.contactshield.desktop.ui.WorkerThreads;
import app.contactshield.desktop.ui.presence.StaticPresenceFeed;
import app.contactshield.desktop.ui.sample.InMemoryContactStore;
import app.contactshield.desktop.ui.sample.SamplePhoneLink;
import app.contactshield.desktop.ui.settings.UserSettings;
import app.contactshield.desktop.ui.status.ManualSyncStatusFeed;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.store.ContactStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The main window of a big store shows, answers and says how far indexing got before the index is complete. */
@ExtendWith(ApplicationExtension.class)
class IndexingWindowTest {
    private static final int CUSTOMERS = 9_000;
    /** The store pauses its stream after this many people until the test lets it go on. */
    private static final int PAUSE_AFTER = 7_000;

    private final CountDownLatch goOn = new CountDownLatch(1);
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        UiFixture.hideOtherWindows(primary);
        List<Person> people = new ArrayList<>(TestPeople.directory());
        for (int i = 0; i < CUSTOMERS; i++) {
            people.add(TestPeople.customer("Zora Person" + i, "Zora", "Person" + i, "Mannheim Maschinenbau",
                    "Buyer", "p" + i + "@mannheim.example", "+49 621 555 " + (10_000 + i)));
        }
        AppContext.Parts parts = new AppContext.Parts(pausing(InMemoryContactStore.of(people)),
                SamplePhoneLink.demo(), new StaticPresenceFeed(), UserSettings.inMemory(),
                new ManualSyncStatusFeed(Instant.now()), false, List.of());
        context = new AppContext(parts, new CapturingLinkOpener(), WorkerThreads.create("indexing-test", 2),
                Platform::runLater, Clock.systemUTC(), Locale.ENGLISH, false);
        context.start();
        context.showMainWindow(primary);
        primary.setWidth(1180);
        primary.setHeight(760);
    }

    @Stop
    void stop() {
        goOn.countDown();
        context.close();
    }

    /** A store whose stream of people stops after {@link #PAUSE_AFTER} until {@link #goOn} opens. */
    private ContactStore pausing(ContactStore store) {
        return (ContactStore) Proxy.newProxyInstance(ContactStore.class.getClassLoader(),
                new Class<?>[] {ContactStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("forEachPerson")) {
                        @SuppressWarnings("unchecked")
                        Consumer<Person> visitor = (Consumer<Person>) args[0];
                        int[] count = {0};
                        args = new Object[] {(Consumer<Person>) person -> {
                            if (count[0]++ == PAUSE_AFTER) {
                                awaitGoOn();
                            }
                            visitor.accept(person);
                        }};
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void awaitGoOn() {
        try {
            goOn.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || !n.isManaged()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void answersASearchTypedWhileIndexingWithAHintAndRefreshesItWhenIndexingCompletes(FxRobot robot)
            throws Exception {
        Label hint = robot.lookup("#indexingHint").queryAs(Label.class);
        UiFixture.await(() -> !context.search().loadingProperty().get() && shown(hint));

        robot.clickOn("#searchField").write("zora");

        UiFixture.await(() -> !context.search().rows().isEmpty());
        assertThat(hint.getText()).matches("Indexing [0-9,]+ of 9,006…");
        assertThat(context.search().totalProperty().get()).isBetween(1, PAUSE_AFTER);
        UiFixture.screenshot(stage.getScene(), "main-indexing-light");
        goOn.countDown();
        UiFixture.await(() -> context.search().totalProperty().get() == CUSTOMERS && !shown(hint));
        assertThat(context.search().isComplete()).isTrue();
        assertThat(robot.lookup("#summary").queryAs(Label.class).getText()).isEqualTo("9,000 matches");
    }
}
