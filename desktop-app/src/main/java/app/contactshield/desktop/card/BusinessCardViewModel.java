package app.contactshield.desktop.card;

import app.contactshield.desktop.calls.CallsText;
import app.contactshield.desktop.calls.PhoneNumbers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's own business card: the fields of Graph's {@code /me}, its vCard 4.0 and that vCard's QR code, saved as
 * a {@code .vcf} file on request. JavaFX thread.
 */
public final class BusinessCardViewModel {
    /** How many pixels one QR module gets. */
    public static final int QR_MODULE_PIXELS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(BusinessCardViewModel.class);

    private final OwnCard card;
    private final CallsText text;
    private final String region;
    private final String vcard;
    private final Image qrCode;
    private final List<CardLine> lines;
    private final StringProperty status = new SimpleStringProperty("");

    /**
     * Builds the card, its vCard and its QR code; JavaFX thread (the QR image is a JavaFX image). The card shows its
     * numbers as every screen does ({@link PhoneNumbers}); the vCard keeps them as Graph wrote them.
     *
     * @param region the user's region, for the national form of numbers of their own country
     */
    public BusinessCardViewModel(OwnCard card, CallsText text, String region) {
        this.card = Objects.requireNonNull(card, "card");
        this.text = Objects.requireNonNull(text, "text");
        this.region = Objects.requireNonNull(region, "region");
        this.vcard = VCards.toVCard4(card);
        this.qrCode = QrCodes.render(vcard, QR_MODULE_PIXELS);
        this.lines = buildLines();
    }

    private List<CardLine> buildLines() {
        List<CardLine> result = new ArrayList<>();
        card.businessPhones().forEach(p -> result.add(new CardLine(text.get("card.business"), shown(p))));
        if (!card.mobilePhone().isEmpty()) {
            result.add(new CardLine(text.get("card.mobile"), shown(card.mobilePhone())));
        }
        if (!card.mail().isEmpty()) {
            result.add(new CardLine(text.get("card.mail"), card.mail()));
        }
        if (!card.officeLocation().isEmpty()) {
            result.add(new CardLine(text.get("card.office"), card.officeLocation()));
        }
        return List.copyOf(result);
    }

    private String shown(String number) {
        return PhoneNumbers.format(number, null, region, text.get("phone.extension"));
    }

    /**
     * Saves the vCard as a file (UTF-8), replacing one that exists; shows whether it worked.
     *
     * @return whether the file was written
     */
    public boolean saveVcf(Path file) {
        try {
            Files.writeString(file, vcard, StandardCharsets.UTF_8);
            status.set(text.format("card.saved", file.getFileName()));
            return true;
        } catch (IOException e) {
            LOG.error("Saving the business card failed", e);
            status.set(text.get("card.saveFailed"));
            return false;
        }
    }

    /** The file name the save dialog proposes. */
    public String suggestedFileName() {
        String base = card.displayName().isEmpty() ? "contact" : card.displayName();
        return base.replaceAll("[\\\\/:*?\"<>|]", "_") + ".vcf";
    }

    public String displayName() {
        return card.displayName();
    }

    /** "Job title · Company", or whichever of the two exists. */
    public String subtitle() {
        if (card.jobTitle().isEmpty() || card.companyName().isEmpty()) {
            return card.jobTitle() + card.companyName();
        }
        return card.jobTitle() + " · " + card.companyName();
    }

    public List<CardLine> lines() {
        return lines;
    }

    /** The vCard 4.0 text. */
    public String vcard() {
        return vcard;
    }

    /** The QR code of the vCard. */
    public Image qrCode() {
        return qrCode;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public CallsText text() {
        return text;
    }
}
