package app.contactshield.desktop.calls;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves snapshots of screens under {@code target/screenshots/} for people to look at. */
public final class Screenshots {
    /** Where the PNGs go, relative to the module. */
    public static final Path DIR = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** Snapshots the node on the JavaFX thread and writes {@code name.png}; returns the file. */
    public static Path save(Node node, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> image.set(node.snapshot(null, null)));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image.get(), null);
        try {
            Files.createDirectories(DIR);
            Path file = DIR.resolve(name + ".png");
            ImageIO.write(buffered, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Screenshot " + name + " could not be written to " + DIR, e);
        }
    }
}
