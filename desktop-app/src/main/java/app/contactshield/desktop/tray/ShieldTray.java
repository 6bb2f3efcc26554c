package app.contactshield.desktop.tray;

import app.contactshield.desktop.calls.CallsText;
import java.awt.AWTException;
import java.awt.BasicStroke;
import java.awt.CheckboxMenuItem;
import java.awt.Color;
import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.RenderingHints;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.event.ItemEvent;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tray icon with the vacation-mode toggle and Quit, through AWT's {@link SystemTray} where the desktop has a
 * tray. Where it has none the app goes on without one and says so once at INFO. AWT work runs on the AWT event
 * thread; the menu's actions reach JavaFX through the {@code fx} executor ({@code Platform::runLater}). Whoever
 * installs the tray closes it.
 *
 * <p>Entry point for the app shell: {@link #install(BooleanProperty, Runnable, CallsText, Executor)}.
 */
public final class ShieldTray implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ShieldTray.class);

    private final BooleanProperty vacationMode;
    private final Runnable quit;
    private final Runnable open;
    private final CallsText text;
    private final Executor fx;
    private final CheckboxMenuItem vacationItem;
    private final ChangeListener<Boolean> fxToTray;
    private TrayIcon icon;

    private ShieldTray(BooleanProperty vacationMode, Runnable open, Runnable quit, CallsText text, Executor fx) {
        this.vacationMode = vacationMode;
        this.open = open;
        this.quit = quit;
        this.text = text;
        this.fx = fx;
        this.vacationItem = new CheckboxMenuItem(text.get("tray.vacation"), vacationMode.get());
        this.fxToTray = (obs, old, on) -> EventQueue.invokeLater(() -> vacationItem.setState(on));
    }

    /**
     * Installs the tray icon when the desktop has a tray; JavaFX thread.
     *
     * @param vacationMode the app's vacation-mode switch, kept in step both ways
     * @param quit         quits the app; run on the JavaFX thread
     * @param text         the localised texts
     * @param fx           runs on the JavaFX thread
     * @return the tray, or empty when the desktop has none
     */
    public static Optional<ShieldTray> install(BooleanProperty vacationMode, Runnable quit, CallsText text,
            Executor fx) {
        return install(vacationMode, null, quit, text, fx);
    }

    /**
     * Installs the tray icon with an "Open" item that brings the main window back; JavaFX thread.
     *
     * @param open brings the main window back (also on a click on the icon), or {@code null} for no such item
     */
    public static Optional<ShieldTray> install(BooleanProperty vacationMode, Runnable open, Runnable quit,
            CallsText text, Executor fx) {
        return install(vacationMode, open, quit, text, fx,
                () -> !GraphicsEnvironment.isHeadless() && SystemTray.isSupported());
    }

    static Optional<ShieldTray> install(BooleanProperty vacationMode, Runnable quit, CallsText text, Executor fx,
            BooleanSupplier supported) {
        return install(vacationMode, null, quit, text, fx, supported);
    }

    static Optional<ShieldTray> install(BooleanProperty vacationMode, Runnable open, Runnable quit, CallsText text,
            Executor fx, BooleanSupplier supported) {
        if (!supported.getAsBoolean()) {
            LOG.info("The desktop offers no system tray; Contact Shield runs without a tray icon");
            return Optional.empty();
        }
        ShieldTray tray = new ShieldTray(Objects.requireNonNull(vacationMode, "vacationMode"), open,
                Objects.requireNonNull(quit, "quit"), Objects.requireNonNull(text, "text"),
                Objects.requireNonNull(fx, "fx"));
        vacationMode.addListener(tray.fxToTray);
        EventQueue.invokeLater(tray::addIcon);
        return Optional.of(tray);
    }

    /** The tray menu: vacation mode and Quit. AWT event thread. */
    PopupMenu menu() {
        PopupMenu menu = new PopupMenu();
        if (open != null) {
            MenuItem openItem = new MenuItem(text.get("tray.open"));
            openItem.addActionListener(e -> fx.execute(open));
            menu.add(openItem);
            menu.addSeparator();
        }
        vacationItem.addItemListener(e -> {
            boolean on = e.getStateChange() == ItemEvent.SELECTED;
            fx.execute(() -> vacationMode.set(on));
        });
        MenuItem quitItem = new MenuItem(text.get("tray.quit"));
        quitItem.addActionListener(e -> fx.execute(quit));
        menu.add(vacationItem);
        menu.addSeparator();
        menu.add(quitItem);
        return menu;
    }

    private void addIcon() {
        if (!SystemTray.isSupported()) {
            LOG.info("The desktop offers no system tray; Contact Shield runs without a tray icon");
            return;
        }
        SystemTray tray = SystemTray.getSystemTray();
        int size = Math.max(16, tray.getTrayIconSize().height);
        TrayIcon trayIcon = new TrayIcon(shield(size), text.get("app.mark"), menu());
        trayIcon.setImageAutoSize(true);
        if (open != null) {
            trayIcon.addActionListener(e -> fx.execute(open));
        }
        try {
            tray.add(trayIcon);
            icon = trayIcon;
            LOG.info("Tray icon installed");
        } catch (AWTException e) {
            LOG.info("The system tray refused the icon; Contact Shield runs without a tray icon", e);
        }
    }

    /** The tray's vacation-mode item, for tests. */
    CheckboxMenuItem vacationItem() {
        return vacationItem;
    }

    /** Draws the shield icon. */
    static BufferedImage shield(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double s = size;
            Path2D.Double shape = new Path2D.Double();
            shape.moveTo(s * 0.5, s * 0.06);
            shape.lineTo(s * 0.88, s * 0.2);
            shape.curveTo(s * 0.88, s * 0.62, s * 0.7, s * 0.82, s * 0.5, s * 0.95);
            shape.curveTo(s * 0.3, s * 0.82, s * 0.12, s * 0.62, s * 0.12, s * 0.2);
            shape.closePath();
            g.setColor(new Color(0x09, 0x69, 0xda));
            g.fill(shape);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) Math.max(1.5, s / 10), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D.Double tick = new Path2D.Double();
            tick.moveTo(s * 0.32, s * 0.5);
            tick.lineTo(s * 0.46, s * 0.64);
            tick.lineTo(s * 0.7, s * 0.36);
            g.draw(tick);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Removes the icon and stops following the vacation switch. */
    @Override
    public void close() {
        vacationMode.removeListener(fxToTray);
        EventQueue.invokeLater(() -> {
            if (icon != null) {
                SystemTray.getSystemTray().remove(icon);
                icon = null;
            }
        });
    }
}
