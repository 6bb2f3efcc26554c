package app.contactshield.desktop.ui.shell;

import app.contactshield.graphsync.home.DataDirectory;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the desktop app was started with: the data directory ({@code --data-dir}, else {@code CONTACT_SHIELD_HOME},
 * else the platform's) and the number of a {@code tel:} or {@code callto:} link the OS handed over.
 *
 * @param dataDir the data directory
 * @param number  the number to search for, when started from a link
 */
public record LaunchOptions(DataDirectory dataDir, Optional<String> number) {
    private static final Pattern LINK = Pattern.compile("(?i)(tel|callto):(//)?(.+)");
    private static final Pattern DIALLABLE = Pattern.compile("[+]?[0-9*#()./ -]{2,40}");

    public LaunchOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(number, "number");
    }

    /**
     * @param dataDir the data directory
     * @param link    the {@code tel:}/{@code callto:} link, or {@code null}
     */
    public static LaunchOptions of(DataDirectory dataDir, String link) {
        return new LaunchOptions(dataDir, numberOf(link));
    }

    /**
     * The number in a {@code tel:} or {@code callto:} link as people type it: percent-escapes decoded, parameters
     * ({@code ;phone-context=…}, {@code ?…}) dropped. Empty when the link holds no number.
     */
    public static Optional<String> numberOf(String link) {
        if (link == null) {
            return Optional.empty();
        }
        var matcher = LINK.matcher(link.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String rest = matcher.group(3);
        int end = rest.length();
        for (char stop : new char[] {';', '?'}) {
            int at = rest.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        String number;
        try {
            number = URLDecoder.decode(rest.substring(0, end).replace("+", "%2B"), StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return DIALLABLE.matcher(number).matches() ? Optional.of(number) : Optional.empty();
    }
}
