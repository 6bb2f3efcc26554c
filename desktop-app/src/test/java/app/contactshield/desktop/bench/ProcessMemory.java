package app.contactshield.desktop.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** What the memory benchmarks print at each step: the heap and the process's {@code VmRSS} and {@code VmHWM}. */
final class ProcessMemory {
    private ProcessMemory() {
    }

    /** Prints one line of this process's memory, labelled {@code when}. */
    static void report(String when) {
        Runtime runtime = Runtime.getRuntime();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Map<String, String> status = procStatus();
        System.out.printf("%-28s heap used %4d MB, committed %4d MB, max %5d MB; VmRSS %s, VmHWM %s%n", when,
                used >> 20, runtime.totalMemory() >> 20, runtime.maxMemory() >> 20, status.get("VmRSS"),
                status.get("VmHWM"));
    }

    private static Map<String, String> procStatus() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("Vm"))
                    .collect(Collectors.toMap(line -> line.substring(0, line.indexOf(':')),
                            line -> megabytes(line.substring(line.indexOf(':') + 1).trim()), (a, b) -> a,
                            LinkedHashMap::new));
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static String megabytes(String kilobytes) {
        String[] parts = kilobytes.split("\\s+");
        return parts.length == 2 && parts[1].equals("kB") ? (Long.parseLong(parts[0]) >> 10) + " MB" : kilobytes;
    }
}
