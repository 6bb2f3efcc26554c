package app.contactshield.desktop.instance;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the starts that found this instance running on its data directory arrive: each with the {@code tel:} or
 * {@code callto:} link it was given, or empty when it was started without one.
 */
@FunctionalInterface
public interface SecondStarts {
    /** Nothing arrives: the app runs without listening (it could not, see {@link InstanceSocket}). */
    SecondStarts NONE = receiver -> { };

    /**
     * Hands every second start, those that arrived before this call first and in order, to {@code receiver}. The
     * receiver runs on the listening thread, not the JavaFX thread.
     */
    void deliverTo(Consumer<Optional<String>> receiver);
}
