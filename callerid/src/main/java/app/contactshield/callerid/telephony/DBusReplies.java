package app.contactshield.callerid.telephony;

import java.util.Optional;

import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.messages.Error;
import org.freedesktop.dbus.messages.Message;
import org.freedesktop.dbus.messages.MethodCall;

import app.contactshield.callerid.link.PhoneLinkException;

/**
 * Untyped D-Bus method calls. oFono and PipeWire answer the same method with different signatures, and dbus-java's
 * typed proxies drop an error's name when no Java class carries it; a raw call keeps both the values as sent and the
 * error name. Blocks the calling thread until the answer or the timeout.
 */
final class DBusReplies {

    static final long TIMEOUT_MILLIS = 25_000;

    private DBusReplies() {
    }

    /** The answer to one call: its values, or the D-Bus error name and message. */
    record Reply(Object[] values, Optional<String> errorName, String errorMessage) {

        boolean failed() {
            return errorName.isPresent();
        }
    }

    /**
     * Calls a method and waits for its answer.
     *
     * @param signature the D-Bus signature of {@code args}, or empty for none
     * @throws PhoneLinkException when the call cannot be sent or no answer comes within the timeout
     */
    static Reply call(DBusConnection bus, String destination, String path, String iface, String member,
            String signature, Object... args) throws PhoneLinkException {
        try {
            MethodCall call = bus.getMessageFactory().createMethodCall(destination, path, iface, member, (byte) 0,
                    signature.isEmpty() ? null : signature, args);
            bus.sendMessage(call);
            Message answer = call.getReply(TIMEOUT_MILLIS);
            if (answer == null && Thread.currentThread().isInterrupted()) {
                throw new PhoneLinkException(iface + "." + member + " was interrupted: the link is closing");
            }
            if (answer == null) {
                throw new PhoneLinkException(iface + "." + member + " got no answer from " + destination + " within "
                        + TIMEOUT_MILLIS + " ms");
            }
            if (answer instanceof Error failure) {
                Object[] parameters = failure.getParameters();
                String message = parameters != null && parameters.length > 0 ? String.valueOf(parameters[0]) : "";
                return new Reply(new Object[0], Optional.of(failure.getName()), message);
            }
            Object[] values = answer.getParameters();
            return new Reply(values == null ? new Object[0] : values, Optional.empty(), "");
        } catch (DBusException e) {
            throw new PhoneLinkException("Cannot call " + iface + "." + member + " on " + destination, e);
        }
    }
}
