package app.contactshield.desktop.tray;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.desktop.calls.CallsText;
import java.awt.CheckboxMenuItem;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.event.ActionEvent;
import java.awt.event.ItemEvent;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ShieldTrayTest {
    private final SimpleBooleanProperty vacation = new SimpleBooleanProperty();
    private final List<String> quits = new ArrayList<>();
    private final CallsText text = CallsText.forLocale(Locale.ENGLISH);

    @Test
    void withoutATrayTheAppGoesOnWithoutIcon() {
        Optional<ShieldTray> tray = ShieldTray.install(vacation, () -> quits.add("quit"), text, Runnable::run,
                () -> false);

        assertThat(tray).isEmpty();
    }

    @Test
    void menuTogglesVacationModeAndQuitsThroughTheFxExecutor() throws Exception {
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "AWT menus need a display");
        List<Runnable> fxQueue = new ArrayList<>();
        ShieldTray tray = ShieldTray.install(vacation, () -> quits.add("quit"), text, fxQueue::add, () -> true)
                .orElseThrow();
        AtomicReference<PopupMenu> menu = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> menu.set(tray.menu()));
        CheckboxMenuItem vacationItem = (CheckboxMenuItem) menu.get().getItem(0);
        MenuItem quit = menu.get().getItem(2);

        EventQueue.invokeAndWait(() -> {
            vacationItem.setState(true);
            vacationItem.dispatchEvent(new ItemEvent(vacationItem, ItemEvent.ITEM_STATE_CHANGED, vacationItem,
                    ItemEvent.SELECTED));
            quit.dispatchEvent(new ActionEvent(quit, ActionEvent.ACTION_PERFORMED, "quit"));
        });
        fxQueue.forEach(Runnable::run);

        assertThat(vacationItem.getLabel()).isEqualTo("Vacation mode");
        assertThat(vacation.get()).isTrue();
        assertThat(quits).containsExactly("quit");
        tray.close();
    }

    @Test
    void vacationSwitchedInTheAppIsShownInTheTrayMenu() throws Exception {
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "AWT menus need a display");
        ShieldTray tray = ShieldTray.install(vacation, () -> { }, text, Runnable::run, () -> true).orElseThrow();

        vacation.set(true);
        EventQueue.invokeAndWait(() -> { });

        assertThat(tray.vacationItem().getState()).isTrue();
        tray.close();
    }

    @Test
    void drawsAShieldIcon() {
        BufferedImage icon = ShieldTray.shield(24);

        assertThat(icon.getWidth()).isEqualTo(24);
        assertThat(icon.getRGB(12, 4) >>> 24).isGreaterThan(0);
        assertThat(icon.getRGB(0, 23) >>> 24).isZero();
    }
}
