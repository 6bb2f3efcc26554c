package app.contactshield.graphsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonLocatorTest {
    private final PersonLocator locator = new PersonLocator();

    @Test
    void recordsOfOnePersonAreFoundTogetherAndAloneOnceTheOthersLeave() {
        locator.add(42, 1);
        locator.add(42, 7);
        locator.add(43, 9);

        assertThat(locator.ids(42)).containsExactlyInAnyOrder(1L, 7L);
        assertThat(locator.shared().keys().toArray()).containsExactly(42);

        locator.remove(42, 1);

        assertThat(locator.ids(42)).containsExactly(7L);
        assertThat(locator.shared().isEmpty()).isTrue();
        assertThat(locator.size()).isEqualTo(2);
    }

    @Test
    void removingARecordThePersonDoesNotHoldChangesNothing() {
        locator.add(42, 1);
        locator.add(42, 7);

        locator.remove(42, 8);
        locator.remove(41, 1);

        assertThat(locator.ids(42)).containsExactlyInAnyOrder(1L, 7L);
        assertThat(locator.ids(41)).isEmpty();
    }

    @Test
    void theSharedHashesHandedOutAreACopy() {
        locator.add(42, 1);
        locator.add(42, 7);

        long[] handedOut = locator.shared().get(42);
        handedOut[0] = 99;
        locator.remove(42, 7);

        assertThat(locator.ids(42)).containsExactly(1L);
    }
}
