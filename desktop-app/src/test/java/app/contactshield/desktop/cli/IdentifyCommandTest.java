package app.contactshield.desktop.cli;

import static app.contactshield.desktop.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.keys.PassphraseKeyVault;
import app.contactshield.graphsync.store.StoreOpener;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code identify} says why a text is not a phone number instead of calling it an unknown caller. */
class IdentifyCommandTest {

    @TempDir
    Path dataDir;

    @BeforeEach
    void lockWithPassphrase() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        new PassphraseKeyVault(dataDir, CliRun.PASSPHRASE.toCharArray()).store(key);
        StoreOpener.open(dataDir, key).store().close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1234567890123456789012345678901234567890 | has 40 digits, so it is not a valid phone number: it is too long,"
                + " and E.164 allows at most 15 digits",
        "+49 89 7104 201 999 999 9                | has 18 digits, so it is not a valid phone number",
        "+49 89 abc                               | has letters in it, so it is not a phone number",
        "0800-FLOWERS                             | has letters in it",
        "+                                        | '+' has no digits, so it is not a phone number",
        "( )                                      | has no digits",
        "089 7104#201                             | has '#' in it, which no phone number has",
        "++49                                     | '++49' has a '+' that is not its first sign",
        "49+89 7104201                            | has a '+' that is not its first sign",
        "0                                        | '0' has only 1 digit, so it is not a phone number",
        "+49                                      | '+49' has only 2 digits",
        "tel:+49 89 abc                           | '+49 89 abc' has letters in it",
    })
    void textThatCannotBeAPhoneNumberIsRefusedWithTheReason(String text, String reason) {
        CliRun.Result identify = run("identify", text, "--data-dir", dataDir.toString());

        assertThat(identify.status()).isEqualTo(2);
        assertThat(identify.err()).contains(reason, "Give the number as the caller ID shows it");
        assertThat(identify.out()).doesNotContain("Unknown number", "Withheld");
    }

    @ParameterizedTest
    @CsvSource({"+49 89 7104 2011 234", "0049 89 7104 2011 234", "(089) 7104-201"})
    void aNumberOfAtMostFifteenDigitsAfterTheInternationalPrefixIsLookedUp(String number) {
        CliRun.Result identify = run("identify", number, "--data-dir", dataDir.toString());

        assertThat(identify.status()).isZero();
        assertThat(identify.out()).contains("Unknown number");
    }

    @ParameterizedTest
    @CsvSource({"+٤٩ ٨٩ ٧١٠٤ ٢٠١", "+۴۹ ۸۹ ۷۱۰۴ ۲۰۱", "＋４９ ８９ ７１０４ ２０１",
        "tel:+49897104201", "TEL:+49-89-7104-201;phone-context=example.com", "callto:+49897104201",
        "callto://+49%2089%207104201"})
    void digitsOfOtherScriptsAndTelOrCalltoLinksAreReadAsTheNumberTheyHold(String number) {
        CliRun.Result identify = run("identify", number, "--data-dir", dataDir.toString());

        assertThat(identify.status()).as(identify.err()).isZero();
        assertThat(identify.out()).contains("(+49897104201)", "Result:");
    }

    @Test
    void aNumberWithTabsOrLineBreaksBetweenItsDigitGroupsFindsWhomTheSpacedNumberFinds() {
        run("sync", "--once", "--demo", "--data-dir", dataDir.toString());
        CliRun.Result spaced = run("identify", "089 7104201", "--data-dir", dataDir.toString());

        for (String number : List.of("089\t7104201", "089\n7104201", "089\r\n7104201", "089\u00A07104201",
                "089\u2009\t 7104201", "\t089 7104201\n")) {
            CliRun.Result identify = run("identify", number, "--data-dir", dataDir.toString());

            assertThat(identify.status()).as(identify.err()).isZero();
            assertThat(identify.out()).isEqualTo(spaced.out()).doesNotContain("UNKNOWN");
        }
        assertThat(spaced.out()).startsWith("Number:     089 7104201 (+49897104201)").contains("Candidate:");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "089\u001B7104201     | '089\\u001B7104201' has '\\u001B' in it, which no phone number has",
        "089\u001B[2J7104201  | '089\\u001B[2J7104201' has letters in it",
        "(\u001B];\u0007)    | '(\\u001B];\\u0007)' has no digits",
        "089\u202E1024017     | '089\\u202E1024017' has '\\u202E' in it",
        "089\u00007104201     | '089\\u00007104201' has '\\u0000' in it",
    })
    void controlCharactersAreShownEscapedInTheRefusalNeverSentToTheTerminal(String text, String reason) {
        CliRun.Result identify = run("identify", text, "--data-dir", dataDir.toString());

        assertThat(identify.status()).isEqualTo(2);
        assertThat(identify.err()).contains(reason).doesNotContain("\u001B", "\u0007", "\u202E", "\u0000");
    }

    @Test
    void anUnknownRegionIsShownEscaped() {
        CliRun.Result identify = run("identify", "089 7104201", "--region", "D\u001B[2JE", "--data-dir",
                dataDir.toString());

        assertThat(identify.status()).isEqualTo(2);
        assertThat(identify.err()).contains("Unknown region 'D\\u001B[2JE'").doesNotContain("\u001B");
    }

    @ParameterizedTest
    @CsvSource({"5000, 1", "100000, 0"})
    void aVeryLongInputIsShortenedInTheMessage(int length, int digit) {
        String text = (digit == 1 ? "1" : "x").repeat(length);

        CliRun.Result identify = run("identify", text, "--data-dir", dataDir.toString());

        assertThat(identify.status()).isEqualTo(2);
        assertThat(identify.err()).contains("'" + text.substring(0, 40) + "…'").hasSizeLessThan(400);
    }

    @Test
    void anEmptyNumberStandsForAWithheldCaller() {
        CliRun.Result identify = run("identify", "", "--data-dir", dataDir.toString());

        assertThat(identify.status()).isZero();
        assertThat(identify.out()).contains("Withheld");
    }
}
