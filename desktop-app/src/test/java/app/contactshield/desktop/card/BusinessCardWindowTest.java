package app.contactshield.desktop.card;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.calls.CallsText;
import app.contactshield.desktop.calls.Screenshots;
import app.contactshield.desktop.calls.TestTheme;
import ezvcard.Ezvcard;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BusinessCardWindowTest {
    private StackPane host;

    @Start
    void start(Stage stage) {
        TestTheme.primerLight();
        host = new StackPane();
        stage.setScene(new Scene(host, 760, 420));
        stage.show();
    }

    @Test
    void showsTheCardWithAScannableQrCode(FxRobot robot) throws Exception {
        String me;
        try (InputStream in = getClass().getResourceAsStream("me_beispiel.json")) {
            me = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        OwnCard card = OwnCard.fromGraphMe(me);
        Parent[] view = new Parent[1];

        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            CallsText english = CallsText.forLocale(Locale.ENGLISH);
            view[0] = BusinessCardWindow.load(new BusinessCardViewModel(card, english, "DE"));
            host.getChildren().setAll(view[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".card-name").queryAs(Label.class).getText()).isEqualTo("Ada Beispiel");
        ImageView qr = robot.lookup(".image-view").queryAs(ImageView.class);
        assertThat(Ezvcard.parse(BusinessCardViewModelTest.decode(qr.getImage())).first().getFormattedName()
                .getValue()).isEqualTo("Ada Beispiel");
        Screenshots.save(view[0], "business-card");
    }
}
