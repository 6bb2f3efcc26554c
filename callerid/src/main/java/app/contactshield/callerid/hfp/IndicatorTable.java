package app.contactshield.callerid.hfp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The phone's indicators, looked up by the names it announced in {@code +CIND: (...)}, never by a fixed position.
 * {@code +CIEV} indexes are 1-based. Runs on the session thread only.
 */
final class IndicatorTable {

    static final String CALL = "call";
    static final String CALL_SETUP = "callsetup";
    static final String CALL_HELD = "callheld";
    static final String SERVICE = "service";

    private List<IndicatorSpec> specs = List.of();
    private final Map<String, Integer> positionByKey = new HashMap<>();
    private int[] values = new int[0];

    /** Takes the announced indicators; values start at 0. */
    void announce(List<IndicatorSpec> announced) {
        specs = List.copyOf(announced);
        positionByKey.clear();
        for (int i = 0; i < specs.size(); i++) {
            positionByKey.putIfAbsent(specs.get(i).key(), i);
        }
        values = new int[specs.size()];
    }

    /** Takes current values in announced order; returns how many were taken. */
    int setAll(List<Integer> current) {
        int n = Math.min(current.size(), values.length);
        for (int i = 0; i < n; i++) {
            values[i] = Math.max(0, current.get(i));
        }
        return n;
    }

    /** The number of announced indicators. */
    int size() {
        return specs.size();
    }

    /** The canonical key of the 1-based index, or {@code null} when outside the announced range. */
    String keyAt(int oneBasedIndex) {
        int i = oneBasedIndex - 1;
        return i >= 0 && i < specs.size() ? specs.get(i).key() : null;
    }

    /** Sets the value at a 1-based index that {@link #keyAt} accepted. */
    void set(int oneBasedIndex, int value) {
        values[oneBasedIndex - 1] = value;
    }

    /** The value of a named indicator, 0 when the phone did not announce it. */
    int value(String key) {
        Integer position = positionByKey.get(key);
        return position == null ? 0 : values[position];
    }

    /** Whether the phone announced the named indicator. */
    boolean has(String key) {
        return positionByKey.containsKey(key);
    }

    /** Whether the indicators show a call in progress or being set up. */
    boolean showCall() {
        return value(CALL) != 0 || value(CALL_SETUP) != 0 || value(CALL_HELD) != 0;
    }

    /** The announced names in order, for diagnostics. */
    List<String> names() {
        List<String> out = new ArrayList<>(specs.size());
        for (IndicatorSpec s : specs) {
            out.add(s.name());
        }
        return out;
    }
}
