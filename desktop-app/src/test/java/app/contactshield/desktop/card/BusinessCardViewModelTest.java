package app.contactshield.desktop.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.contactshield.desktop.calls.CallsText;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Email;
import ezvcard.property.Telephone;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCardViewModelTest {
    private final CallsText text = CallsText.forLocale(Locale.ENGLISH);

    @BeforeAll
    static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void qrCodeDecodesToAVCard4WithTheSameNameNumbersAndMail() throws Exception {
        BusinessCardViewModel vm = beispiel();

        VCard decoded = Ezvcard.parse(decode(vm.qrCode())).first();

        assertThat(decoded.getVersion()).isEqualTo(VCardVersion.V4_0);
        assertThat(decoded.getFormattedName().getValue()).isEqualTo("Ada Beispiel");
        assertThat(decoded.getStructuredName().getFamily()).isEqualTo("Beispiel");
        assertThat(decoded.getTelephoneNumbers()).extracting(Telephone::getText)
                .containsExactly("+49 89 7104 1220", "+49 89 7104 1000", "+49 151 12345620");
        assertThat(decoded.getEmails()).extracting(Email::getValue)
                .containsExactly("ada.beispiel@beispiel-logistik.example");
        assertThat(decoded.getOrganization().getValues()).containsExactly("Beispiel Logistik GmbH");
        assertThat(decoded.getTitles().get(0).getValue()).isEqualTo("Leiterin Disposition");
    }

    @Test
    void publishedMeProfileMakesAReadableCard() throws Exception {
        Path dir = Path.of(System.getProperty("contactshield.fixtures", "../shared/fixtures/real"));
        Assumptions.assumeTrue(Files.isDirectory(dir), "real fixtures absent at " + dir + ": skipped");
        OwnCard card = OwnCard.fromGraphMe(Files.readString(dir.resolve("graph/me_profile.json")));

        BusinessCardViewModel vm = new BusinessCardViewModel(card, text, "DE");
        VCard decoded = Ezvcard.parse(decode(vm.qrCode())).first();

        assertThat(decoded.getFormattedName().getValue()).isEqualTo("Adele Vance");
        assertThat(decoded.getTelephoneNumbers()).extracting(Telephone::getText)
                .containsExactly("+1 425 555 0109", "+1 425 555 0109");
        assertThat(decoded.getEmails()).extracting(Email::getValue).containsExactly("AdeleV@contoso.com");
        assertThat(vm.subtitle()).isEqualTo("Retail Manager");
    }

    @Test
    void showsEachFieldWithItsLabel() throws Exception {
        BusinessCardViewModel vm = beispiel();

        assertThat(vm.subtitle()).isEqualTo("Leiterin Disposition · Beispiel Logistik GmbH");
        assertThat(vm.lines()).extracting(CardLine::label)
                .containsExactly("Business", "Business", "Mobile", "E-mail", "Office");
    }

    @ParameterizedTest
    @CsvSource({"DE, 089 71041220, 01511 2345620", "US, +49 89 71041220, +49 1511 2345620"})
    void showsNumbersAsEveryOtherScreenDoesAndKeepsThemAsWrittenInTheVCard(String region, String business,
            String mobile) throws Exception {
        OwnCard written = OwnCard.fromGraphMe(resource("me_beispiel.json").replace("+49 89 7104 1220",
                "+49 89 7104-1220"));

        BusinessCardViewModel vm = new BusinessCardViewModel(written, text, region);

        assertThat(vm.lines()).extracting(CardLine::value).startsWith(business).contains(mobile);
        assertThat(Ezvcard.parse(decode(vm.qrCode())).first().getTelephoneNumbers()).extracting(Telephone::getText)
                .contains("+49 89 7104-1220");
    }

    @Test
    void savesTheVCardAsAVcfFile(@TempDir Path dir) throws Exception {
        BusinessCardViewModel vm = beispiel();
        Path file = dir.resolve(vm.suggestedFileName());

        boolean saved = vm.saveVcf(file);

        assertThat(saved).isTrue();
        assertThat(file.getFileName().toString()).isEqualTo("Ada Beispiel.vcf");
        VCard parsed = Ezvcard.parse(Files.readString(file, StandardCharsets.UTF_8)).first();
        assertThat(parsed.getFormattedName().getValue()).isEqualTo("Ada Beispiel");
        assertThat(vm.statusProperty().get()).isEqualTo("Saved as Ada Beispiel.vcf.");
    }

    @Test
    void saveIntoAMissingFolderReportsAFailure(@TempDir Path dir) throws Exception {
        BusinessCardViewModel vm = beispiel();

        boolean saved = vm.saveVcf(dir.resolve("missing").resolve("card.vcf"));

        assertThat(saved).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("The business card could not be saved.");
    }

    @Test
    void meResponseThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> OwnCard.fromGraphMe("[1, 2]")).isInstanceOf(IOException.class)
                .hasMessageContaining("ARRAY");
    }

    static String decode(Image image) throws Exception {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, argb)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BusinessCardViewModelTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private BusinessCardViewModel beispiel() throws Exception {
        return new BusinessCardViewModel(OwnCard.fromGraphMe(resource("me_beispiel.json")), text, "DE");
    }
}
