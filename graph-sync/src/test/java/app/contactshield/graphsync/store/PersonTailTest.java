package app.contactshield.graphsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonTailTest {
    private final PersonTail tail = new PersonTail();

    @Test
    void recordsOfOnePersonAreFoundTogetherAndAloneOnceTheOthersLeave() {
        tail.add(42, 1);
        tail.add(42, 7);
        tail.add(43, 9);

        assertThat(tail.ids(42)).containsExactlyInAnyOrder(1L, 7L);
        assertThat(tail.byHash().get(42)).containsExactlyInAnyOrder(1L, 7L);

        tail.remove(42, 1);

        assertThat(tail.ids(42)).containsExactly(7L);
        assertThat(tail.byHash().get(42)).containsExactly(7L);
        assertThat(tail.size()).isEqualTo(2);
    }

    @Test
    void removingARecordThePersonDoesNotHoldChangesNothing() {
        tail.add(42, 1);
        tail.add(42, 7);

        tail.remove(42, 8);
        tail.remove(41, 1);

        assertThat(tail.ids(42)).containsExactlyInAnyOrder(1L, 7L);
        assertThat(tail.ids(41)).isEmpty();
    }

    @Test
    void entriesListEveryRecordWithItsHashUntilTheTailIsCleared() {
        tail.add(42, 1);
        tail.add(42, 7);
        tail.add(43, 9);

        assertThat(tail.entries().get(7)).isEqualTo(42);
        assertThat(tail.entries().get(9)).isEqualTo(43);
        assertThat(tail.entries().size()).isEqualTo(3);

        tail.clear();

        assertThat(tail.size()).isZero();
        assertThat(tail.ids(42)).isEmpty();
    }

    @Test
    void theSharedHashesHandedOutAreACopy() {
        tail.add(42, 1);
        tail.add(42, 7);

        long[] handedOut = tail.byHash().get(42);
        handedOut[0] = 99;
        tail.remove(42, 7);

        assertThat(tail.ids(42)).containsExactly(1L);
    }
}
