package app.contactshield.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The jpackage inputs of the .deb and .rpm: arguments, the desktop entry with its URL handlers, the icon. */
class LinuxPackagingTest {

    private static Map<String, String> args;

    @BeforeAll
    static void readArguments() throws IOException {
        args = new LinkedHashMap<>();
        List<String> tokens = new ArrayList<>();
        for (String line : Files.readAllLines(InstallerFiles.LINUX_ARGS, StandardCharsets.UTF_8)) {
            tokens.addAll(List.of(line.trim().split("\\s+", 2)));
        }
        for (int i = 0; i < tokens.size(); i++) {
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            boolean hasValue = !next.startsWith("--") && !next.isEmpty();
            args.put(tokens.get(i), hasValue ? next : "");
            i += hasValue ? 1 : 0;
        }
    }

    @Test
    void argumentsNameThePackageAddAShortcutAndFileItUnderOffice() {
        assertThat(args).containsEntry("--name", "contact-shield")
                .containsEntry("--linux-package-name", "contact-shield")
                .containsEntry("--linux-menu-group", "Office")
                .containsKey("--linux-shortcut");
    }

    @Test
    void desktopEntryOverrideIsWhereJpackageLooksForIt() {
        Path resourceDir = Path.of(args.get("--resource-dir"));

        assertThat(resourceDir.resolve(args.get("--name") + ".desktop")).isRegularFile();
    }

    @Test
    void desktopEntryRegistersTheTelAndCalltoUrlHandlers() throws IOException {
        DesktopEntry entry = desktopEntry();

        assertThat(entry.list("MimeType")).contains("x-scheme-handler/tel", "x-scheme-handler/callto");
        assertThat(entry.get("MimeType")).endsWith(";");
    }

    @Test
    void desktopEntryStartsTheInstalledLauncherWithTheUrl() throws IOException {
        DesktopEntry entry = desktopEntry();
        String launcher = "/opt/" + args.get("--linux-package-name") + "/bin/" + args.get("--name");

        assertThat(entry.get("Exec")).isEqualTo(launcher + " %u");
        assertThat(entry.get("Type")).isEqualTo("Application");
        assertThat(entry.get("Terminal")).isEqualTo("false");
    }

    @Test
    void desktopEntryIsAnOfficeApplicationWithTheInstalledIcon() throws IOException {
        DesktopEntry entry = desktopEntry();

        assertThat(entry.list("Categories")).first().isEqualTo("Office");
        assertThat(entry.get("Icon")).isEqualTo("/opt/contact-shield/lib/" + args.get("--name") + ".png");
        assertThat(entry.get("Name")).isEqualTo("Contact Shield");
    }

    @Test
    void desktopEntryLeavesNoJpackagePlaceholder() throws IOException {
        String text = Files.readString(desktopEntryFile(), StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("APPLICATION_", "DEPLOY_", "DESKTOP_MIMES");
    }

    @Test
    void iconIsA256PixelSquareWithTransparentCorners() throws IOException {
        BufferedImage icon = ImageIO.read(Path.of(args.get("--icon")).toFile());

        assertThat(icon.getWidth()).isEqualTo(256);
        assertThat(icon.getHeight()).isEqualTo(256);
        assertThat(icon.getColorModel().hasAlpha()).isTrue();
        assertThat(icon.getRGB(0, 0) >>> 24).as("alpha of the top left pixel").isZero();
        assertThat(icon.getRGB(128, 128) >>> 24).as("alpha of the centre pixel").isEqualTo(255);
    }

    @Test
    void packageVersionIsTheProjectVersionWithoutQualifier() {
        String projectVersion = System.getProperty("contactshield.projectVersion", "");
        String appVersion = System.getProperty("contactshield.appVersion", "");

        assertThat(appVersion).matches("\\d+(\\.\\d+){0,3}");
        assertThat(projectVersion.replaceFirst("-SNAPSHOT$", "")).isEqualTo(appVersion);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postinst", "prerm"})
    void maintainerScriptIsExecutableShellThatHandlesTheInstalledDesktopEntry(String script) throws Exception {
        Path file = Path.of(args.get("--resource-dir")).resolve(script);
        String installed = "/opt/" + args.get("--linux-package-name") + "/lib/" + args.get("--linux-package-name")
                + "-" + args.get("--name") + ".desktop";
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh to check the script with");

        Process check = new ProcessBuilder("/bin/sh", "-n", file.toString()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.waitFor()).as("sh -n " + file + ": " + output).isZero();
        assertThat(Files.isExecutable(file)).as(file + " is executable").isTrue();
        assertThat(Files.readString(file)).contains(installed).startsWith("#!/bin/sh\n");
    }

    @Test
    void postinstFallsBackWhenTheSystemHasNoDesktopMenu() throws IOException {
        String postinst = Files.readString(Path.of(args.get("--resource-dir")).resolve("postinst"));

        assertThat(postinst).contains("if ! xdg-desktop-menu install", "/usr/share/applications")
                .doesNotContain("DESKTOP_COMMANDS_INSTALL");
    }

    @Test
    void postinstMakesTheClassDataArchiveTheLauncherMapsAndPrermDeletesIt() throws IOException {
        Path resources = Path.of(args.get("--resource-dir"));
        String app = "/opt/" + args.get("--linux-package-name") + "/lib/app/";

        String postinst = Files.readString(resources.resolve("postinst"));
        String prerm = Files.readString(resources.resolve("prerm"));

        assertThat(postinst).contains("/opt/" + args.get("--linux-package-name") + "/lib/runtime/bin/java -cp " + app
                + "contact-shield.jar", "app.contactshield.desktop.ClassDataArchive " + app + "contact-shield.jsa",
                "|| true");
        assertThat(prerm).contains("rm -f " + app + "contact-shield.jsa", app + "contact-shield.jsa.seal",
                app + "contact-shield.jsa.failed");
    }

    private static Path desktopEntryFile() {
        return Path.of(args.get("--resource-dir")).resolve(args.get("--name") + ".desktop");
    }

    private static DesktopEntry desktopEntry() throws IOException {
        return new DesktopEntry(desktopEntryFile());
    }
}
