package app.contactshield.desktop.calls;

import app.contactshield.callerid.call.CallCoordinator;
import app.contactshield.callerid.link.PhoneLink;
import app.contactshield.callerid.link.PhoneLinkException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The call commands the call screens give. Every method may block on the phone: the screens call them on their
 * background executor, never the JavaFX thread.
 */
public interface CallControl {

    /** Answers a ringing or waiting call. */
    void answer(String callId) throws PhoneLinkException;

    /** Rejects a ringing call as the user's choice. */
    void reject(String callId) throws PhoneLinkException;

    /** Hangs up an active or held call. */
    void hangUp(String callId) throws PhoneLinkException;

    /** Dials a number, with the user's number hidden when asked. */
    void dial(String number, boolean hideCallerId) throws PhoneLinkException;

    /** Commands straight to the phone link (rejecting is hanging up). */
    static CallControl of(PhoneLink link) {
        Objects.requireNonNull(link, "link");
        return new CallControl() {
            @Override
            public void answer(String callId) throws PhoneLinkException {
                link.answer(callId);
            }

            @Override
            public void reject(String callId) throws PhoneLinkException {
                link.hangUp(callId);
            }

            @Override
            public void hangUp(String callId) throws PhoneLinkException {
                link.hangUp(callId);
            }

            @Override
            public void dial(String number, boolean hideCallerId) throws PhoneLinkException {
                link.dial(number, hideCallerId);
            }
        };
    }

    /**
     * Commands through the call coordinator, so that rejections are recorded as such and anonymous calls use the
     * backend's or the policy's way of hiding the number.
     *
     * @param region       the policy's default region
     * @param policyPrefix the policy's prefix for hiding the number, or {@code null}
     */
    static CallControl of(CallCoordinator coordinator, PhoneLink link, String region, String policyPrefix) {
        Objects.requireNonNull(region, "region");
        return of(coordinator, link, () -> region, policyPrefix);
    }

    /**
     * As {@link #of(CallCoordinator, PhoneLink, String, String)}, with the region asked at each anonymous call, so
     * that a region changed in the settings applies to the next call.
     *
     * @param region the region calls are dialled in, read from memory
     */
    static CallControl of(CallCoordinator coordinator, PhoneLink link, Supplier<String> region, String policyPrefix) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(coordinator, "coordinator");
        Objects.requireNonNull(link, "link");
        return new CallControl() {
            @Override
            public void answer(String callId) throws PhoneLinkException {
                coordinator.answer(callId);
            }

            @Override
            public void reject(String callId) throws PhoneLinkException {
                coordinator.reject(callId);
            }

            @Override
            public void hangUp(String callId) throws PhoneLinkException {
                coordinator.hangUp(callId);
            }

            @Override
            public void dial(String number, boolean hideCallerId) throws PhoneLinkException {
                if (hideCallerId) {
                    coordinator.dialAnonymously(number, region.get(), policyPrefix);
                } else {
                    link.dial(number, false);
                }
            }
        };
    }
}
