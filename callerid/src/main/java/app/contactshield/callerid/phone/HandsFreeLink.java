package app.contactshield.callerid.phone;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.contactshield.callerid.bluez.BluetoothAddresses;
import app.contactshield.callerid.bluez.BluezHandsFreeProfile;
import app.contactshield.callerid.bluez.RfcommConnection;
import app.contactshield.callerid.bluez.RfcommConnectionHandler;
import app.contactshield.callerid.hfp.HandsFreeEngine;
import app.contactshield.callerid.hfp.HandsFreeSettings;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.link.PhoneLinkException;
import app.contactshield.callerid.link.PhoneLinkListener;

/**
 * The phone link through the project's own hands-free engine: each RFCOMM connection BlueZ hands to the registered
 * profile gets a {@link HandsFreeEngine}, and the link follows the engine of the phone connected now. A second phone
 * replaces the first unless the first is the user's preferred phone.
 *
 * <p>Threading: connections arrive on a D-Bus dispatch thread and return at once (the engine reads on its own
 * thread). Listeners are called on the current engine's event thread, and by the dispatch thread for the
 * disconnected state. Commands block on the engine: not for the JavaFX thread. {@link #close()} unregisters the
 * profile and closes the engine; whoever opened the link closes it.
 */
final class HandsFreeLink implements PhoneLink, RfcommConnectionHandler {

    static final String BACKEND = "Hands-free";
    private static final Logger LOG = LoggerFactory.getLogger(HandsFreeLink.class);
    private static final String WAITING = "Waiting for the phone to connect over Bluetooth hands-free";

    private final PhoneLinkSettings settings;
    private final List<PhoneLinkListener> listeners = new CopyOnWriteArrayList<>();
    private final Relay relay = new Relay();
    private final Object lock = new Object();
    private BluezHandsFreeProfile profile;
    private HandsFreeEngine engine;
    private RfcommConnection connection;
    private volatile LinkState idle = LinkState.disconnected(BACKEND, WAITING);
    private volatile boolean closed;

    HandsFreeLink(PhoneLinkSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The registered profile whose connections this link serves; closed with the link. */
    void attach(BluezHandsFreeProfile registered) {
        synchronized (lock) {
            profile = registered;
        }
    }

    @Override
    public void connected(RfcommConnection newConnection) {
        String masked = BluetoothAddresses.mask(newConnection.address());
        HandsFreeEngine previous;
        synchronized (lock) {
            if (closed || keepsCurrent(newConnection)) {
                LOG.info("Hands-free connection of phone {} not used: the preferred phone is linked", masked);
                newConnection.close();
                return;
            }
            previous = engine;
            connection = newConnection;
            HandsFreeSettings engineSettings = HandsFreeSettings.forPhone(newConnection.alias())
                    .withHideCallerIdPrefix(settings.anonymousDialPrefix());
            engine = HandsFreeEngine.start(newConnection.input(), newConnection.output(), newConnection,
                    engineSettings, relay);
        }
        if (previous != null) {
            previous.close();
        }
        LOG.info("Hands-free engine started for phone {}", masked);
    }

    @Override
    public void disconnected(RfcommConnection gone) {
        HandsFreeEngine ended;
        synchronized (lock) {
            if (gone != connection) {
                return;
            }
            ended = engine;
            engine = null;
            connection = null;
        }
        if (ended != null) {
            ended.close();
        }
        publish(idle);
    }

    private boolean keepsCurrent(RfcommConnection newConnection) {
        String preferred = settings.preferredPhoneName();
        return connection != null && connection.isOpen() && !preferred.isEmpty()
                && preferred.equalsIgnoreCase(connection.alias())
                && !preferred.equalsIgnoreCase(newConnection.alias());
    }

    private HandsFreeEngine current() throws PhoneLinkException {
        synchronized (lock) {
            if (engine == null) {
                throw new PhoneLinkException("No phone is connected through the hands-free link");
            }
            return engine;
        }
    }

    @Override
    public void addListener(PhoneLinkListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        listener.linkChanged(state());
    }

    @Override
    public void removeListener(PhoneLinkListener listener) {
        listeners.remove(listener);
    }

    @Override
    public LinkState state() {
        synchronized (lock) {
            if (engine == null) {
                return idle;
            }
            LinkState engineState = engine.state();
            return engineState.phoneName().isEmpty()
                    ? new LinkState(engineState.connected(), connection.alias(), BACKEND, engineState.detail())
                    : engineState;
        }
    }

    @Override
    public List<PhoneCall> calls() {
        synchronized (lock) {
            return engine == null ? List.of() : engine.calls();
        }
    }

    @Override
    public void answer(String callId) throws PhoneLinkException {
        current().answer(callId);
    }

    @Override
    public void hangUp(String callId) throws PhoneLinkException {
        current().hangUp(callId);
    }

    /** Dials; with {@code hideCallerId} the engine puts the settings' prefix before the number. */
    @Override
    public void dial(String number, boolean hideCallerId) throws PhoneLinkException {
        current().dial(number, hideCallerId);
    }

    @Override
    public void close() {
        BluezHandsFreeProfile registered;
        HandsFreeEngine running;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            registered = profile;
            running = engine;
            engine = null;
            connection = null;
        }
        if (running != null) {
            running.close();
        }
        if (registered != null) {
            registered.close();
        }
        idle = LinkState.disconnected(BACKEND, "The hands-free link was closed");
    }

    private void publish(LinkState state) {
        for (PhoneLinkListener listener : listeners) {
            try {
                listener.linkChanged(state);
            } catch (RuntimeException e) {
                LOG.error("A phone link listener failed on a link change", e);
            }
        }
    }

    /** Passes call events on (a replaced engine's calls still end); link changes report the current state. */
    private final class Relay implements PhoneLinkListener {
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
        public void linkChanged(LinkState state) {
            publish(state());
        }
    }
}
