package app.contactshield.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reason a data folder cannot be used names the folder that is the cause. Handing a folder to another user
 * needs root, so the test skips elsewhere.
 */
class FileProblemTest {
    @TempDir
    Path temp;

    @Test
    void aDataFolderOwnedBySomeoneElseIsNamedItselfNotItsParent() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root to hand a folder over");
        Path dataDir = Files.createDirectory(temp.resolve("contact-shield"));
        UserPrincipal nobody = temp.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(dataDir, nobody);

        String reason = FileProblem.reason(new FileSystemException(dataDir.toString(), null,
                "Operation not permitted"), dataDir);

        assertThat(reason).isEqualTo("Operation not permitted, as the folder " + dataDir + " itself belongs to "
                + "nobody, not to you (root): only its owner can make it private");
    }
}
