package app.contactshield.desktop.cli;

import app.contactshield.graphsync.sync.SyncException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Says why a file could not be written or deleted, in the words a person acts on ("permission denied"). */
final class FileProblem {

    private FileProblem() {
    }

    /**
     * The reason an operation on a file failed.
     *
     * @param e    the failure
     * @param file the file it was about
     */
    static String reason(IOException e, Path file) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof FileSystemException system && system.getReason() != null) {
            reason = system.getReason();
        } else {
            reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            return reason + folderItself(target);
        }
        Path folder = target.getParent();
        if (folder != null && Files.isDirectory(folder) && !Files.isWritable(folder)) {
            reason += ", as its folder " + folder + " is read-only";
        }
        return reason;
    }

    /** Why a folder that exists cannot be used: it belongs to someone else, or it is read-only. */
    private static String folderItself(Path folder) {
        String me = System.getProperty("user.name", "");
        try {
            String owner = Files.getOwner(folder).getName();
            if (!owner.equals(me)) {
                return ", as the folder " + folder + " itself belongs to " + owner + ", not to you (" + me
                        + "): only its owner can make it private";
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Without an owner to name, whether the folder can be written is all there is to say.
        }
        return Files.isWritable(folder) ? "" : ", as the folder " + folder + " itself is read-only";
    }

    /**
     * A failure of graph-sync about a file, for a list of what was not done: what it was about, then the file and
     * the reason when the cause is a file system error, else the failure's own message.
     *
     * @param what what the operation was about, e.g. "the store key"
     */
    static String describe(String what, SyncException e) {
        if (e.getCause() instanceof FileSystemException system && system.getFile() != null) {
            return what + " " + system.getFile() + ": " + reason(system, Path.of(system.getFile()));
        }
        return what + ": " + e.getMessage();
    }
}
