package app.contactshield.callerid.telephony;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.DBusSigHandler;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.contactshield.callerid.bluez.BluetoothAddresses;
import app.contactshield.callerid.bluez.ConnectedPhones;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.link.PhoneLinkException;
import app.contactshield.callerid.link.PhoneLinkListener;

/**
 * The phone link through the ofono-compatible telephony D-Bus API: oFono on the system bus, or PipeWire 1.4+'s
 * telephony service on the session bus. It follows the hands-free modems of the phones the policy allows, their
 * calls and each call's state and number, and answers, hangs up and dials through the service.
 *
 * <p>Threading: every D-Bus signal is handed to one named event thread ({@code contactshield-telephony-events}),
 * which keeps the state and calls the listeners, in the order the service sent its signals. Listeners must not block.
 * Commands ({@link #answer}, {@link #hangUp}, {@link #dial}) block on the D-Bus call on the caller's thread and must
 * not run on the JavaFX thread. A listener is told the current link state when it is added, then every change.
 *
 * <p>Closing: whoever opens the link closes it. {@link #close()} ends the event thread (no listener is called
 * afterwards) and closes the bus connection the link opened; it is idempotent and may be called from any thread.
 */
public final class TelephonyLink implements PhoneLink {

    private static final Logger LOG = LoggerFactory.getLogger(TelephonyLink.class);
    private static final String EVENT_THREAD = "contactshield-telephony-events";
    private static final String MANAGER = "org.ofono.Manager";
    private static final String MODEM = "org.ofono.Modem";
    private static final String VOICE_CALL = "org.ofono.VoiceCall";
    private static final String PIPEWIRE = "PipeWire";

    private final DBusConnection bus;
    private final TelephonyEndpoint endpoint;
    private final TelephonyConfig config;
    private final ExecutorService events;
    private final ModemTracker tracker;
    private final List<PhoneLinkListener> listeners = new CopyOnWriteArrayList<>();
    private volatile String owner = "";
    private volatile boolean dictionaryFlavour;
    private volatile LinkState state;
    private volatile boolean closed;
    private final Object bluezLock = new Object();
    private DBusConnection bluezBus;

