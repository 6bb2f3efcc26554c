package app.contactshield.callerid.demo;

/** How the network delivers a caller's number in {@code +CLIP}, {@code +CCWA} and {@code +CLCC}. */
public enum ClipFormat {
    /** National form with the trunk zero, type 129: {@code "089 ..."}. */
    NATIONAL(129),
    /** International form with plus, type 145: {@code "+4989..."}. */
    INTERNATIONAL(145),
    /** International digits without the plus, type 145: {@code "4989..."}. */
    INTERNATIONAL_NO_PLUS(145),
    /** International with the 00 exit code, type 129: {@code "004989..."}. */
    INTERNATIONAL_00(129),
    /** The caller withheld the number: empty, type 128, CLI validity 1. */
    WITHHELD(128),
    /** The network could not deliver the number: empty, type 128, CLI validity 2. */
    NOT_AVAILABLE(128);

    private final int type;

    ClipFormat(int type) {
        this.type = type;
    }

    /** The 27.007 type of address. */
    public int type() {
        return type;
    }

    /** Whether no number is delivered. */
    public boolean hidesNumber() {
        return this == WITHHELD || this == NOT_AVAILABLE;
    }

    /** The CLI validity field. */
    public int validity() {
        return this == WITHHELD ? 1 : this == NOT_AVAILABLE ? 2 : 0;
    }
}
