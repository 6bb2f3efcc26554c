package app.contactshield.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marks of starts that map the class data archive: made before the app's VM starts, gone once it runs. */
class ArchiveStartMarksTest {
    @TempDir
    Path dir;

    @AfterEach
    void forgetTheStart() {
        System.clearProperty(ArchiveStartMarks.PROPERTY);
    }

    @Test
    void theAppsVmDeletesTheMarkOfItsStartAndNamesTheArchiveItMapped() throws IOException {
        Path archive = dir.resolve("classes-00ff.jsa");
        Path mark = ArchiveStartMarks.mark(archive);

        System.setProperty(ArchiveStartMarks.PROPERTY, mark.toString());
        boolean diedBefore = ArchiveStartMarks.anEarlierStartDied(archive);

        assertThat(ArchiveStartMarks.startedFine()).contains(archive);
        assertThat(mark).doesNotExist();
        assertThat(diedBefore).as("this process runs").isFalse();
    }

    @Test
    void aVmThatCouldNotBeStartedLeavesNoMarkBehind() throws IOException {
        Path archive = dir.resolve("classes-00ff.jsa");
        Path mark = ArchiveStartMarks.mark(archive);

        ArchiveStartMarks.abandon(List.of("java", "-D" + ArchiveStartMarks.PROPERTY + "=" + mark, "-jar", "app.jar"));

        assertThat(mark).doesNotExist();
        assertThat(ArchiveStartMarks.anEarlierStartDied(archive)).isFalse();
    }

    @Test
    void onlyMarksOfTheArchiveItselfCount() throws IOException {
        Path archive = dir.resolve("classes-00ff.jsa");
        Files.createFile(dir.resolve("classes-00ff.jsa.seal"));
        Files.createFile(dir.resolve("classes-00ff.jsa.notapid.start"));
        Files.createFile(dir.resolve("classes-11ee.jsa.999999999.start"));

        assertThat(ArchiveStartMarks.anEarlierStartDied(archive)).isFalse();
        assertThat(ArchiveStartMarks.archiveOf(dir.resolve("classes-00ff.jsa.42.start"))).contains(archive);
        assertThat(ArchiveStartMarks.archiveOf(dir.resolve("classes-00ff.jsa.seal"))).isEmpty();
    }
}
