package app.contactshield.desktop.ui.main;

import app.contactshield.desktop.search.SearchHit;
import app.contactshield.desktop.ui.presence.PresenceView;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the result list as the cell draws it.
 *
 * @param hit      the person and whether they are a favourite
 * @param presence their presence, or {@code null} when unknown
 * @param stale    whether the presence is older than three polling intervals
 * @param age      how old a stale presence is in words ("updated 6 min ago"), else empty
 */
public record ResultRow(SearchHit hit, PresenceView presence, boolean stale, String age) {

    public ResultRow {
        Objects.requireNonNull(hit, "hit");
        age = age == null ? "" : age;
    }

    /** The presence, when known. */
    public Optional<PresenceView> presenceView() {
        return Optional.ofNullable(presence);
    }

    /**
     * Whether the cell draws {@code other} exactly as this row: the same person, availability, activity, staleness
     * and age in words. A presence that was only fetched again (a newer time, nothing else new) draws alike.
     */
    public boolean drawnAlike(ResultRow other) {
        return hit.equals(other.hit) && stale == other.stale && age.equals(other.age)
                && Objects.equals(untimed(presence), untimed(other.presence));
    }

    private static PresenceView untimed(PresenceView view) {
        return view == null ? null : new PresenceView(view.availability(), view.activity(), view.statusMessage(),
                view.outOfOffice(), Instant.EPOCH);
    }
}
