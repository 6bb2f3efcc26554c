package app.contactshield.desktop.card;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/** Draws QR codes with ZXing straight into a JavaFX image (no AWT). */
public final class QrCodes {
    private static final int DARK = 0xFF000000;
    private static final int LIGHT = 0xFFFFFFFF;

    private QrCodes() {
    }

    /**
     * The QR code of a text, each module {@code modulePixels} wide, with a four-module quiet zone.
     *
     * @throws IllegalArgumentException when the text is too long for a QR code
     */
    public static WritableImage render(String text, int modulePixels) {
        BitMatrix matrix = encode(text);
        int size = matrix.getWidth() * modulePixels;
        WritableImage image = new WritableImage(size, size);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels.setArgb(x, y, matrix.get(x / modulePixels, y / modulePixels) ? DARK : LIGHT);
            }
        }
        return image;
    }

    /** The QR code's modules, one bit each, with the quiet zone. */
    static BitMatrix encode(String text) {
        Map<EncodeHintType, Object> hints = Map.of(
                EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, 4);
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("The text of " + text.length()
                    + " characters does not fit in a QR code", e);
        }
    }
}
