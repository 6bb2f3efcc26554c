package app.contactshield.installer;

import java.nio.file.Path;

/** Where the installer's sources and the canonical policy schema are, seen from the module directory. */
final class InstallerFiles {

    static final Path POLICY = Path.of("src/main/policy");
    static final Path ADMX = POLICY.resolve("windows/ContactShield.admx");
    static final Path ADML_EN = POLICY.resolve("windows/en-US/ContactShield.adml");
    static final Path ADML_DE = POLICY.resolve("windows/de-DE/ContactShield.adml");
    static final Path MOBILECONFIG = POLICY.resolve("macos/app.contactshield.desktop.mobileconfig");
    static final Path EXAMPLE_POLICY = POLICY.resolve("linux/policy.example.json");
    static final Path JPACKAGE = Path.of("src/main/jpackage");
    static final Path LINUX_ARGS = JPACKAGE.resolve("linux.args");
    static final Path ICON = Path.of("src/main/icons/contact-shield.png");

    private InstallerFiles() {
    }

    /** The canonical schema that graph-sync's policy reader owns; the installer never keeps its own copy. */
    static Path canonicalSchema() {
        String dir = System.getProperty("contactshield.policySchemaDir",
                "../graph-sync/src/main/resources/app/contactshield/graphsync/policy");
        return Path.of(dir).resolve("policy.schema.json");
    }

    /** The policy folder the build assembles for administrators under target/. */
    static Path assembledPolicy() {
        return Path.of(System.getProperty("contactshield.policyOut", "target/policy"));
    }
}
