package app.contactshield.desktop.ui.main;

import app.contactshield.desktop.search.SearchHit;
import app.contactshield.desktop.ui.presence.PresenceView;
import java.util.Optional;

/**
 * One row of the result list as the cell draws it.
 *
 * @param hit      the person and whether they are a favourite
 * @param presence their presence, or {@code null} when unknown
 * @param stale    whether the presence is older than three polling intervals
 */
public record ResultRow(SearchHit hit, PresenceView presence, boolean stale) {

    /** The presence, when known. */
    public Optional<PresenceView> presenceView() {
        return Optional.ofNullable(presence);
    }
}
