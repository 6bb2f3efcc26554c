package app.contactshield.callerid.hfp;

import java.util.List;

/**
 * One line the audio gateway (the phone) sent, parsed into a typed value by {@link AtResultParser}. Final result
 * codes end the command in flight; everything else is an information or unsolicited result. Values are immutable.
 * {@code toString()} of the records that carry numbers masks them, so a result may be logged.
 */
public sealed interface AtResult {

    /** A number that a field did not carry (absent or not a number). */
    int ABSENT = -1;

    /** Whether this result ends the command in flight ({@code OK}, {@code ERROR}, {@code +CME ERROR}, ...). */
    default boolean isFinal() {
        return false;
    }

    /** Whether this is a final result that reports failure. */
    default boolean isFailure() {
        return false;
    }

    /** {@code OK}. */
    record Ok() implements AtResult {
        @Override
        public boolean isFinal() {
            return true;
        }
    }

    /** {@code ERROR}. */
    record Error() implements AtResult {
        @Override
        public boolean isFinal() {
            return true;
        }

        @Override
        public boolean isFailure() {
            return true;
        }
    }

    /** {@code +CME ERROR: <code>}; {@code code} is {@link #ABSENT} when the phone sent text instead of a number. */
    record CmeError(int code) implements AtResult {
        @Override
        public boolean isFinal() {
            return true;
        }

        @Override
        public boolean isFailure() {
            return true;
        }
    }

    /** A call-related final failure from 27.007: {@code NO CARRIER}, {@code BUSY}, {@code NO ANSWER}, .... */
    record CallFailure(String code) implements AtResult {
        @Override
        public boolean isFinal() {
            return true;
        }

        @Override
        public boolean isFailure() {
            return true;
        }
    }

    /** {@code RING}: the phone rings; repeated every few seconds while it does. */
    record Ring() implements AtResult {
    }

    /** {@code +BRSF: <features>}: the phone's supported-features bit mask. */
    record Brsf(int features) implements AtResult {
    }

    /** {@code +CIND: ("name",(range)),...}: the indicators the phone offers, in its order (1-based index = i+1). */
    record CindSupport(List<IndicatorSpec> indicators) implements AtResult {
        public CindSupport {
            indicators = List.copyOf(indicators);
        }
    }

    /** {@code +CIND: v1,v2,...}: the current indicator values; {@link #ABSENT} where a value was not a number. */
    record CindValues(List<Integer> values) implements AtResult {
        public CindValues {
            values = List.copyOf(values);
        }
    }

    /** {@code +CIEV: <index>,<value>} with the phone's 1-based index. */
    record Ciev(int index, int value) implements AtResult {
    }

    /**
     * {@code +CLIP: "<number>",<type>[,<subaddr>,<satype>,<alpha>,<validity>]}: the calling line identity.
     *
     * @param number   the number as delivered (may be empty)
     * @param type     the type of address (129 national/unknown, 145 international, 128 unknown), or ABSENT
     * @param validity the CLI validity (0 valid, 1 withheld by the caller, 2 not available), or ABSENT
     */
    record Clip(String number, int type, int validity) implements AtResult {
        /** Whether the caller's number is withheld or unavailable. */
        public boolean withheld() {
            return validity == 1 || validity == 2 || number.isBlank();
        }

        @Override
        public String toString() {
            return "Clip[number=" + PhoneMask.mask(number) + ", type=" + type + ", validity=" + validity + "]";
        }
    }

    /** {@code +CCWA: "<number>",<type>,<class>[,<alpha>,<validity>]}: a call is waiting. */
    record Ccwa(String number, int type, int callClass, int validity) implements AtResult {
        /** Whether the waiting caller's number is withheld or unavailable. */
        public boolean withheld() {
            return validity == 1 || validity == 2 || number.isBlank();
        }

        @Override
        public String toString() {
            return "Ccwa[number=" + PhoneMask.mask(number) + ", type=" + type + ", validity=" + validity + "]";
        }
    }

    /**
     * {@code +CLCC: <idx>,<dir>,<stat>,<mode>,<mpty>[,"<number>",<type>[,"<alpha>"]]}: one current call.
     *
     * @param index     the phone's call index (from 1)
     * @param direction 0 outgoing, 1 incoming
     * @param status    0 active, 1 held, 2 dialling, 3 alerting, 4 incoming, 5 waiting
     * @param number    the number, empty when the phone sent none
     * @param type      the type of address, or ABSENT
     * @param alpha     the optional eighth field (a name the phone looked up), empty when absent
     */
    record Clcc(int index, int direction, int status, int mode, int multiparty, String number, int type,
                String alpha) implements AtResult {
        @Override
        public String toString() {
            return "Clcc[index=" + index + ", direction=" + direction + ", status=" + status + ", number="
                    + PhoneMask.mask(number) + ", type=" + type + ", alpha=" + (alpha.isEmpty() ? "" : "•") + "]";
        }
    }

    /** {@code +CHLD: (0,1,1x,2,2x,3,4)}: the call hold and multiparty modes the phone offers. */
    record ChldSupport(List<String> modes) implements AtResult {
        public ChldSupport {
            modes = List.copyOf(modes);
        }
    }

    /** {@code +BIND: (1,2)}: the HF indicators the phone supports. */
    record BindSupport(List<Integer> indicators) implements AtResult {
        public BindSupport {
            indicators = List.copyOf(indicators);
        }
    }

    /** {@code +BIND: <indicator>,<state>}: whether the phone wants an HF indicator reported. */
    record BindStatus(int indicator, boolean enabled) implements AtResult {
    }

    /** {@code +BCS: <codec>}: the phone proposes an audio codec (1 CVSD, 2 mSBC). */
    record Bcs(int codec) implements AtResult {
    }

    /** {@code +VGS: <gain>}: speaker gain. */
    record Vgs(int gain) implements AtResult {
    }

    /** {@code +VGM: <gain>}: microphone gain. */
    record Vgm(int gain) implements AtResult {
    }

    /** {@code +BSIR: <0|1>}: in-band ring tone off or on. */
    record Bsir(int inBand) implements AtResult {
    }

    /** {@code +BTRH: <state>}: response and hold state. */
    record Btrh(int state) implements AtResult {
    }

    /** {@code +COPS: <mode>,<format>,"<operator>"}: the network operator. */
    record Cops(int mode, int format, String operator) implements AtResult {
    }

    /** {@code +CNUM: ,"<number>",<type>,,<service>}: the phone's own number. */
    record Cnum(String number, int type, int service) implements AtResult {
        @Override
        public String toString() {
            return "Cnum[number=" + PhoneMask.mask(number) + ", type=" + type + ", service=" + service + "]";
        }
    }

    /** A result the engine does not use (or plain text); kept with its fields. Not logged with content. */
    record Unknown(String name, List<AtField> fields) implements AtResult {
        public Unknown {
            fields = List.copyOf(fields);
        }

        @Override
        public String toString() {
            return "Unknown[name=" + name + ", fields=" + fields.size() + "]";
        }
    }

    /** A known result whose fields did not make sense; {@code reason} names the field, never its content. */
    record Malformed(String name, String reason) implements AtResult {
    }
}
