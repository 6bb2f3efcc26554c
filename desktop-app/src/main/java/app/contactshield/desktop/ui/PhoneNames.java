package app.contactshield.desktop.ui;

import app.contactshield.callerid.demo.DemoPhoneLink;
import app.contactshield.callerid.link.LinkState;

/** The name of the paired phone as screens show it: the demo phone's own name in the user's language. */
public final class PhoneNames {
    private PhoneNames() {
    }

    /** The phone's name, or the translated name of the demo phone. */
    public static String shown(LinkState state, Messages messages) {
        boolean demo = "Demo".equalsIgnoreCase(state.backend());
        return demo && DemoPhoneLink.PHONE_NAME.equals(state.phoneName()) ? messages.get("phone.demo.name")
                : state.phoneName();
    }
}
