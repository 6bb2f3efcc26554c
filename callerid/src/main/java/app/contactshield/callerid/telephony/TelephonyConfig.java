package app.contactshield.callerid.telephony;

import java.util.Objects;

import app.contactshield.callerid.bluez.AllowedPhones;

/**
 * How {@link TelephonyLink} finds the ofono-compatible telephony service.
 *
 * @param service             which service to use, or {@link Service#AUTODETECT}
 * @param sessionBusAddress   the session bus address, or empty for the user's session bus
 *                            ({@code DBUS_SESSION_BUS_ADDRESS})
 * @param systemBusAddress    the system bus address, or empty for the machine's system bus
 * @param allowedPhones       the policy's allowed phones; other phones' calls are ignored
 * @param anonymousDialPrefix the prefix that hides the caller id on the user's network ({@code #31#}, {@code *67},
 *                            {@code 141}), used when the service cannot hide it itself (PipeWire); empty for none
 */
public record TelephonyConfig(Service service, String sessionBusAddress, String systemBusAddress,
        AllowedPhones allowedPhones, String anonymousDialPrefix) {

    /** The telephony services Contact Shield can use. */
    public enum Service {
        /** PipeWire's telephony service on the session bus if it runs, else oFono on the system bus. */
        AUTODETECT,
        /** PipeWire 1.4+ ({@code org.freedesktop.PipeWire.Telephony} or {@code org.pipewire.Telephony}). */
        PIPEWIRE,
        /** oFono ({@code org.ofono} on the system bus). */
        OFONO
    }

    /** Checks the service and policy; missing addresses and prefix become empty (the defaults). */
    public TelephonyConfig {
        Objects.requireNonNull(service, "service");
        sessionBusAddress = sessionBusAddress == null ? "" : sessionBusAddress.strip();
        systemBusAddress = systemBusAddress == null ? "" : systemBusAddress.strip();
        Objects.requireNonNull(allowedPhones, "allowedPhones");
        anonymousDialPrefix = anonymousDialPrefix == null ? "" : anonymousDialPrefix.strip();
    }

    /** Autodetection on the user's buses, with the policy's allowed phones and no anonymous prefix. */
    public static TelephonyConfig autodetect(AllowedPhones allowedPhones) {
        return new TelephonyConfig(Service.AUTODETECT, "", "", allowedPhones, "");
    }

    /** This configuration with another service choice. */
    public TelephonyConfig withService(Service newService) {
        return new TelephonyConfig(newService, sessionBusAddress, systemBusAddress, allowedPhones,
                anonymousDialPrefix);
    }

    /** This configuration with an explicit session bus address (a private bus in tests). */
    public TelephonyConfig withSessionBusAddress(String address) {
        return new TelephonyConfig(service, address, systemBusAddress, allowedPhones, anonymousDialPrefix);
    }

    /** This configuration with an explicit system bus address (a private bus in tests). */
    public TelephonyConfig withSystemBusAddress(String address) {
        return new TelephonyConfig(service, sessionBusAddress, address, allowedPhones, anonymousDialPrefix);
    }

    /** This configuration with the policy's anonymous dialling prefix for the user's country. */
    public TelephonyConfig withAnonymousDialPrefix(String prefix) {
        return new TelephonyConfig(service, sessionBusAddress, systemBusAddress, allowedPhones, prefix);
    }
}
