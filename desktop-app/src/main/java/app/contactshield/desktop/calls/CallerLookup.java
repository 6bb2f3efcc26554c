package app.contactshield.desktop.calls;

import app.contactshield.callerid.link.PhoneCall;

/**
 * Identifies the caller of a call for the call window. Runs on the phone link's event thread and must answer
 * from memory (the caller index), without I/O, so that the window appears within one frame.
 */
@FunctionalInterface
public interface CallerLookup {

    /** Who is calling on {@code call}. */
    CallerView identify(PhoneCall call);
}
