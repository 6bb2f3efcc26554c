package app.contactshield.desktop.calls;

import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.desktop.links.LinkOpener;
import app.contactshield.graphsync.store.ContactStore;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What the call screens need from the rest of the app; the composition root builds one.
 *
 * @param link       the paired phone (its state: the "Demo" badge)
 * @param control    answers, rejects and dials (through the call coordinator, or straight to the link)
 * @param store      the encrypted store (notes, call history)
 * @param presence   Teams presence from memory
 * @param colleagues colleagues to chat with
 * @param opener     opens Teams deep links
 * @param background runs phone commands and store I/O off the JavaFX thread
 * @param fx         runs results on the JavaFX thread ({@code Platform::runLater}; tests pass {@code Runnable::run})
 * @param text       the localised texts
 * @param region     the default region for formatting numbers (from the policy)
 * @param clock      tells the age of presences and stamps notes' feedback
 */
public record CallServices(
        PhoneLink link,
        CallControl control,
        ContactStore store,
        PresenceLookup presence,
        ColleagueDirectory colleagues,
        LinkOpener opener,
        Executor background,
        Executor fx,
        CallsText text,
        String region,
        Clock clock) {

    public CallServices {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(colleagues, "colleagues");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(fx, "fx");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(clock, "clock");
    }

    /** Services whose commands go straight to the phone link. */
    public CallServices(PhoneLink link, ContactStore store, PresenceLookup presence, ColleagueDirectory colleagues,
            LinkOpener opener, Executor background, Executor fx, CallsText text, String region, Clock clock) {
        this(link, CallControl.of(link), store, presence, colleagues, opener, background, fx, text, region, clock);
    }

    /** These services with commands through another control (the call coordinator's). */
    public CallServices withControl(CallControl newControl) {
        return new CallServices(link, newControl, store, presence, colleagues, opener, background, fx, text, region,
                clock);
    }
}
