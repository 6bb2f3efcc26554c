package app.contactshield.graphsync.store;

import app.contactshield.graphsync.model.PersonKey;
import java.util.Set;

/** Told after a commit that changed people; called on the committing thread, must not block. */
@FunctionalInterface
public interface StoreListener {

    /**
     * @param changed keys of people added, changed or removed: read each again with
     *                {@link ContactStore#person(PersonKey)}; absent means removed
     */
    void peopleChanged(Set<PersonKey> changed);
}
