package app.contactshield.callerid.index;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.model.PersonKey;
import org.junit.jupiter.api.Test;

class PackedKeysTest {
    @Test
    void givesBackEachIdsKeyAfterReplacingAndClearingOthers() {
        PackedKeys keys = new PackedKeys(2);

        keys.set(0, new PersonKey("oid:ada"));
        keys.set(1, new PersonKey("mail:bert@contoso.example"));
        keys.set(5, new PersonKey("src:csv/Müller"));
        keys.set(1, new PersonKey("oid:bert"));
        keys.clear(0);

        assertThat(keys.key(0)).isNull();
        assertThat(keys.key(1)).isEqualTo(new PersonKey("oid:bert"));
        assertThat(keys.key(5)).isEqualTo(new PersonKey("src:csv/Müller"));
        assertThat(keys.holds(5, PackedKeys.utf8(new PersonKey("src:csv/Müller")))).isTrue();
        assertThat(keys.has(3)).isFalse();
    }

    @Test
    void keepsEveryLiveKeyWhenReplacedKeysAreCopiedAway() {
        PackedKeys keys = new PackedKeys(16);
        for (int round = 0; round < 200; round++) {
            for (int id = 0; id < 1000; id++) {
                keys.set(id, new PersonKey("oid:person-" + id + "-round-" + round));
            }
        }

        for (int id = 0; id < 1000; id++) {
            assertThat(keys.key(id)).isEqualTo(new PersonKey("oid:person-" + id + "-round-199"));
        }
        assertThat(keys.arrayBytes()).isLessThan(8L << 20);
    }
}
