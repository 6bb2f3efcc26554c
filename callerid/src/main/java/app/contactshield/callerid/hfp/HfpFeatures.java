package app.contactshield.callerid.hfp;

/**
 * The supported-features bits exchanged in {@code AT+BRSF} / {@code +BRSF} (Hands-Free Profile 1.7 numbering).
 * {@code HF_*} are the hands-free unit's bits, {@code AG_*} the phone's.
 */
public final class HfpFeatures {

    /** HF: echo cancelling and noise reduction. */
    public static final int HF_EC_NR = 1;
    /** HF: three-way calling (call waiting, hold). */
    public static final int HF_THREE_WAY = 1 << 1;
    /** HF: calling line identification presentation. */
    public static final int HF_CLI = 1 << 2;
    /** HF: voice recognition activation. */
    public static final int HF_VOICE_RECOGNITION = 1 << 3;
    /** HF: remote volume control. */
    public static final int HF_REMOTE_VOLUME = 1 << 4;
    /** HF: enhanced call status ({@code AT+CLCC}). */
    public static final int HF_ENHANCED_CALL_STATUS = 1 << 5;
    /** HF: enhanced call control ({@code AT+CHLD=1x/2x}). */
    public static final int HF_ENHANCED_CALL_CONTROL = 1 << 6;
    /** HF: codec negotiation ({@code AT+BAC}, {@code +BCS}). */
    public static final int HF_CODEC_NEGOTIATION = 1 << 7;
    /** HF: HF indicators ({@code AT+BIND}). */
    public static final int HF_INDICATORS = 1 << 8;

    /** AG: three-way calling. */
    public static final int AG_THREE_WAY = 1;
    /** AG: echo cancelling and noise reduction. */
    public static final int AG_EC_NR = 1 << 1;
    /** AG: voice recognition. */
    public static final int AG_VOICE_RECOGNITION = 1 << 2;
    /** AG: in-band ring tone. */
    public static final int AG_IN_BAND_RING = 1 << 3;
    /** AG: attach a number to a voice tag. */
    public static final int AG_VOICE_TAG = 1 << 4;
    /** AG: ability to reject a call. */
    public static final int AG_REJECT = 1 << 5;
    /** AG: enhanced call status ({@code AT+CLCC}). */
    public static final int AG_ENHANCED_CALL_STATUS = 1 << 6;
    /** AG: enhanced call control. */
    public static final int AG_ENHANCED_CALL_CONTROL = 1 << 7;
    /** AG: extended error result codes ({@code AT+CMEE}). */
    public static final int AG_EXTENDED_ERRORS = 1 << 8;
    /** AG: codec negotiation. */
    public static final int AG_CODEC_NEGOTIATION = 1 << 9;
    /** AG: HF indicators. */
    public static final int AG_INDICATORS = 1 << 10;

    /**
     * What Contact Shield announces by default: three-way calling, CLI, enhanced call status and control, codec
     * negotiation and HF indicators. It announces no voice recognition and no volume control: it only watches
     * and controls calls.
     */
    public static final int DEFAULT_HF = HF_THREE_WAY | HF_CLI | HF_ENHANCED_CALL_STATUS | HF_ENHANCED_CALL_CONTROL
            | HF_CODEC_NEGOTIATION | HF_INDICATORS;

    private HfpFeatures() {
    }

    /** Whether both masks have their respective bit set. */
    public static boolean both(int hf, int hfBit, int ag, int agBit) {
        return (hf & hfBit) != 0 && (ag & agBit) != 0;
    }
}
