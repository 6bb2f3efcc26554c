package app.contactshield.desktop.cli;

import static app.contactshield.desktop.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.search.SearchIndex;
import app.contactshield.desktop.search.SearchIndexBuilder;
import app.contactshield.graphsync.auth.TokenCacheMode;
import app.contactshield.graphsync.auth.TokenCaches;
import app.contactshield.graphsync.home.DataDirectory;
import app.contactshield.graphsync.keys.PassphraseKeyVault;
import app.contactshield.graphsync.keys.SecretServiceKeyVault;
import app.contactshield.graphsync.policy.EffectiveSettings;
import com.microsoft.aad.msal4jextensions.persistence.ICacheAccessor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doctor} as support reads it: every line explains itself, and none holds personal data or a token. */
class DoctorCommandTest {
    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final String CLIENT = "7f1d2c3b-4a5e-6f70-8192-a3b4c5d6e7f8";

    @TempDir
    Path dataDir;

    @BeforeEach
    void lockWithPassphrase() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        new PassphraseKeyVault(dataDir, CliRun.PASSPHRASE.toCharArray()).store(key);
    }

    @Test
    void withATenantButNoSignInDoctorNamesTheCommandThatSignsIn() throws Exception {
        writeTenantSettings();

        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());

        assertThat(doctor.status()).isZero();
        assertThat(doctor.out()).containsPattern("Sign-in:\\s+none kept; run 'contact-shield signin'");
    }

    @Test
    void withoutATenantDoctorSaysNoSignInIsNeeded() {
        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());

        assertThat(doctor.out()).containsPattern("Sign-in:\\s+none kept \\(no tenant is configured");
    }

    @Test
    void aKeptSignInIsCountedWithItsTenantAndKeyStoreButNeverNamed() throws Exception {
        Optional<String> noKeyring = SecretServiceKeyVault.unavailableReason(dataDir);
        Assumptions.assumeTrue(noKeyring.isEmpty(), () -> "needs a Secret Service for the token cache: "
                + noKeyring.orElse(""));
        writeTenantSettings();
        Path tokens = dataDir.resolve(TenantSync.TOKEN_DIR);
        new TokenCaches().open(TokenCacheMode.OS_KEY_STORE, tokens);
        ICacheAccessor entry = TokenCaches.keyringEntry(tokens).orElseThrow();
        entry.write(("{\"Account\":{\"uid." + TENANT + "-login.microsoftonline.com-" + TENANT + "\":{"
                + "\"home_account_id\":\"uid." + TENANT + "\",\"realm\":\"" + TENANT + "\","
                + "\"username\":\"ada.beispiel@contoso.example\",\"name\":\"Ada Beispiel\"}},"
                + "\"RefreshToken\":{\"r\":{\"secret\":\"0.ARwA-refresh-secret\"}}}")
                .getBytes(StandardCharsets.UTF_8));

        try {
            CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());

            assertThat(doctor.out()).containsPattern("Sign-in:\\s+kept \\(1 account of tenant " + TENANT
                    + "\\) in the Secret Service");
            assertThat(doctor.out() + doctor.err()).doesNotContain("ada.beispiel", "Ada Beispiel", "refresh-secret");
        } finally {
            new TokenCaches().delete(tokens);
        }
    }

    @Test
    void thePeopleCountIsTheAppsListAndAddsUpFromTheRecordsPerSource() throws Exception {
        run("sync", "--once", "--demo", "--data-dir", dataDir.toString());

        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());

        Matcher people = Pattern.compile("People \\(consolidated\\):\\s+([\\d,]+) people from ([\\d,]+) source "
                + "records \\(graph.orgContacts ([\\d,]+), graph.outlook ([\\d,]+), graph.users ([\\d,]+)\\)")
                .matcher(doctor.out());
        assertThat(people.find()).as(doctor.out()).isTrue();
        int records = number(people.group(2));
        assertThat(number(people.group(3)) + number(people.group(4)) + number(people.group(5))).isEqualTo(records);
        assertThat(number(people.group(1))).isLessThan(records).isEqualTo(rowsTheAppLists());
        assertThat(doctor.out()).containsPattern("graph.users\\s+" + people.group(5) + "\\s");
    }

    @Test
    void beforeAnySyncWithoutATenantDoctorSuggestsTheDemoSyncAndSaysWhereTheRegionComesFrom() {
        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());

        assertThat(doctor.out()).containsPattern("Store:\\s+none yet; run 'contact-shield sync --once --demo'")
                .containsPattern("Default region:\\s+[A-Z]{2} \\((from the OS locale|a guess: neither)");
    }

    @Test
    void theDemoIsReadInItsOwnRegionWhateverTheSettingsAndDoctorSaysSo() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), "{\"defaultRegion\": \"AT\"}");
        run("sync", "--once", "--demo", "--data-dir", dataDir.toString());
        CliRun.Result atSettings = run("doctor", "--data-dir", dataDir.toString());
        Files.writeString(dataDir.resolve("settings.json"), "{\"defaultRegion\": \"CH\"}");

        CliRun.Result changed = run("doctor", "--data-dir", dataDir.toString());

        assertThat(atSettings.out()).containsPattern("Default region:\\s+AT \\(from settings.json\\)")
                .containsPattern("Store data:\\s+the demo directory \\(sync --demo\\), numbers read as in DE\\n")
                .containsPattern("Sync again:\\s+contact-shield sync --once --demo\\n")
                .contains("App window:", "shows its own demo directory");
        assertThat(changed.out()).containsPattern("Store data:.*numbers read as in DE\\n");
        assertThat(unusableNumbers(atSettings.out())).isEqualTo(unusableNumbers(changed.out()));
    }

    @Test
    void anInvalidSettingsFileDoesNotMakeTheDemoReadItsNumbersAsAnotherCountrys() throws Exception {
        run("sync", "--once", "--demo", "--data-dir", dataDir.toString());
        CliRun.Result valid = run("doctor", "--data-dir", dataDir.toString());
        wipeStoreKeepingTheKey();
        Files.writeString(dataDir.resolve("settings.json"), "{ not json");

        CliRun.Result sync = run("sync", "--once", "--demo", "--data-dir", dataDir.toString());
        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());

        assertThat(sync.status()).as(sync.err()).isZero();
        assertThat(doctor.out()).containsPattern("Store data:.*numbers read as in DE\\n");
        assertThat(unusableNumbers(doctor.out())).isEqualTo(unusableNumbers(valid.out()));
    }

    @Test
    void theDemoSyncLeavesTheUsersSettingsAsTheyAre() throws Exception {
        writeTenantSettings();
        String before = Files.readString(dataDir.resolve("settings.json"));

        CliRun.Result sync = run("sync", "--once", "--demo", "--data-dir", dataDir.toString());

        assertThat(sync.status()).as(sync.err()).isZero();
        assertThat(Files.readString(dataDir.resolve("settings.json"))).isEqualTo(before);
    }

    @Test
    void aPolicyRegionPhoneNumbersCannotBeReadInIsReportedAndNotShownAsInForce() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), "{\"defaultRegion\": \"XX\"}");

        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());

        assertThat(doctor.out()).contains("defaultRegion: 'XX' is not a region phone numbers can be read in")
                .doesNotContain("Default region:         XX");
    }

    @Test
    void problemsInTheUsersOwnSettingsAreLabelledAsSuchWithTheAllowedValues() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), "{\"theme\": \"purple\"}");

        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());

        assertThat(doctor.out()).containsPattern("Settings problem \\(settings.json\\): .*theme: 'purple' is not one "
                + "of system, light, dark, ignored").doesNotContain("Policy problem");
    }

    @Test
    void everyCountHasThousandsSeparators() throws Exception {
        run("sync", "--once", "--demo", "--data-dir", dataDir.toString());

        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());

        java.util.List<String> counts = doctor.out().lines().filter(line -> line.startsWith("graph.")
                || line.startsWith("People") || line.startsWith("Caller index")).toList();
        assertThat(counts).hasSizeGreaterThan(3)
                .allSatisfy(line -> assertThat(line).doesNotContainPattern("(?<![\\d,.])\\d{4,}"));
        assertThat(String.join("\n", counts)).containsPattern("\\d,\\d{3} numbers")
                .containsPattern("\\d,\\d{3} people");
    }

    private static int unusableNumbers(String doctor) {
        Matcher row = Pattern.compile("(?m)^graph\\.users\\s+\\S+\\s+.*?\\s(\\S+)$").matcher(doctor);
        assertThat(row.find()).as(doctor).isTrue();
        return number(row.group(1));
    }

    private void wipeStoreKeepingTheKey() throws Exception {
        try (var files = Files.newDirectoryStream(dataDir, "contacts*")) {
            for (Path file : files) {
                Files.delete(file);
            }
        }
    }

    @Test
    void aDemoStoreInADirectoryWithATenantNowSuggestsTheTenantSync() throws Exception {
        run("sync", "--once", "--demo", "--data-dir", dataDir.toString());
        writeTenantSettings();

        CliRun.Result doctor = run("doctor", "--data-dir", dataDir.toString());

        assertThat(doctor.out())
                .containsPattern("Sync again:\\s+contact-shield sync --once \\(replaces the demo data\\)")
                .containsPattern("App window:\\s+lists the people above").doesNotContain("its own demo directory");
    }

    private int rowsTheAppLists() throws Exception {
        EffectiveSettings settings = EffectiveSettings.load(dataDir);
        try (StoreSession session = StoreSession.open(new DataDirectory(dataDir), settings,
                (kind, reason) -> Optional.of(CliRun.PASSPHRASE.toCharArray()))) {
            SearchIndexBuilder index = SearchIndex.builder(Set.of());
            session.store().forEachPerson(index::add);
            return index.build().size();
        }
    }

    private static int number(String grouped) {
        return Integer.parseInt(grouped.replace(",", ""));
    }

    private void writeTenantSettings() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), "{\"tenantId\": \"" + TENANT + "\", \"clientId\": \""
                + CLIENT + "\"}");
    }
}
