package app.contactshield.desktop.calls;

import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The incoming-call window's state: one {@link CallCardViewModel} per current call, so that call waiting shows
 * both calls. The window is wanted while any call that rang here has not ended. JavaFX thread only; no I/O.
 */
public final class IncomingCallViewModel {
    private final CallServices services;
    private final ObservableList<CallCardViewModel> calls = FXCollections.observableArrayList();
    private final ObservableList<CallCardViewModel> callsView = FXCollections.unmodifiableObservableList(calls);
    private final BooleanProperty demo = new SimpleBooleanProperty();
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanBinding wanted;

    /** @param services what the calls need; see {@link CallServices} */
    public IncomingCallViewModel(CallServices services) {
        this.services = Objects.requireNonNull(services, "services");
        wanted = Bindings.createBooleanBinding(() -> calls.stream().anyMatch(CallCardViewModel::rang), calls);
        calls.addListener((javafx.collections.ListChangeListener<CallCardViewModel>) change -> updateTitle());
        linkChanged(services.link().state());
    }

    /**
     * Takes a call event with its identification; JavaFX thread. A new ringing or waiting call adds a card, an
     * ended call removes its card, any other event updates the card.
     *
     * @param call   the call as the phone reports it
     * @param caller who is calling, or {@code null} for an ended call
     */
    public void callChanged(PhoneCall call, CallerView caller) {
        CallCardViewModel card = find(call.callId());
        if (call.state() == CallState.ENDED) {
            if (card != null) {
                calls.remove(card);
            }
            return;
        }
        if (card == null) {
            calls.add(new CallCardViewModel(services, call, caller));
        } else {
            card.update(call, caller);
            updateTitle();
        }
    }

    /** Drops every call, when the session the calls belong to ends; JavaFX thread. */
    public void clear() {
        calls.clear();
    }

    /** Shows the "Demo" badge when the phone is the simulated one; JavaFX thread. */
    public void linkChanged(LinkState state) {
        demo.set(state != null && "Demo".equalsIgnoreCase(state.backend()));
    }

    /** Reads every caller's presence again, after the presence board changed; JavaFX thread. */
    public void presenceChanged() {
        calls.forEach(CallCardViewModel::refreshPresence);
    }

    private CallCardViewModel find(String callId) {
        for (CallCardViewModel card : calls) {
            if (card.callId().equals(callId)) {
                return card;
            }
        }
        return null;
    }

    private void updateTitle() {
        long ringing = calls.stream().filter(c -> c.canAnswerProperty().get()).count();
        if (calls.size() > 1 && ringing > 0) {
            title.set(services.text().get("window.callWaiting"));
        } else if (ringing > 0) {
            title.set(services.text().get("window.incoming"));
        } else {
            title.set(services.text().get("window.onCall"));
        }
    }

    /** The current calls, oldest first. */
    public ObservableList<CallCardViewModel> calls() {
        return callsView;
    }

    /** Whether the window should be showing. */
    public BooleanBinding wantedProperty() {
        return wanted;
    }

    public ReadOnlyBooleanProperty demoProperty() {
        return demo;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }
}
