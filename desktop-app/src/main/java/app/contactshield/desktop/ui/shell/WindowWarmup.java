package app.contactshield.desktop.ui.shell;

import app.contactshield.desktop.ui.Theme;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readies what the main window is made of while its contacts open: the FXML loader, and the controls, skins, style
 * sheets and text rendering of a window laid out like the main one, built once off screen and dropped. A fresh JVM
 * spends about as long loading and first running that code as building the main window itself; done while the
 * JavaFX thread only waits for the store, the main window then shows that much sooner. Once per JVM, on the JavaFX
 * thread after the splash has been laid out, so that the splash shows first.
 */
final class WindowWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(WindowWarmup.class);
    private static final AtomicBoolean DONE = new AtomicBoolean();
    private static final String VIEW = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?import javafx.scene.control.*?>
            <?import javafx.scene.layout.*?>
            <BorderPane xmlns="http://javafx.com/javafx/21" xmlns:fx="http://javafx.com/fxml/1"
                        styleClass="main-window" prefWidth="900" prefHeight="560">
                <top>
                    <HBox styleClass="app-bar" spacing="12">
                        <Label text="Contact Shield" styleClass="brand"/>
                        <StackPane styleClass="search-box" HBox.hgrow="ALWAYS">
                            <TextField promptText="Search" styleClass="search-field"/>
                        </StackPane>
                        <Button text="Settings" styleClass="flat"/>
                    </HBox>
                </top>
                <center>
                    <SplitPane>
                        <ListView fx:id="results"/>
                        <ScrollPane fitToWidth="true">
                            <VBox styleClass="detail-pane" spacing="8">
                                <GridPane>
                                    <Label text="Mobile" GridPane.rowIndex="0" GridPane.columnIndex="0"/>
                                    <Hyperlink text="+49 151 1000 0000" GridPane.rowIndex="0"
                                               GridPane.columnIndex="1"/>
                                </GridPane>
                                <ToggleButton text="Favourite"/>
                            </VBox>
                        </ScrollPane>
                    </SplitPane>
                </center>
                <bottom>
                    <HBox styleClass="status-bar" spacing="12">
                        <ProgressBar/>
                        <Label text="Synced" styleClass="status-text"/>
                        <Region HBox.hgrow="ALWAYS"/>
                        <ToggleButton text="Vacation"/>
                    </HBox>
                </bottom>
            </BorderPane>
            """;

    private WindowWarmup() {
    }

    /** Runs the warm-up once the scene now showing has been laid out, unless it ran before in this JVM. */
    static void afterLayoutOf(Scene showing, boolean dark) {
        if (DONE.get()) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            showing.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> run(dark));
        };
        showing.addPostLayoutPulseListener(once[0]);
    }

    private static void run(boolean dark) {
        if (DONE.getAndSet(true)) {
            return;
        }
        long started = System.nanoTime();
        try {
            FXMLLoader loader = new FXMLLoader();
            Parent root = loader.load(new ByteArrayInputStream(VIEW.getBytes(StandardCharsets.UTF_8)));
            @SuppressWarnings("unchecked")
            ListView<String> results = (ListView<String>) loader.getNamespace().get("results");
            results.getItems().setAll("Ada Beispiel", "Björn Weiß");
            Scene scene = new Scene(root);
            Theme.style(scene, dark);
            root.applyCss();
            root.layout();
            scene.snapshot(null);
            LOG.debug("Main window warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Warming up the main window failed; it builds cold", e);
        }
    }
}
