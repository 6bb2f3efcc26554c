package app.contactshield.desktop.calls;

import app.contactshield.callerid.bluez.BluetoothAddresses;
import app.contactshield.callerid.call.CallCoordinator;
import app.contactshield.callerid.call.CallEventListener;
import app.contactshield.callerid.call.CallView;
import app.contactshield.callerid.index.Identification;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.link.PhoneLinkListener;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.presence.PresenceBoard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The incoming-call window, always on top, in the bottom-right corner of the primary screen. It shows itself when a
 * call rings and hides when the last call that rang ends; call waiting shows both calls. It shows without taking
 * the keyboard focus, and takes it only when the user opens the colleague search or the note ({@link CornerWindow}).
 *
 * <p>Entry point for the app shell: {@link #create(CallServices, List)} on the JavaFX thread, then
 * {@link #attach(CallCoordinator, Function)} (or, without a coordinator, {@link #attach(PhoneLink, CallerLookup)})
 * and {@link #attach(PresenceBoard)}. Events may arrive on any thread;
 * the window moves them to the JavaFX thread through {@link CallServices#fx()}.
 */
public final class IncomingCallWindow {
    private static final Logger LOG = LoggerFactory.getLogger(IncomingCallWindow.class);
    private static final int CARD_POOL = 2;

    private final CallServices services;
    private final IncomingCallViewModel viewModel;
    private final IncomingCallController controller;
    private final CornerWindow corner;
    private final Parent root;
    private final List<Runnable> detach = new ArrayList<>();

    private IncomingCallWindow(CallServices services, List<String> stylesheets) {
        this.services = services;
        CallsText text = services.text();
        this.viewModel = new IncomingCallViewModel(services);
        FXMLLoader fxml = new FXMLLoader(IncomingCallWindow.class.getResource("IncomingCall.fxml"), text.bundle());
        try {
            root = fxml.load();
        } catch (IOException e) {
            throw new UncheckedIOException("IncomingCall.fxml could not be loaded from the application", e);
        }
        controller = fxml.getController();
        controller.bind(viewModel, CallCardView.Loader.fxml(text), CARD_POOL);
        Scene scene = new Scene(new Group());
        scene.getStylesheets().addAll(stylesheets);
        scene.getStylesheets().add(stylesheet());
        corner = new CornerWindow(root, scene, text.get("window.accessible"));
        viewModel.wantedProperty().addListener((obs, was, wanted) -> {
            if (wanted) {
                corner.show();
            } else {
                corner.hide();
                controller.refillPool(CARD_POOL);
            }
        });
        viewModel.calls().addListener((ListChangeListener<CallCardViewModel>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::typeWhenAsked);
            }
            corner.fit();
        });
        controller.onCardResized(corner::fit);
    }

    /** Opening the colleague search or the note means the user wants to type: the window takes the focus then. */
    private void typeWhenAsked(CallCardViewModel card) {
        card.chat().openProperty().addListener((obs, was, open) -> {
            if (open) {
                corner.allowTyping();
            }
        });
        card.note().openProperty().addListener((obs, was, open) -> {
            if (open) {
                corner.allowTyping();
            }
        });
    }

    /**
     * Builds the window, hidden, with its FXML and card pool loaded; JavaFX thread.
     *
     * @param services    what the window needs
     * @param stylesheets extra stylesheets of the app (theme); the window adds its own
     */
    public static IncomingCallWindow create(CallServices services, List<String> stylesheets) {
        return new IncomingCallWindow(Objects.requireNonNull(services, "services"), List.copyOf(stylesheets));
    }

    /** The window's own stylesheet, shared by the other call screens. */
    public static String stylesheet() {
        return Objects.requireNonNull(IncomingCallWindow.class.getResource("calls.css"), "calls.css").toExternalForm();
    }

    /**
     * Registers with the phone link: each call event is identified on the link's thread (from memory) and shown on
     * the JavaFX thread.
     */
    public PhoneLinkListener attach(PhoneLink link, CallerLookup lookup) {
        PhoneLinkListener listener = listener(lookup);
        link.addListener(listener);
        detach.add(() -> link.removeListener(listener));
        return listener;
    }

    /** A listener that identifies calls with {@code lookup} and shows them, for links the shell registers itself. */
    public PhoneLinkListener listener(CallerLookup lookup) {
        Objects.requireNonNull(lookup, "lookup");
        return new PhoneLinkListener() {
            @Override
            public void callChanged(PhoneCall call) {
                CallerView caller = call.state() == CallState.ENDED ? null : identify(lookup, call);
                show(call, caller);
            }

            @Override
            public void linkChanged(LinkState state) {
                services.fx().execute(() -> viewModel.linkChanged(state));
            }
        };
    }

    private static CallerView identify(CallerLookup lookup, PhoneCall call) {
        if (call.withheld()) {
            return CallerView.withheld();
        }
        try {
            return lookup.identify(call);
        } catch (RuntimeException e) {
            LOG.error("Identifying call {} failed; shown as unknown", BluetoothAddresses.maskInPath(call.callId()), e);
            return CallerView.unknown(call.number());
        }
    }

    /**
     * Registers with the call coordinator (the app's normal wiring): each event arrives identified and screened on
     * the coordinator's thread and is shown on the JavaFX thread. The window also follows the phone link's state for
     * the "Demo" badge. Create the window with {@code services.withControl(CallControl.of(coordinator, ...))} so
     * that its buttons act through the coordinator.
     *
     * @param coordinator the call coordinator
     * @param teamsUsers  the user principal name of a person from memory, or {@code null}
     */
    public CallEventListener attach(CallCoordinator coordinator, Function<PersonKey, String> teamsUsers) {
        Objects.requireNonNull(teamsUsers, "teamsUsers");
        CallEventListener listener = new CallEventListener() {
            @Override
            public void ringing(CallView call) {
                showCall(call);
            }

            @Override
            public void waiting(CallView call) {
                showCall(call);
            }

            @Override
            public void dialling(CallView call) {
                showCall(call);
            }

            @Override
            public void active(CallView call) {
                showCall(call);
            }

            @Override
            public void held(CallView call) {
                showCall(call);
            }

            @Override
            public void ended(CallView call) {
                show(new PhoneCall(call.callId(), "", CallState.ENDED, false), null);
            }

            private void showCall(CallView call) {
                Identification id = call.identification();
                show(new PhoneCall(call.callId(), id.rawNumber(), call.state(),
                        id.kind() == Identification.Kind.WITHHELD), CallerViews.from(id, teamsUsers));
            }
        };
        coordinator.addListener(listener);
        detach.add(() -> coordinator.removeListener(listener));
        PhoneLinkListener badge = new PhoneLinkListener() {
            @Override
            public void callChanged(PhoneCall call) {
                // Calls arrive through the coordinator, identified and screened.
            }

            @Override
            public void linkChanged(LinkState state) {
                services.fx().execute(() -> viewModel.linkChanged(state));
            }
        };
        services.link().addListener(badge);
        detach.add(() -> services.link().removeListener(badge));
        return listener;
    }

    /** Shows a call event with its identification; any thread. */
    public void show(PhoneCall call, CallerView caller) {
        services.fx().execute(() -> viewModel.callChanged(call, caller));
    }

    /** Re-reads presence whenever the board changes. */
    public void attach(PresenceBoard board) {
        board.addListener(updated -> services.fx().execute(viewModel::presenceChanged));
    }

    /** The window of ours that has the keyboard focus, other than {@code except}, or {@code null}. */
    static Window focusedWindow(Window except) {
        return Window.getWindows().stream().filter(w -> w != except && w.isFocused()).findFirst().orElse(null);
    }

    /**
     * Ends the window with the session it belongs to: it stops following the coordinator and the phone link, drops
     * its calls and closes for good, so that no button of it acts on a closed session. JavaFX thread.
     */
    public void close() {
        detach.forEach(Runnable::run);
        detach.clear();
        viewModel.clear();
        corner.dispose();
    }

    /** The window showing the calls now (a popup, or a stage while the user types), for tests and the shell. */
    public Window window() {
        return corner.window();
    }

    /**
     * Keeps an area of the screen clear where the corner allows (the main window's status bar): the window moves up
     * to just above it. The area is asked each time the window is placed; empty means nothing to avoid.
     */
    public void keepClear(Supplier<Optional<Rectangle2D>> area) {
        corner.keepClear(Objects.requireNonNull(area, "area"));
    }

    /**
     * Puts the calls back above the app's other windows, for code that brings one of them to the front without
     * focusing it ({@code Stage.toFront()}); showing or focusing a window does it by itself.
     */
    public void raise() {
        corner.raise();
    }

    /** Whether the window stays above other apps' windows. */
    public boolean isOnTop() {
        return corner.onTop();
    }

    /** The window's root node, for screenshots. */
    public Parent root() {
        return root;
    }

    /** The model, for tests and the shell. */
    public IncomingCallViewModel viewModel() {
        return viewModel;
    }
}
