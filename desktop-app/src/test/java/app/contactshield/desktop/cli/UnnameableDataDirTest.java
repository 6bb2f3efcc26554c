package app.contactshield.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A data folder whose name the locale's file-name encoding cannot hold (an {@code ä} under {@code LC_ALL=C}) is
 * refused in one line that says so, as wrong usage, whether named by {@code --data-dir} or the environment.
 */
class UnnameableDataDirTest {
    private static final String FOLDER = "contact-shield-\u00e4";

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"doctor --data-dir", "--data-dir", "doctor CONTACT_SHIELD_HOME",
        "identify 110 CONTACT_SHIELD_HOME", "CONTACT_SHIELD_HOME"})
    void aFolderNameTheCLocaleCannotHoldIsRefusedInOneLine(String given) throws Exception {
        List<String> words = new ArrayList<>(List.of(given.split(" ")));
        boolean fromEnvironment = words.remove("CONTACT_SHIELD_HOME");
        String folder = temp.resolve(FOLDER).toString();
        if (!fromEnvironment) {
            words.add(folder);
        }

        Result result = runInCLocale(words, fromEnvironment ? Map.of("CONTACT_SHIELD_HOME", folder) : Map.of());

        assertThat(result.status()).as(result.err()).isEqualTo(2);
        assertThat(result.err().strip().lines()).hasSize(1);
        assertThat(result.err()).contains("cannot be named in this system's file-name encoding", "UTF-8",
                fromEnvironment ? "$CONTACT_SHIELD_HOME" : "--data-dir").doesNotContain("Exception", "\tat ");
        assertThat(temp.resolve(FOLDER)).doesNotExist();
    }

    private static Result runInCLocale(List<String> args, Map<String, String> env) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(
                Path.of("/dev/null").toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG")
                || name.equals("CONTACT_SHIELD_HOME") || name.equals("DISPLAY") || name.equals("WAYLAND_DISPLAY"));
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("DISPLAY", ":0");
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), err);
    }

    private record Result(int status, String out, String err) {
    }
}
