package app.contactshield.desktop.ui;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/** The app's icons as small SVG paths on a 24-unit grid, coloured by the theme through the {@code icon} class. */
public final class Icons {
    /** A magnifying glass. */
    public static final String SEARCH =
            "M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3z"
            + "m0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z";
    /** A mobile phone. */
    public static final String PHONE =
            "M8 2h8a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V4a2 2 0 0 "
            + "1 2-2zm0 3v13h8V5zm3 14.5h2v1h-2z";
    /** A video camera. */
    public static final String VIDEO =
            "M4 6h10a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V8a2 2 0 0 "
            + "1 2-2zm13 4l5-3v10l-5-3z";
    /** A speech bubble. */
    public static final String CHAT =
            "M5 3h14a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3h-8l-5 4v-4H5a3 3 0 0 1-3-3"
            + "V6a3 3 0 0 1 3-3z";
    /** An envelope. */
    public static final String MAIL =
            "M4 5h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V7a2 2 0 0"
            + " 1 2-2zm0 2.5V17h16V7.5l-8 5.2z M5 7l7 4.5L19 7z";
    /** A headset, for calls through Teams. */
    public static final String HEADSET =
            "M12 3a8 8 0 0 1 8 8v6a3 3 0 0 1-3 3h-2v-7h3v-2a6 6 0 0 0-12 0v2h"
            + "3v7H7a3 3 0 0 1-3-3v-6a8 8 0 0 1 8-8z";
    /** A mask, for calling with a hidden number. */
    public static final String HIDDEN =
            "M2 9c3-1 6-1.5 10-1.5S19 8 22 9l-1 4c-.5 2-2 3-4 3-2.2 0-3.5-1.5"
            + "-5-1.5S9.2 16 7 16c-2 0-3.5-1-4-3zm4.5 2.2a1.8 1.3 0 1 0 0 .1zm1"
            + "1 0a1.8 1.3 0 1 0 0 .1z";
    /** A cog. */
    public static final String SETTINGS =
            "M10.5 2h3l.5 2.6 1.8.8 2.2-1.5 2.1 2.1-1.5 2.2.8 1.8 2.6.5v3l-2."
            + "6.5-.8 1.8 1.5 2.2-2.1 2.1-2.2-1.5-1.8.8-.5 2.6h-3l-.5-2.6-1.8-."
            + "8-2.2 1.5-2.1-2.1 1.5-2.2-.8-1.8L2 13.5v-3l2.6-.5.8-1.8-1.5-2.2 "
            + "2.1-2.1 2.2 1.5 1.8-.8zM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z";
    /** A five-pointed star. */
    public static final String STAR =
            "M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4"
            + ".9-4.6 6.6-.8z";
    /** A palm tree's sun, for vacation mode. */
    public static final String SUN =
            "M12 7a5 5 0 1 1 0 10 5 5 0 0 1 0-10zM11 1h2v3h-2zm0 19h2v3h-2zM1"
            + " 11h3v2H1zm19 0h3v2h-3zM4.2 5.6l1.4-1.4 2.1 2.1-1.4 1.4zm12.1 12"
            + ".1l1.4-1.4 2.1 2.1-1.4 1.4zM4.2 18.4l2.1-2.1 1.4 1.4-2.1 2.1zm12"
            + ".1-12.1l2.1-2.1 1.4 1.4-2.1 2.1z";
    /** An info sign. */
    public static final String INFO =
            "M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20zm-1 8v7h2v-7zm0-4v2h2V6z";

    /** A person on a card, for the business card. */
    public static final String CARD =
            "M3 5v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2zm12 4a3 3 0 1 1-6 0 3 3 0"
            + " 0 1 6 0zm-9 8c0-2 4-3.1 6-3.1s6 1.1 6 3.1v1H6z";
    /** A clock with a turning arrow, for recent calls. */
    public static final String HISTORY =
            "M13 3a9 9 0 0 0-9 9H1l4 4 4-4H6a7 7 0 1 1 2.06 4.94l-1.42 1.42A9 9 0 1 0 13 3zm-1 5v5l4.28 2.54.72-1"
            + ".21-3.5-2.08V8z";
    /** A link, for connecting the organisation. */
    public static final String LINK =
            "M3.9 12A3.1 3.1 0 0 1 7 8.9h4V7H7a5 5 0 0 0 0 10h4v-1.9H7A3.1 3.1 0 0 1 3.9 12zM8 13h8v-2H8zm9-6h-4v1"
            + ".9h4a3.1 3.1 0 0 1 0 6.2h-4V17h4a5 5 0 0 0 0-10z";

    private Icons() {
    }

    /** An icon node, named for screen readers after its style class ("star icon"). */
    public static Node of(String path, String styleClass) {
        SVGPath icon = new SVGPath();
        icon.setContent(path);
        icon.getStyleClass().add("icon");
        icon.setFocusTraversable(false);
        icon.setScaleX(0.75);
        icon.setScaleY(0.75);
        Group group = new Group(icon);
        group.getStyleClass().add(styleClass);
        group.setAccessibleText(styleClass.replace('-', ' '));
        return group;
    }
}
