package app.contactshield.graphsync.sync;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a failure and its whole cause chain into one log-safe line. Causes come from MSAL, the HTTP client and the
 * store, and their messages may carry URLs with tokens in the query, bearer tokens, e-mail addresses or phone
 * numbers; those are masked, while exception types, hosts, paths, status codes and error codes stay, so the line
 * still tells support what failed where. Stateless and thread-safe.
 */
public final class LogSafe {
    private static final int MAX_DEPTH = 12;
    private static final Pattern URL_QUERY = Pattern.compile("(https?://[^\\s?#\"'<>]*)[?#][^\\s\"'<>]*");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer|basic)\\s+[^\\s,;\"']+");
    private static final Pattern JWT = Pattern.compile("eyJ[\\w-]*\\.[\\w-]+(\\.[\\w-]*)?");
    private static final Pattern SECRET_PARAM = Pattern.compile(
            "(?i)((?:access|refresh|id)_token|code|device_code|client_secret|password|\\$?(?:delta|skip)token)"
                    + "([=:]\\s*\"?)[^\\s&\",;]+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.%+'-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ().-]{5,}\\d");
    private static final Pattern OPAQUE = Pattern.compile("[A-Za-z0-9+_~-]{40,}={0,2}");

    private LogSafe() {
    }

    /**
     * The failure and every cause as {@code Type: message <- CauseType: message ... at Class.method(File:line)},
     * each message masked, the frame that threw the root cause last.
     */
    public static String chain(Throwable failure) {
        StringBuilder line = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable root = failure;
        int depth = 0;
        for (Throwable t = failure; t != null && seen.add(t) && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (depth > 0) {
                line.append(" <- ");
            }
            line.append(t.getClass().getSimpleName());
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                line.append(": ").append(mask(t.getMessage()));
            }
            root = t;
        }
        StackTraceElement[] frames = root.getStackTrace();
        if (frames.length > 0) {
            StackTraceElement top = frames[0];
            line.append(" at ").append(top.getClassName()).append('.').append(top.getMethodName()).append('(')
                    .append(top.getFileName()).append(':').append(top.getLineNumber()).append(')');
        }
        return line.toString();
    }

    /** A message with tokens, URL queries, e-mail addresses, phone numbers and long opaque strings masked. */
    public static String mask(String message) {
        String text = message.replace('\n', ' ').replace('\r', ' ');
        text = URL_QUERY.matcher(text).replaceAll("$1?…");
        text = BEARER.matcher(text).replaceAll("$1 [token]");
        text = JWT.matcher(text).replaceAll("[token]");
        text = SECRET_PARAM.matcher(text).replaceAll("$1$2[secret]");
        text = EMAIL.matcher(text).replaceAll("[e-mail]");
        text = PHONE.matcher(text).replaceAll("[number]");
        text = OPAQUE.matcher(text).replaceAll("[opaque]");
        return text;
    }
}
