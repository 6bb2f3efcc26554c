package app.contactshield.callerid.testing;

import app.contactshield.callerid.call.CallEventListener;
import app.contactshield.callerid.call.CallView;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every call event as "kind view", with the thread it arrived on. */
public final class RecordingCallListener implements CallEventListener {
    private final List<Event> events = new CopyOnWriteArrayList<>();

    /** The events so far. */
    public List<Event> events() {
        return List.copyOf(events);
    }

    /** The kinds of the events so far ("ringing", "ended", ...). */
    public List<String> kinds() {
        return events.stream().map(Event::kind).toList();
    }

    @Override
    public void ringing(CallView call) {
        add("ringing", call);
    }

    @Override
    public void waiting(CallView call) {
        add("waiting", call);
    }

    @Override
    public void dialling(CallView call) {
        add("dialling", call);
    }

    @Override
    public void active(CallView call) {
        add("active", call);
    }

    @Override
    public void held(CallView call) {
        add("held", call);
    }

    @Override
    public void ended(CallView call) {
        add("ended", call);
    }

    private void add(String kind, CallView call) {
        events.add(new Event(kind, call, Thread.currentThread().getName()));
    }

    /**
     * One event.
     *
     * @param kind   which listener method was called
     * @param call   the view passed
     * @param thread the name of the thread it was called on
     */
    public record Event(String kind, CallView call, String thread) {
    }
}
