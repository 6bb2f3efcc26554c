package app.contactshield.callerid.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The simulated phone's calls with their 27.007 statuses, the call indicators they imply, and the
 * {@code AT+CHLD} transitions. Not thread-safe: the {@link SimulatedPhone}'s monitor guards it.
 */
final class AgCalls {

    static final int ACTIVE = 0;
    static final int HELD = 1;
    static final int DIALING = 2;
    static final int ALERTING = 3;
    static final int INCOMING = 4;
    static final int WAITING = 5;

    /** One call; its index stays the same for the call's life, as 27.007 asks. */
    static final class AgCall {
        final boolean incoming;
        final String number;
        final ClipFormat format;
        int index;
        int status;

        AgCall(boolean incoming, int status, String number, ClipFormat format) {
            this.incoming = incoming;
            this.status = status;
            this.number = number;
            this.format = format;
        }
    }

    private final List<AgCall> calls = new ArrayList<>();

    List<AgCall> all() {
        return calls;
    }

    /** Adds a call with the lowest free index. */
    void add(AgCall call) {
        int index = 1;
        while (byIndex(index) != null) {
            index++;
        }
        call.index = index;
        calls.add(call);
    }

    /** The call with this index, or {@code null}. */
    AgCall byIndex(int index) {
        for (AgCall call : calls) {
            if (call.index == index) {
                return call;
            }
        }
        return null;
    }

    void remove(AgCall call) {
        calls.remove(call);
    }

    boolean has(int status) {
        return find(status) != null;
    }

    AgCall find(int status) {
        for (AgCall call : calls) {
            if (call.status == status) {
                return call;
            }
        }
        return null;
    }

    /** The first call in the first status that has one, or {@code null}. */
    AgCall first(int... statuses) {
        for (int status : statuses) {
            AgCall call = find(status);
            if (call != null) {
                return call;
            }
        }
        return null;
    }

    int callIndicator() {
        return has(ACTIVE) || has(HELD) ? 1 : 0;
    }

    int setupIndicator() {
        if (has(INCOMING) || has(WAITING)) {
            return 1;
        }
        return has(ALERTING) ? 3 : has(DIALING) ? 2 : 0;
    }

    int heldIndicator() {
        if (!has(HELD)) {
            return 0;
        }
        return has(ACTIVE) ? 1 : 2;
    }

    /** Puts every active call on hold (before dialling another). */
    void holdActive() {
        for (AgCall call : calls) {
            if (call.status == ACTIVE) {
                call.status = HELD;
            }
        }
    }

    /**
     * Runs {@code AT+CHLD=<action><index>}.
     *
     * @param action the action digit
     * @param index  the call index for 1x and 2x, else 0
     * @return false when the index names no call
     */
    boolean hold(char action, int index) {
        if (index < 0 || (index > 0 && byIndex(index) == null)) {
            return false;
        }
        switch (action) {
            case '0':
                AgCall waiting = find(WAITING);
                if (waiting != null) {
                    calls.remove(waiting);
                } else {
                    calls.removeIf(call -> call.status == HELD);
                }
                break;
            case '1':
                if (index > 0) {
                    calls.remove(byIndex(index));
                } else {
                    calls.removeIf(call -> call.status == ACTIVE);
                    AgCall next = first(WAITING, HELD);
                    if (next != null) {
                        next.status = ACTIVE;
                    }
                }
                break;
            case '2':
                swap(index);
                break;
            case '3':
                calls.forEach(call -> call.status = call.status == HELD ? ACTIVE : call.status);
                break;
            default:
                calls.clear();
                break;
        }
        return true;
    }

    private void swap(int index) {
        if (index > 0) {
            for (AgCall call : calls) {
                call.status = call.index == index ? ACTIVE : call.status == ACTIVE ? HELD : call.status;
            }
            return;
        }
        AgCall waiting = find(WAITING);
        for (AgCall call : calls) {
            if (call.status == ACTIVE) {
                call.status = HELD;
            } else if (waiting == null && call.status == HELD) {
                call.status = ACTIVE;
            }
        }
        if (waiting != null) {
            waiting.status = ACTIVE;
        }
    }
}
