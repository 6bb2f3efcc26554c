package app.contactshield.graphsync.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The real inputs collected from libphonenumber's own tests and from public bug reports. */
class PhoneNormalizerFixturesTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** What the bug reports' users expected, for the rows where the report says so. */
    private static final Map<String, String> EXPECTED_FROM_REPORTS = Map.ofEntries(
            Map.entry("49(0)345279580", "+49345279580"),
            Map.entry("+49(0)15123020000", "+4915123020000"),
            Map.entry("493030808459", "+493030808459"),
            Map.entry("491622897000", "+491622897000"),
            Map.entry("447717512000", "+447717512000"),
            Map.entry("491716783000", "+491716783000"),
            Map.entry("491786730000", "+491786730000"),
            Map.entry("0699999999", "+33699999999"),
            Map.entry("+1 425 555 0109", "+14255550109"));

    @Test
    void readsTheNumbersFromPublicBugReportsAsTheirUsersExpected() throws IOException {
        List<String[]> rows = rows("real_world_numbers_from_issues.tsv");
        SoftAssertions softly = new SoftAssertions();

        for (String[] row : rows) {
            String raw = row[0];
            PhoneNumber number = normalise(raw, row[1].isBlank() ? "DE" : row[1]);

            assertRobust(softly, raw, number);
            if (EXPECTED_FROM_REPORTS.containsKey(raw)) {
                softly.assertThat(number.e164()).as(raw).isEqualTo(EXPECTED_FROM_REPORTS.get(raw));
            }
        }

        softly.assertAll();
        assertThat(rows).hasSizeGreaterThan(20);
    }

    @Test
    void readsEveryLibphonenumberTestInputWithoutFailingAndOnlyValidNumbersAsNormalised() throws IOException {
        List<String[]> rows = rows("libphonenumber_java_test_inputs.tsv");
        SoftAssertions softly = new SoftAssertions();

        int normalised = 0;
        for (String[] row : rows) {
            String region = row[1].matches("[A-Z]{2}") ? row[1] : "ZZ";
            PhoneNumber number = normalise(row[0], region);
            assertRobust(softly, row[0], number);
            normalised += number.isNormalised() ? 1 : 0;
        }

        softly.assertAll();
        assertThat(rows).hasSizeGreaterThan(300);
        assertThat(normalised).isGreaterThan(50);
    }

    private static PhoneNumber normalise(String raw, String region) {
        PhoneNormalizer normalizer = new PhoneNormalizer(region);
        PhoneNumber[] result = new PhoneNumber[1];
        assertThatCode(() -> result[0] = normalizer.normalise(PhoneType.OTHER, raw)).as(raw).doesNotThrowAnyException();
        assertThatCode(() -> normalizer.problemWith(raw)).as(raw).doesNotThrowAnyException();
        return result[0];
    }

    private static void assertRobust(SoftAssertions softly, String raw, PhoneNumber number) {
        softly.assertThat(number.raw()).as("kept raw").isEqualTo(raw);
        if (!number.isNormalised()) {
            return;
        }
        softly.assertThat(isValid(number.e164())).as("valid: %s -> %s", raw, number.e164()).isTrue();
        softly.assertThat(new PhoneNormalizer("ZZ").toE164(number.e164())).as("idempotent: %s", raw)
                .contains(number.e164());
    }

    private static boolean isValid(String e164) {
        try {
            return UTIL.isValidNumber(UTIL.parse(e164, "ZZ"));
        } catch (NumberParseException e) {
            return false;
        }
    }

    private static List<String[]> rows(String file) throws IOException {
        Path root = Path.of(System.getProperty("contactshield.fixtures", "../shared/fixtures/real"));
        Path dir = root.resolve("phone-numbers");
        Assumptions.assumeTrue(Files.isDirectory(dir), "real fixtures absent at " + dir + ": skipped");
        return Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t", -1))
                .toList();
    }
}
