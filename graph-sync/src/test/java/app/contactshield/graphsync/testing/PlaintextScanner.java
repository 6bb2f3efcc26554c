package app.contactshield.graphsync.testing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Looks for many secrets at once in every file under a folder, each secret in UTF-8, UTF-16LE and UTF-16BE. Secrets
 * are indexed by their first {@link #MIN_BYTES} bytes, so a file is read once whatever the number of secrets.
 * Secrets shorter than that are refused: short strings occur by chance in encrypted bytes.
 */
public final class PlaintextScanner {
    /** The shortest encoded secret looked for. */
    public static final int MIN_BYTES = 6;
    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE);

    private final Map<Long, List<Needle>> byPrefix = new HashMap<>();
    private int needles;

    private record Needle(String secret, Charset charset, byte[] bytes) {
    }

    /** A scanner for these secrets; each must be at least {@link #MIN_BYTES} long in UTF-8. */
    public PlaintextScanner(Collection<String> secrets) {
        for (String secret : secrets) {
            if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
                throw new IllegalArgumentException("A secret of fewer than " + MIN_BYTES + " bytes would match "
                        + "encrypted bytes by chance");
            }
            for (Charset charset : CHARSETS) {
                byte[] bytes = secret.getBytes(charset);
                byPrefix.computeIfAbsent(prefix(bytes, 0), k -> new ArrayList<>(1))
                        .add(new Needle(secret, charset, bytes));
                needles++;
            }
        }
    }

    /** How many encoded forms are looked for. */
    public int needles() {
        return needles;
    }

    /** Every "secret (charset) in file" found under {@code dir}; empty when nothing leaked. */
    public List<String> scan(Path dir) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                for (int i = 0; i + MIN_BYTES <= content.length; i++) {
                    List<Needle> candidates = byPrefix.get(prefix(content, i));
                    if (candidates != null) {
                        for (Needle needle : candidates) {
                            if (matches(content, i, needle.bytes())) {
                                found.add(needle.secret() + " (" + needle.charset() + ") in " + dir.relativize(file));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static long prefix(byte[] bytes, int from) {
        long value = 0;
        for (int i = 0; i < MIN_BYTES; i++) {
            value = (value << 8) | (bytes[from + i] & 0xff);
        }
        return value;
    }

    private static boolean matches(byte[] content, int at, byte[] needle) {
        if (at + needle.length > content.length) {
            return false;
        }
        for (int j = MIN_BYTES; j < needle.length; j++) {
            if (content[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }
}
