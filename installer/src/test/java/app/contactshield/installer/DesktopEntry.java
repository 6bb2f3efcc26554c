package app.contactshield.installer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A freedesktop.org desktop entry's [Desktop Entry] group, read strictly: a malformed line fails. */
final class DesktopEntry {

    final Map<String, String> entries = new LinkedHashMap<>();

    DesktopEntry(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String group = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                group = line.substring(1, line.length() - 1);
                continue;
            }
            int eq = line.indexOf('=');
            if (group == null || eq <= 0) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a key=value line in a group");
            }
            if ("Desktop Entry".equals(group)
                    && entries.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim()) != null) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": key repeated");
            }
        }
    }

    String get(String key) {
        return entries.get(key);
    }

    /** A list value (';'-separated, with its optional trailing ';'). */
    List<String> list(String key) {
        String value = entries.getOrDefault(key, "");
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(";"));
    }
}