    private TelephonyLink(DBusConnection bus, TelephonyEndpoint endpoint, TelephonyConfig config) {
        this.bus = bus;
        this.endpoint = endpoint;
        this.config = config;
        this.events = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, EVENT_THREAD);
            thread.setDaemon(true);
            return thread;
        });
        this.tracker = new ModemTracker(config.allowedPhones(), this::loadCalls, this::connectedPhones,
                new TrackerSink());
        this.state = LinkState.disconnected(endpoint.backend(), "Looking for a phone");
    }

    /**
     * Finds the telephony service as configured (autodetection tries PipeWire on the session bus, then oFono on the
     * system bus), connects and starts following its phones. Blocks on D-Bus; not for the JavaFX thread.
     *
     * @throws PhoneLinkException when no configured service is running, naming the services tried
     */
    public static TelephonyLink open(TelephonyConfig config) throws PhoneLinkException {
        Objects.requireNonNull(config, "config");
        TelephonyServiceLocator.Located located = TelephonyServiceLocator.locate(config);
        TelephonyLink link = new TelephonyLink(located.bus(), located.endpoint(), config);
        try {
            link.start();
        } catch (DBusException | DBusExecutionException e) {
            link.close();
            throw new PhoneLinkException("Cannot follow " + located.endpoint().busName() + " on D-Bus", e);
        }
        return link;
    }

    /** The service's bus name, for diagnostics ({@code org.ofono}, {@code org.freedesktop.PipeWire.Telephony}). */
    public String serviceName() {
        return endpoint.busName();
    }

    /**
     * Whether the service hides the caller id itself: oFono's {@code Dial(ss)} takes a hide-caller-id argument,
     * PipeWire's {@code Dial(s)} only the number. When not, {@link #dial} uses the configured prefix. Agrees with
     * {@code AnonymousDialing.hidesNatively} for the same backend name.
     */
    public boolean hidesCallerIdNatively() {
        return !PIPEWIRE.equals(backend());
    }

    /**
     * Adds a listener. It is first told the current link state, on the event thread; calls already present are in
     * {@link #calls()}, and every later change reaches the listener in order.
     */
    @Override
    public void addListener(PhoneLinkListener listener) {
        Objects.requireNonNull(listener, "listener");
        submit(() -> {
            listeners.add(listener);
            tell(listener, state);
        });
    }

    @Override
    public void removeListener(PhoneLinkListener listener) {
        listeners.remove(listener);
    }

    @Override
    public LinkState state() {
        return state;
    }

    @Override
    public List<PhoneCall> calls() {
        return tracker.calls();
    }

    @Override
    public void answer(String callId) throws PhoneLinkException {
        callMethod(callId, "Answer", "answer");
    }

    @Override
    public void hangUp(String callId) throws PhoneLinkException {
        callMethod(callId, "Hangup", "hang up");
    }

    @Override
    public void dial(String number, boolean hideCallerId) throws PhoneLinkException {
        String dialString = DialStrings.clean(number);
        List<ModemTracker.Modem> modems = tracker.voiceModems();
        if (modems.isEmpty()) {
            throw new PhoneLinkException("Cannot dial: no allowed phone is connected through " + backend());
        }
        String hide = "default";
        if (hideCallerId && hidesCallerIdNatively()) {
            hide = "enabled";
        } else if (hideCallerId) {
            if (config.anonymousDialPrefix().isEmpty()) {
                throw new PhoneLinkException(backend() + " cannot hide the caller id and the policy sets no"
                        + " anonymous dialling prefix for the user's country");
            }
            dialString = config.anonymousDialPrefix() + dialString;
        }
        DBusReplies.Reply reply = hidesCallerIdNatively()
                ? DBusReplies.call(bus, endpoint.busName(), modems.get(0).path(), OfonoValues.VOICE_CALL_MANAGER,
                        "Dial", "ss", dialString, hide)
                : DBusReplies.call(bus, endpoint.busName(), modems.get(0).path(), OfonoValues.VOICE_CALL_MANAGER,
                        "Dial", "s", dialString);
        if (reply.failed()) {
            throw new PhoneLinkException("The phone refused to dial (" + reply.errorName().get() + ")");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        events.shutdownNow();
        DBusConnection bluez;
        synchronized (bluezLock) {
            bluez = bluezBus;
            bluezBus = null;
        }
        if (bluez != null) {
            bluez.disconnect();
        }
        if (!Thread.currentThread().getName().equals(EVENT_THREAD)) {
            try {
                events.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        bus.disconnect();
    }

    private void start() throws DBusException {
        subscribe(OfonoManager.ModemAdded.class, signal -> tracker.modemAppeared(signal.modem().getPath(),
                OfonoValues.properties(signal.properties())));
        subscribe(OfonoManager.ModemRemoved.class, signal -> tracker.modemRemoved(signal.modem().getPath()));
        subscribe(OfonoModem.PropertyChanged.class, signal -> tracker.modemPropertyChanged(signal.getPath(),
                signal.name(), OfonoValues.unwrap(signal.value())));
        subscribe(OfonoVoiceCallManager.CallAdded.class, signal -> tracker.callAdded(signal.getPath(),
                signal.call().getPath(), OfonoValues.properties(signal.properties())));
        subscribe(OfonoVoiceCallManager.CallRemoved.class, signal -> tracker.callRemoved(signal.call().getPath()));
        subscribe(OfonoVoiceCall.PropertyChanged.class, signal -> tracker.callPropertyChanged(signal.getPath(),
                signal.name(), OfonoValues.unwrap(signal.value())));
        bus.addSigHandler(DBus.NameOwnerChanged.class, this::onNameOwnerChanged);
        DBus daemon = bus.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
        owner = daemon.NameHasOwner(endpoint.busName()) ? daemon.GetNameOwner(endpoint.busName()) : "";
        submit(this::loadModems);
    }

    private <T extends DBusSignal> void subscribe(Class<T> type, SignalAction<T> action) throws DBusException {
        DBusSigHandler<T> handler = signal -> {
            if (signal.getSource() != null && signal.getSource().equals(owner)) {
                submit(() -> action.apply(signal));
            }
        };
        bus.addSigHandler(type, handler);
    }

    private void onNameOwnerChanged(DBus.NameOwnerChanged signal) {
        if (!endpoint.busName().equals(signal.name)) {
            return;
        }
        submit(() -> {
            owner = signal.newOwner;
            tracker.clear();
            if (!owner.isEmpty()) {
                LOG.info("{} restarted; reloading its phones", endpoint.busName());
                loadModems();
            } else {
                LOG.warn("{} left the bus; calls end until it returns", endpoint.busName());
                publishLinkState();
            }
        });
    }

    private void loadModems() {
        try {
            DBusReplies.Reply reply = DBusReplies.call(bus, endpoint.busName(), endpoint.managerPath(), MANAGER,
                    "GetModems", "");
            if (reply.failed()) {
                LOG.warn("{} answered GetModems with {}", endpoint.busName(), reply.errorName().get());
            } else {
                dictionaryFlavour = reply.values().length > 0 && reply.values()[0] instanceof Map;
                OfonoValues.objectsWithProperties(reply.values()).forEach(tracker::modemAppeared);
            }
        } catch (PhoneLinkException e) {
            LOG.warn("Cannot list the phones of {}", endpoint.busName(), e);
        }
        publishLinkState();
    }

    private Map<String, Map<String, Object>> loadCalls(String modemPath) throws PhoneLinkException {
        DBusReplies.Reply reply = DBusReplies.call(bus, endpoint.busName(), modemPath,
                OfonoValues.VOICE_CALL_MANAGER, "GetCalls", "");
        if (reply.failed()) {
            throw new PhoneLinkException("GetCalls failed with " + reply.errorName().get());
        }
        return OfonoValues.objectsWithProperties(reply.values());
    }

    /**
     * The phones BlueZ has connected as audio gateways, for a modem that does not name its phone. Runs on the event
     * thread; an unreachable BlueZ yields no phones.
     */
    private List<ConnectedPhones.PhoneIdentity> connectedPhones() {
        try {
            DBusConnection bluez;
            synchronized (bluezLock) {
                if (bluezBus == null && !closed) {
                    bluezBus = (config.systemBusAddress().isEmpty() ? DBusConnectionBuilder.forSystemBus()
                            : DBusConnectionBuilder.forAddress(config.systemBusAddress())).withShared(false).build();
                }
                bluez = bluezBus;
            }
            return bluez == null ? List.of() : ConnectedPhones.audioGateways(bluez);
        } catch (DBusException | DBusExecutionException e) {
            LOG.info("Cannot ask BlueZ which phone is connected; the policy sees a phone without address", e);
            return List.of();
        }
    }

    private void callMethod(String callId, String method, String action) throws PhoneLinkException {
        String callName = OfonoValues.lastSegment(callId == null ? "" : callId);
        if (callId == null || !tracker.knowsCall(callId)) {
            throw new PhoneLinkException("Cannot " + action + " call '" + callName + "': the phone has no such call");
        }
        DBusReplies.Reply reply = DBusReplies.call(bus, endpoint.busName(), callId, VOICE_CALL, method, "");
        if (reply.failed()) {
            throw new PhoneLinkException("The phone refused to " + action + " call '" + callName + "' ("
                    + reply.errorName().get() + ": " + reply.errorMessage() + ")");
        }
    }

    private String backend() {
        return dictionaryFlavour ? PIPEWIRE : endpoint.backend();
    }

    private void publishLinkState() {
        List<ModemTracker.Modem> modems = tracker.voiceModems();
        LinkState next;
        if (!modems.isEmpty()) {
            next = new LinkState(true, modems.get(0).name(), backend(), "");
        } else if (tracker.refusedCount() > 0) {
            next = LinkState.disconnected(backend(), "The connected phone is not allowed by the policy");
        } else {
            next = LinkState.disconnected(backend(), "No phone connected through " + backend());
        }
        state = next;
        for (PhoneLinkListener listener : listeners) {
            tell(listener, next);
        }
    }

    private static void tell(PhoneLinkListener listener, LinkState linkState) {
        try {
            listener.linkChanged(linkState);
        } catch (RuntimeException e) {
            LOG.error("A phone link listener failed on a link change", e);
        }
    }

    private void submit(Runnable task) {
        if (closed) {
            return;
        }
        try {
            events.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("Telephony event handling failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Telephony event dropped after close", e);
        }
    }

    @FunctionalInterface
    private interface SignalAction<T> {
        void apply(T signal);
    }

    private final class TrackerSink implements ModemTracker.Sink {
        @Override
        public void callChanged(PhoneCall call) {
            for (PhoneLinkListener listener : listeners) {
                try {
                    listener.callChanged(call);
                } catch (RuntimeException e) {
                    LOG.error("A phone link listener failed on a call change", e);
                }
            }
        }

        @Override
        public void modemsChanged() {
            publishLinkState();
        }

        @Override
        public void powerOn(ModemTracker.Modem modem) {
            String masked = BluetoothAddresses.mask(modem.address());
            try {
                DBusReplies.Reply reply = DBusReplies.call(bus, endpoint.busName(), modem.path(), MODEM,
                        "SetProperty", "sv", "Powered", new Variant<>(true));
                if (reply.failed()) {
                    LOG.warn("{} would not power the hands-free modem of phone {}: {}", endpoint.busName(), masked,
                            reply.errorName().get());
                } else {
                    LOG.info("Powered the hands-free modem of phone {}", masked);
                }
            } catch (PhoneLinkException e) {
                LOG.warn("Cannot power the hands-free modem of phone {}", masked, e);
            }
        }
    }
}
