package app.contactshield.desktop;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32C;

/**
 * What a class data archive looked like when it was made, kept beside it ({@code <archive>.seal}), so that a start
 * maps only the archive that was made. The VM checks an archive's header but not its length or its contents: a
 * truncated archive, or one with damaged bytes, stops the VM with a crash before the app runs, on every start.
 *
 * <p>A start compares the archive's size and modification time and a CRC32C of its first {@value #HEAD_BYTES}
 * bytes (the VM's header and region table) and of {@value #SAMPLES} blocks of {@value #BLOCK_BYTES} bytes spread
 * over the rest, the last block included: about 200 KB read from a 60 MB file, a millisecond or two in the jar's
 * first VM, where a CRC32C of the whole file took about 10 ms. The app's VM compares the whole file's CRC32C later,
 * in the background ({@link #wholeMatches(Path)}), so that damage between the samples is found on the first start
 * that maps it.
 */
final class ArchiveSeal {
    private static final String SUFFIX = ".seal";
    private static final String VERSION = "1";
    private static final int HEAD_BYTES = 64 * 1024;
    private static final int BLOCK_BYTES = 4 * 1024;
    private static final int SAMPLES = 32;
    private static final int MAX_SEAL_BYTES = 256;

    private ArchiveSeal() {
    }

    /** The seal's file beside {@code archive}. */
    static Path fileOf(Path archive) {
        return archive.resolveSibling(archive.getFileName().toString().concat(SUFFIX));
    }

    /**
     * Seals the archive as it is now: its size, its modification time and the checksums of its samples and of the
     * whole file. Call after the archive is in its place, with its final permissions.
     *
     * @throws IOException when the archive cannot be read or the seal cannot be written
     */
    static void seal(Path archive) throws IOException {
        File file = archive.toFile();
        String text = String.join(" ", VERSION, Long.toString(file.length()), Long.toString(file.lastModified()),
                Long.toHexString(sampled(archive)), Long.toHexString(whole(archive))) + "\n";
        Path seal = fileOf(archive);
        Path written = seal.resolveSibling(seal.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(written, text, StandardCharsets.US_ASCII);
            try {
                Files.move(written, seal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(written, seal, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /**
     * Whether the archive has the size, modification time and sampled checksum its seal records; false without a
     * seal, with one this version cannot read, or when either file cannot be read.
     */
    static boolean matches(Path archive) {
        try {
            String[] seal = readSeal(archive);
            File file = archive.toFile();
            return seal.length == 5 && seal[0].equals(VERSION) && Long.parseLong(seal[1]) == file.length()
                    && Long.parseLong(seal[2]) == file.lastModified()
                    && Long.parseUnsignedLong(seal[3], 16) == sampled(archive);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the whole archive has the checksum its seal records (60 MB read: not on the way to the window). */
    static boolean wholeMatches(Path archive) {
        try {
            String[] seal = readSeal(archive);
            return seal.length == 5 && seal[0].equals(VERSION) && Long.parseUnsignedLong(seal[4], 16) == whole(archive);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The seal's fields. Read and compared with the {@code java.io} classes the jar's first VM has loaded already:
     * the NIO file channels would add their classes to each start.
     */
    private static String[] readSeal(Path archive) throws IOException {
        try (RandomAccessFile seal = new RandomAccessFile(fileOf(archive).toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.min(seal.length(), MAX_SEAL_BYTES)];
            seal.readFully(bytes);
            return new String(bytes, StandardCharsets.US_ASCII).trim().split(" ");
        }
    }

    /** The CRC32C of the head and of the blocks at evenly spaced offsets, the last one ending at the file's end. */
    static long sampled(Path archive) throws IOException {
        CRC32C crc = new CRC32C();
        try (RandomAccessFile file = new RandomAccessFile(archive.toFile(), "r")) {
            long size = file.length();
            byte[] buffer = new byte[HEAD_BYTES];
            int head = (int) Math.min(size, HEAD_BYTES);
            file.readFully(buffer, 0, head);
            crc.update(buffer, 0, head);
            long rest = size - head;
            if (rest <= 0) {
                return crc.getValue();
            }
            int block = (int) Math.min(rest, BLOCK_BYTES);
            for (int i = 1; i <= SAMPLES; i++) {
                long at = head + (rest - block) * i / SAMPLES;
                file.seek(at);
                file.readFully(buffer, 0, block);
                crc.update(buffer, 0, block);
            }
        }
        return crc.getValue();
    }

    /** The CRC32C of the whole file. */
    static long whole(Path archive) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(archive)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                crc.update(buffer, 0, read);
            }
        }
        return crc.getValue();
    }
}
