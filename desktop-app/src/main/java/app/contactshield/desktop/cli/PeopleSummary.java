package app.contactshield.desktop.cli;

import app.contactshield.graphsync.model.SourceId;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code doctor}'s count of people, worded so that it matches what the app lists: the app's list shows one row per
 * consolidated person ("1,942 people"), made from the source records the table above counts per source (a person
 * found in two sources is one row made of two records).
 */
final class PeopleSummary {

    private PeopleSummary() {
    }

    /**
     * @param people  the consolidated people in the store
     * @param records the visible source records per source, in the order to name them
     */
    static String describe(int people, Map<SourceId, Integer> records) {
        int total = records.values().stream().mapToInt(Integer::intValue).sum();
        String perSource = records.entrySet().stream()
                .map(entry -> entry.getKey().value() + " " + count(entry.getValue()))
                .collect(Collectors.joining(", "));
        return count(people) + (people == 1 ? " person" : " people") + " from " + count(total)
                + (total == 1 ? " source record" : " source records") + (perSource.isEmpty() ? "" : " (" + perSource
                + ")");
    }

    static String count(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
