package app.contactshield.desktop.calls;

/**
 * One of several people sharing a number, as a row of the call window.
 *
 * @param name       display name
 * @param detail     "Company · Title"
 * @param numberLine "Business · Company directory"
 * @param presence   the colleague's presence, or {@link PresenceDisplay#NONE}
 */
public record CandidateRow(String name, String detail, String numberLine, PresenceDisplay presence) {
}
