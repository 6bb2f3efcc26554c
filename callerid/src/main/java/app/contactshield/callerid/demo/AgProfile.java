package app.contactshield.callerid.demo;

import java.util.List;

/**
 * How a {@link SimulatedPhone} behaves as an audio gateway: its features, its indicators in its own order, and the
 * quirks real phones show. {@link #iphoneLike()} uses the {@code +BRSF} value and indicator order a real iPhone sent
 * in a published trace; {@link #androidLike()} uses another order, list syntax and feature set.
 *
 * @param name                   a label for logs and tests
 * @param features               the {@code +BRSF} bits
 * @param compactBrsf            whether {@code +BRSF:} has no space after the colon (as the iPhone sends it)
 * @param indicators             the {@code +CIND=?} groups in order, e.g. {@code ("call",(0,1))}
 * @param callHoldModes          the {@code +CHLD=?} answer list, e.g. {@code (0,1,2,3)}
 * @param hfIndicators           the {@code +BIND=?} ids, empty when the phone has none
 * @param clipTiming             when {@code +CLIP} follows {@code RING}
 * @param longClip               whether {@code +CLIP} carries all six fields
 * @param clccAlpha              whether {@code +CLCC} lines carry the optional eighth (alpha) field
 * @param paddedClcc             whether {@code +CLCC} lines have spaces after commas and padding in the alpha field
 * @param bareClccWhileRinging   whether {@code AT+CLCC} gets a bare {@code OK} while a call rings
 */
public record AgProfile(String name, int features, boolean compactBrsf, List<String> indicators,
                        String callHoldModes, List<Integer> hfIndicators, ClipTiming clipTiming, boolean longClip,
                        boolean clccAlpha, boolean paddedClcc, boolean bareClccWhileRinging) {

    /** When the phone sends {@code +CLIP} during ringing. */
    public enum ClipTiming {
        /** With every {@code RING}. */
        WITH_EVERY_RING,
        /** Only from the second {@code RING} on (late). */
        FROM_SECOND_RING,
        /** Never: only {@code +CLCC} tells the number. */
        NEVER
    }

    public AgProfile {
        indicators = List.copyOf(indicators);
        hfIndicators = List.copyOf(hfIndicators);
    }

    /**
     * An iPhone-like gateway: {@code +BRSF:1007} and the indicator order service, call, callsetup, battchg, signal,
     * roam, callheld, as a real iPhone announced them.
     */
    public static AgProfile iphoneLike() {
        return new AgProfile("iPhone-like", 1007, true,
                List.of("(\"service\",(0-1))", "(\"call\",(0-1))", "(\"callsetup\",(0-3))", "(\"battchg\",(0-5))",
                        "(\"signal\",(0-5))", "(\"roam\",(0-1))", "(\"callheld\",(0-2))"),
                "(0,1,1x,2,2x,3)", List.of(), ClipTiming.WITH_EVERY_RING, false, false, false, false);
    }

    /**
     * An Android-like gateway: HF indicators, no enhanced call control, the call indicators first with list-style
     * ranges, six-field {@code +CLIP}, and the optional eighth {@code +CLCC} field with padding.
     */
    public static AgProfile androidLike() {
        return new AgProfile("Android-like", 3951, false,
                List.of("(\"call\",(0,1))", "(\"callsetup\",(0-3))", "(\"service\",(0-1))", "(\"signal\",(0-5))",
                        "(\"roam\",(0,1))", "(\"battchg\",(0-5))", "(\"callheld\",(0-2))"),
                "(0,1,2,3)", List.of(1, 2), ClipTiming.WITH_EVERY_RING, true, true, true, false);
    }

    /** This profile with another {@code +CLIP} timing. */
    public AgProfile withClipTiming(ClipTiming timing) {
        return new AgProfile(name, features, compactBrsf, indicators, callHoldModes, hfIndicators, timing, longClip,
                clccAlpha, paddedClcc, bareClccWhileRinging);
    }

    /** This profile answering {@code AT+CLCC} with a bare {@code OK} while a call rings. */
    public AgProfile withBareClccWhileRinging() {
        return new AgProfile(name, features, compactBrsf, indicators, callHoldModes, hfIndicators, clipTiming,
                longClip, clccAlpha, paddedClcc, true);
    }

    /** This profile with other feature bits. */
    public AgProfile withFeatures(int bits) {
        return new AgProfile(name, bits, compactBrsf, indicators, callHoldModes, hfIndicators, clipTiming, longClip,
                clccAlpha, paddedClcc, bareClccWhileRinging);
    }
}
