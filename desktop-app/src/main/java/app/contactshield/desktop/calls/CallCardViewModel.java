package app.contactshield.desktop.calls;

import app.contactshield.callerid.bluez.BluetoothAddresses;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLinkException;
import app.contactshield.graphsync.presence.Presence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call in the incoming-call window: who is calling and what the user can do. Lives on the JavaFX thread; phone
 * commands and store I/O run on {@link CallServices#background()} and report back through {@link CallServices#fx()}.
 */
public final class CallCardViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CallCardViewModel.class);

    private final CallServices services;
    private final CallsText text;
    private final String callId;
    private final boolean rang;
    private final ObjectProperty<CallState> state = new SimpleObjectProperty<>();
    private final ObjectProperty<CallerView> caller = new SimpleObjectProperty<>();
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty detail = new SimpleStringProperty("");
    private final StringProperty numberLine = new SimpleStringProperty("");
    private final StringProperty sourceLine = new SimpleStringProperty("");
    private final StringProperty statusLine = new SimpleStringProperty("");
    private final ObjectProperty<PresenceDisplay> presence = new SimpleObjectProperty<>(PresenceDisplay.NONE);
    private final ObservableList<CandidateRow> candidates = FXCollections.observableArrayList();
    private final ObservableList<CandidateRow> candidatesView = FXCollections.unmodifiableObservableList(candidates);
    private final BooleanProperty canAnswer = new SimpleBooleanProperty();
    private final StringProperty rejectText = new SimpleStringProperty("");
    private final BooleanProperty commandRunning = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final ChatSearch chat;
    private final CallNote note;

    CallCardViewModel(CallServices services, PhoneCall call, CallerView view) {
        this.services = services;
        this.text = services.text();
        this.callId = call.callId();
        this.rang = call.state() == CallState.INCOMING || call.state() == CallState.WAITING;
        this.chat = new ChatSearch(services, this::callerAsColleagues);
        this.note = new CallNote(services, () -> caller.get() == null ? Optional.empty() : caller.get().single());
        update(call, view);
    }

    /** Takes a new state or a newly learnt caller of the same call; JavaFX thread. */
    void update(PhoneCall call, CallerView view) {
        state.set(call.state());
        canAnswer.set(call.state() == CallState.INCOMING || call.state() == CallState.WAITING);
        statusLine.set(text.get("call.state." + call.state().name()));
        rejectText.set(text.get(canAnswer.get() ? "action.reject" : "action.hangUp"));
        if (view != null && !view.equals(caller.get())) {
            caller.set(view);
            describe(view);
        }
    }

    private void describe(CallerView view) {
        String number = PhoneNumbers.format(view.number(), null, services.region(), text.get("phone.extension"));
        candidates.clear();
        sourceLine.set("");
        detail.set("");
        note.setAvailable(view.kind() == CallerKind.PERSON);
        switch (view.kind()) {
            case PERSON -> {
                CallerCandidate person = view.candidates().get(0);
                headline.set(person.name());
                detail.set(joined(person.company(), person.title()));
                numberLine.set(joined(text.phoneType(person.numberType()), number));
                sourceLine.set(person.source() == null ? "" : text.format("call.source", text.source(person.source())));
            }
            case SHARED -> {
                headline.set(text.get("caller.shared"));
                detail.set(text.format("caller.sharedDetail", view.candidates().size()));
                numberLine.set(number);
                view.candidates().forEach(c -> candidates.add(row(c)));
            }
            case COMPANY_RANGE -> {
                headline.set(view.companyName());
                detail.set(text.get("caller.companyRangeDetail"));
                numberLine.set(number);
            }
            case UNKNOWN -> {
                headline.set(text.get("caller.unknown"));
                numberLine.set(number);
            }
            case WITHHELD -> {
                headline.set(text.get("caller.withheld"));
                numberLine.set(text.get("caller.withheldDetail"));
            }
            default -> throw new IllegalStateException("Unhandled caller kind " + view.kind());
        }
        refreshPresence();
    }

    private CandidateRow row(CallerCandidate c) {
        String line = joined(text.phoneType(c.numberType()), c.source() == null ? null : text.source(c.source()));
        return new CandidateRow(c.name(), joined(c.company(), c.title()), line, presenceOf(c));
    }

    /** Reads presence again from memory (after the board changed); JavaFX thread. */
    void refreshPresence() {
        CallerView view = caller.get();
        if (view == null) {
            return;
        }
        presence.set(view.single().map(this::presenceOf).orElse(PresenceDisplay.NONE));
        if (view.kind() == CallerKind.SHARED) {
            List<CandidateRow> rows = new ArrayList<>();
            view.candidates().forEach(c -> rows.add(row(c)));
            candidates.setAll(rows);
        }
    }

    private PresenceDisplay presenceOf(CallerCandidate candidate) {
        if (!candidate.isColleague()) {
            return PresenceDisplay.NONE;
        }
        Optional<Presence> known = services.presence().presence(candidate.entraObjectId());
        return known.map(p -> PresenceDisplay.of(p, services.presence().isStale(p), services.clock().instant(), text))
                .orElse(PresenceDisplay.NONE);
    }

    /** Answers the call through the phone, off the JavaFX thread. */
    public void answer() {
        command("answer", () -> services.control().answer(callId));
    }

    /** Rejects the call (or hangs up when it is active), off the JavaFX thread. */
    public void reject() {
        if (canAnswer.get()) {
            command("reject", () -> services.control().reject(callId));
        } else {
            command("hangUp", () -> services.control().hangUp(callId));
        }
    }

    private void command(String name, PhoneCommand command) {
        commandRunning.set(true);
        error.set("");
        services.background().execute(() -> {
            try {
                command.run();
                services.fx().execute(() -> commandRunning.set(false));
            } catch (PhoneLinkException e) {
                LOG.warn("Phone command {} for call {} failed", name, BluetoothAddresses.maskInPath(callId), e);
                services.fx().execute(() -> {
                    commandRunning.set(false);
                    error.set(text.get("call.error.command"));
                });
            }
        });
    }

    private List<Colleague> callerAsColleagues() {
        CallerView view = caller.get();
        if (view == null) {
            return List.of();
        }
        return view.candidates().stream()
                .filter(c -> c.teamsUser().isPresent())
                .map(c -> new Colleague(c.name(), c.title(), c.userPrincipalName()))
                .toList();
    }

    private static String joined(String first, String second) {
        boolean hasFirst = first != null && !first.isBlank();
        boolean hasSecond = second != null && !second.isBlank();
        if (hasFirst && hasSecond) {
            return first + " · " + second;
        }
        return hasFirst ? first : hasSecond ? second : "";
    }

    public String callId() {
        return callId;
    }

    /** Whether the call rang here (incoming or waiting), as opposed to an outgoing call shown beside it. */
    public boolean rang() {
        return rang;
    }

    public ReadOnlyObjectProperty<CallState> stateProperty() {
        return state;
    }

    public ReadOnlyObjectProperty<CallerView> callerProperty() {
        return caller;
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline;
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail;
    }

    public ReadOnlyStringProperty numberLineProperty() {
        return numberLine;
    }

    public ReadOnlyStringProperty sourceLineProperty() {
        return sourceLine;
    }

    public ReadOnlyStringProperty statusLineProperty() {
        return statusLine;
    }

    public ReadOnlyObjectProperty<PresenceDisplay> presenceProperty() {
        return presence;
    }

    public ObservableList<CandidateRow> candidates() {
        return candidatesView;
    }

    public ReadOnlyBooleanProperty canAnswerProperty() {
        return canAnswer;
    }

    /** "Reject" while ringing, "Hang up" once answered. */
    public ReadOnlyStringProperty rejectTextProperty() {
        return rejectText;
    }

    public ReadOnlyBooleanProperty commandRunningProperty() {
        return commandRunning;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** The inline colleague search. */
    public ChatSearch chat() {
        return chat;
    }

    /** The note about the caller. */
    public CallNote note() {
        return note;
    }

    /** A phone command that may fail. */
    @FunctionalInterface
    private interface PhoneCommand {
        void run() throws PhoneLinkException;
    }
}
