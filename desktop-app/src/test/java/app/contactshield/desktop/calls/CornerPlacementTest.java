package app.contactshield.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the call window goes on the screen, without a window. */
class CornerPlacementTest {
    /** A 1920 × 1080 screen whose taskbar takes the bottom 40 pixels. */
    private static final Rectangle2D ABOVE_TASKBAR = new Rectangle2D(0, 0, 1920, 1040);

    @Test
    void sitsInTheBottomRightCornerAboveTheTaskbar() {
        Point2D at = CornerWindow.corner(ABOVE_TASKBAR, 420, 200, Optional.empty());

        assertThat(at).isEqualTo(new Point2D(1920 - 420 - 16, 1040 - 200 - 16));
    }

    @Test
    void movesUpToJustAboveTheMainWindowsStatusBarInsteadOfCoveringIt() {
        Rectangle2D statusBar = new Rectangle2D(700, 990, 1220, 36);

        Point2D at = CornerWindow.corner(ABOVE_TASKBAR, 420, 200, Optional.of(statusBar));

        assertThat(at.getX()).isEqualTo(1920 - 420 - 16);
        assertThat(at.getY() + 200).isLessThanOrEqualTo(statusBar.getMinY());
        assertThat(at.getY()).isEqualTo(990 - 200 - 16);
    }

    @Test
    void staysInTheCornerWhenTheStatusBarIsElsewhere() {
        Rectangle2D statusBar = new Rectangle2D(0, 500, 900, 36);

        Point2D at = CornerWindow.corner(ABOVE_TASKBAR, 420, 200, Optional.of(statusBar));

        assertThat(at).isEqualTo(new Point2D(1484, 824));
    }

    @Test
    void coversTheStatusBarOnlyWhenThereIsNoRoomAboveIt() {
        Rectangle2D statusBar = new Rectangle2D(1000, 150, 920, 36);

        Point2D at = CornerWindow.corner(ABOVE_TASKBAR, 420, 900, Optional.of(statusBar));

        assertThat(at).isEqualTo(new Point2D(1484, 124));
    }
}
