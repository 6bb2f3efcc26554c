package app.contactshield.graphsync.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRecordTest {

    @TempDir
    Path temp;

    @Test
    void theRecordOfWhereTheKeyIsKeptIsReadableByItsOwnerOnly() throws Exception {
        Path dataDir = Files.createDirectory(temp.resolve("data"));

        new KeyRecord(KeyRecord.Holder.OS_KEY_STORE, true).write(dataDir);

        Path file = dataDir.resolve(KeyRecord.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(KeyRecord.read(dataDir)).contains(new KeyRecord(KeyRecord.Holder.OS_KEY_STORE, true));
    }

    @Test
    void aRecordWrittenBeforeAsReadableByOthersBecomesOwnerOnlyWhenWrittenAgain() throws Exception {
        Path file = Files.writeString(temp.resolve(KeyRecord.FILE_NAME), "holder=passphrase_file\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        new KeyRecord(KeyRecord.Holder.PASSPHRASE_FILE, false).write(temp);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
