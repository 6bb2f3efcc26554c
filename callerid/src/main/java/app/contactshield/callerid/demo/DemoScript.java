package app.contactshield.callerid.demo;

import app.contactshield.callerid.index.Identification.Kind;
import java.util.List;

/**
 * Who rings in demo mode, in order: numbers of the bundled demo directory ({@code DemoTenant.standard()}) in the
 * formats real networks deliver, so that a newcomer sees every screen of the incoming-call window once per round.
 */
public final class DemoScript {
    /**
     * The demo callers: a colleague in national form, a customer in international form who is answered on the
     * handset, a number two colleagues share (00-prefixed) waiting on that call, an unassigned extension in the
     * company's range, a colleague in international form without the plus, a withheld caller and a number nobody
     * holds.
     */
    public static final List<DemoCaller> CALLERS = List.of(
            DemoCaller.rings("08971040202", ClipFormat.NATIONAL, Kind.PERSON),
            new DemoCaller("+491700942531", ClipFormat.INTERNATIONAL, Kind.PERSON, false, true),
            new DemoCaller("0049897104201", ClipFormat.INTERNATIONAL_00, Kind.SHARED, true, false),
            DemoCaller.rings("+49897104100", ClipFormat.INTERNATIONAL, Kind.COMPANY_RANGE),
            DemoCaller.rings("498971040250", ClipFormat.INTERNATIONAL_NO_PLUS, Kind.PERSON),
            DemoCaller.rings("", ClipFormat.WITHHELD, Kind.WITHHELD),
            DemoCaller.rings("030901820", ClipFormat.NATIONAL, Kind.UNKNOWN));

    private DemoScript() {
    }
}
