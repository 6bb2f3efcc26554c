package app.contactshield.desktop.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the jar's class list ({@code -XX:DumpLoadedClassList} format) to the classes a start of the app loads: the
 * benchmark's own classes and the VM's generated proxies are left out, since the archiving VM could not load them.
 */
final class ClassLists {
    private static final Pattern NOT_THE_APPS = Pattern.compile(
            "app/contactshield/desktop/bench/|jdk/proxy\\d|\\$Proxy\\d|\\$\\$Lambda|/LambdaForm\\$");

    private static final String HEADER = "# Contact Shield: the classes a start loads, recorded by ColdStartBenchmark "
            + "--record-class-list on its invented store (docs/adr/0014).";

    private ClassLists() {
    }

    /** Adds the lines of {@code recorded} that {@code list} lacks to its end; returns how many it added. */
    static int merge(Path recorded, Path list) throws IOException {
        Set<String> lines = new LinkedHashSet<>();
        if (Files.exists(list)) {
            lines.addAll(Files.readAllLines(list, StandardCharsets.UTF_8));
        }
        lines.remove(HEADER);
        int before = lines.size();
        for (String line : Files.readAllLines(recorded, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !NOT_THE_APPS.matcher(line).find()) {
                lines.add(line);
            }
        }
        List<String> written = new ArrayList<>();
        written.add(HEADER);
        written.addAll(lines);
        Files.createDirectories(list.getParent());
        Files.write(list, written, StandardCharsets.UTF_8);
        return lines.size() - before;
    }
}
