package app.contactshield.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A program run in place of the app's first VM keeps its process, its output and gives the exit status. */
class ProcessReplacementTest {

    @Test
    void theProgramRunsInTheSameProcessAndItsExitStatusIsTheProcesss() throws Exception {
        assumeTrue(ProcessReplacement.supported(System.getProperty("os.name")), "only Linux and macOS replace");
        Process vm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Replacing.class.getName()).redirectErrorStream(true).start();

        boolean ended = vm.waitFor(1, TimeUnit.MINUTES);
        List<String> lines = new String(vm.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

        assertThat(ended).isTrue();
        assertThat(vm.exitValue()).isEqualTo(7);
        assertThat(lines).containsExactly("vm " + vm.pid(), "program " + vm.pid() + " sees WANTED=yes, no extra fd");
    }

    @Test
    void onlyLinuxAndMacOsReplaceAProcess() {
        assertThat(ProcessReplacement.supported("Linux")).isTrue();
        assertThat(ProcessReplacement.supported("Mac OS X")).isTrue();
        assertThat(ProcessReplacement.supported("Windows 11")).isFalse();
    }

    /** A VM that prints its process id, opens a file and replaces itself with a shell that says what it sees. */
    static final class Replacing {
        public static void main(String[] args) throws IOException {
            System.out.println("vm " + ProcessHandle.current().pid());
            Path release = Path.of(System.getProperty("java.home"), "release").toRealPath();
            InputStream held = Files.newInputStream(release);
            int fd = ProcessReplacement.openDescriptors().stream().filter(n -> opens(n, release)).findFirst()
                    .orElse(-1);
            String script = "printf 'program %s sees WANTED=%s, ' $$ \"$WANTED\"; "
                    + "if [ -e /proc/$$/fd/" + fd + " ]; then echo extra fd; else echo no extra fd; fi; exit 7";
            String failure = ProcessReplacement.prepare().orElseThrow().replaceWith(List.of("/bin/sh", "-c", script),
                    Map.of("WANTED", "yes", "PATH", "/usr/bin:/bin"));
            System.out.println("not replaced: " + failure);
            held.close();
            System.exit(1);
        }

        /** Whether descriptor {@code fd} is open on {@code file} (Linux; elsewhere never). */
        private static boolean opens(int fd, Path file) {
            try {
                return Files.readSymbolicLink(Path.of("/proc/self/fd", Integer.toString(fd))).equals(file);
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
    }
}
