package app.contactshield.callerid.hfp;

/** The call hold and multiparty actions of {@code AT+CHLD}. */
public enum CallHoldAction {
    /** {@code AT+CHLD=0}: release all held calls, or reject the waiting call. */
    RELEASE_HELD_OR_REJECT_WAITING("0", false),
    /** {@code AT+CHLD=1}: release all active calls and accept the held or waiting one. */
    RELEASE_ACTIVE_ACCEPT_OTHER("1", false),
    /** {@code AT+CHLD=1x}: release one call. */
    RELEASE_CALL("1", true),
    /** {@code AT+CHLD=2}: hold the active calls and accept the held or waiting one. */
    HOLD_ACTIVE_ACCEPT_OTHER("2", false),
    /** {@code AT+CHLD=2x}: private consultation with one call, hold the others. */
    PRIVATE_CONSULTATION("2", true),
    /** {@code AT+CHLD=3}: add the held call to the conversation. */
    JOIN_HELD("3", false),
    /** {@code AT+CHLD=4}: connect the two calls and leave (explicit call transfer). */
    TRANSFER("4", false);

    private final String code;
    private final boolean perCall;

    CallHoldAction(String code, boolean perCall) {
        this.code = code;
        this.perCall = perCall;
    }

    /** The mode as the phone lists it in {@code +CHLD: (...)}: {@code 1x} for the per-call release. */
    public String mode() {
        return perCall ? code + "x" : code;
    }

    /** Whether the action names one call. */
    public boolean perCall() {
        return perCall;
    }

    /** The {@code AT+CHLD=} argument, with the phone's call index when per call. */
    String argument(int callIndex) {
        return perCall ? code + callIndex : code;
    }
}
