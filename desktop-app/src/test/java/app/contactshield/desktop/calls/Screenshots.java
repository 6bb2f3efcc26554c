package app.contactshield.desktop.calls;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves snapshots of screens under {@code target/screenshots/} for people to look at. */
public final class Screenshots {
    /** Where the PNGs go, relative to the module. */
    public static final Path DIR = Path.of("target", "screenshots");

    private Screenshots() {
    }

    private static void awaitPulse(Node node) {
        CountDownLatch pulsed = new CountDownLatch(1);
        Platform.runLater(() -> {
            Scene scene = node.getScene();
            if (scene == null) {
                pulsed.countDown();
                return;
            }
            Runnable listener = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    pulsed.countDown();
                }
            };
            scene.addPostLayoutPulseListener(listener);
            Platform.requestNextPulse();
        });
        try {
            if (!pulsed.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("No layout pulse within 5 s before a screenshot");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a layout pulse", e);
        }
    }

    /**
     * Snapshots the node on the JavaFX thread and writes {@code name.png}; returns the file. Waits first for pending
     * events and for two layout pulses of the node's scene, so that a window resized to new content (a list that
     * filled, a pane that opened) is drawn at its new size.
     */
    public static Path save(Node node, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 2; i++) {
            awaitPulse(node);
        }
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
