package app.contactshield.callerid.hfp;

import app.contactshield.callerid.hfp.CallTracker.Tracked;
import app.contactshield.callerid.hfp.CommandQueue.Outcome;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.LinkState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLinkException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hands-free state machine without threads or I/O: bytes from the phone in, commands and call events out. The
 * service level connection runs {@code AT+BRSF}, {@code AT+BAC} (codec negotiation on both sides), {@code AT+CIND=?},
 * {@code AT+CIND?}, {@code AT+CMER=3,0,0,1}, {@code AT+CHLD=?} (three-way calling on both sides) and
 * {@code AT+BIND} (HF indicators on both sides); then {@code AT+CLIP=1}, {@code AT+CCWA=1}, {@code AT+CMEE=1}. Every
 * method runs on one thread: the engine's event thread.
 */
final class HandsFreeSession {

    static final String CLCC = "AT+CLCC";
    private static final Logger LOG = LoggerFactory.getLogger(HandsFreeSession.class);

    private final HandsFreeSettings settings;
    private final SessionOutput output;
    private final AtLineFramer framer = new AtLineFramer(this::onLine);
    private final CommandQueue commands;
    private final IndicatorTable indicators = new IndicatorTable();
    private final CallTracker calls;
    private final CallControl control;
    /** More calls than any phone lists (HFP numbers calls 1 to 7); further rows of one listing are dropped. */
    static final int MAX_LISTED_CALLS = 16;

    private final List<AtResult.Clcc> listing = new ArrayList<>();
    private int droppedRows;
    private int agFeatures;
    private List<String> chldModes = List.of();
    private List<Integer> hfIndicators = List.of();
    private boolean connected;
    private boolean ended;
    private boolean listAgain;
    private String dialled = "";

    HandsFreeSession(HandsFreeSettings settings, SessionOutput output, SessionTimer timer) {
        this.settings = settings;
        this.output = output;
        this.commands = new CommandQueue(output::send, timer, settings.responseTimeout());
        this.calls = new CallTracker(output::callChanged);
        this.control = new CallControl(settings, calls, new CallControl.Context() {
            @Override
            public void send(String command, String label, CompletableFuture<Void> done) {
                userCommand(command, label, done);
            }

            @Override
            public int phoneFeatures() {
                return agFeatures;
            }

            @Override
            public List<String> callHoldModes() {
                return chldModes;
            }

            @Override
            public void dialling(String digits, CompletableFuture<Void> done) {
                if (connected) {
                    dialled = digits;
                    done.whenComplete((ok, failure) -> {
                        if (failure != null) {
                            dialled = "";
                        }
                    });
                }
            }
        });
    }

    /** Starts the service level connection. */
    void start() {
        LOG.info("Setting up the hands-free link; announcing features {}", settings.features());
        commands.submit("AT+BRSF=" + settings.features(), "AT+BRSF", (outcome, result) -> {
            if (outcome == Outcome.TIMED_OUT || outcome == Outcome.CLOSED) {
                fail("the phone did not answer AT+BRSF");
                return;
            }
            if (outcome == Outcome.FAILED) {
                LOG.info("The phone refused AT+BRSF; treating it as a gateway without optional features");
                agFeatures = 0;
            }
            if (both(HfpFeatures.HF_CODEC_NEGOTIATION, HfpFeatures.AG_CODEC_NEGOTIATION)) {
                slcStep("AT+BAC=1,2", false, this::readIndicatorNames);
            } else {
                readIndicatorNames();
            }
        });
    }

    private void readIndicatorNames() {
        slcStep("AT+CIND=?", true, () -> {
            if (indicators.size() == 0) {
                fail("the phone announced no indicators in its +CIND answer");
            } else {
                slcStep("AT+CIND?", true, () -> slcStep("AT+CMER=3,0,0,1", true, this::callHoldServices));
            }
        });
    }

    private void callHoldServices() {
        if (both(HfpFeatures.HF_THREE_WAY, HfpFeatures.AG_THREE_WAY)) {
            slcStep("AT+CHLD=?", false, this::hfIndicators);
        } else {
            hfIndicators();
        }
    }

    private void hfIndicators() {
        if (both(HfpFeatures.HF_INDICATORS, HfpFeatures.AG_INDICATORS)) {
            slcStep("AT+BIND=1,2", false,
                    () -> slcStep("AT+BIND=?", false, () -> slcStep("AT+BIND?", false, this::established)));
        } else {
            established();
        }
    }

    private void slcStep(String command, boolean required, Runnable next) {
        commands.submit(command, command, (outcome, result) -> {
            if (outcome == Outcome.CLOSED) {
                return;
            }
            if (outcome != Outcome.OK && required) {
                fail("the phone answered " + command + " with " + describe(outcome, result));
                return;
            }
            if (outcome != Outcome.OK) {
                LOG.info("The phone answered the optional {} with {}; going on", command, describe(outcome, result));
            }
            next.run();
        });
    }

    private void established() {
        connected = true;
        LOG.info("Hands-free link up: phone features {}, {} indicators, {} call hold modes", agFeatures,
                indicators.size(), chldModes.size());
        output.linkChanged(new LinkState(true, settings.phoneName(), settings.backend(), ""));
        int call = indicators.value(IndicatorTable.CALL);
        int setup = indicators.value(IndicatorTable.CALL_SETUP);
        if (call != 0) {
            calls.callIndicator(call);
        }
        if (setup != 0) {
            onCallSetup(setup);
        }
        for (String command : List.of("AT+CLIP=1", "AT+CCWA=1", "AT+CMEE=1")) {
            commands.submit(command, command, (outcome, result) -> logOptional(command, outcome, result));
        }
        listCalls();
    }

    private void logOptional(String command, Outcome outcome, AtResult result) {
        if (outcome != Outcome.OK && outcome != Outcome.CLOSED) {
            LOG.info("The phone answered {} with {}", command, describe(outcome, result));
        }
    }

    /** Bytes from the phone, in any chunking. */
    void onBytes(byte[] bytes, int offset, int count) {
        if (!ended) {
            framer.feed(bytes, offset, count);
        }
    }

    /** One line from the phone. */
    void onLine(String line) {
        AtResult result = AtResultParser.parse(line);
        LOG.debug("AT in: {}", result);
        onResult(result);
    }

    private void onResult(AtResult r) {
        if (r.isFinal()) {
            if (!commands.onFinal(r)) {
                LOG.debug("A final result {} came with no command in flight", r.getClass().getSimpleName());
            }
        } else if (r instanceof AtResult.Brsf brsf) {
            agFeatures = brsf.features();
        } else if (r instanceof AtResult.CindSupport support) {
            indicators.announce(support.indicators());
        } else if (r instanceof AtResult.CindValues values) {
            int taken = indicators.setAll(values.values());
            if (taken != values.values().size() || taken != indicators.size()) {
                LOG.warn("The phone sent {} indicator values for the {} it announced", values.values().size(),
                        indicators.size());
            }
        } else if (r instanceof AtResult.Ciev ciev) {
            onIndicator(ciev);
        } else if (r instanceof AtResult.Ring) {
            onRing();
        } else if (r instanceof AtResult.Clip clip) {
            onCallerId(clip.number(), clip.type(), clip.withheld(), false);
        } else if (r instanceof AtResult.Ccwa ccwa) {
            onCallerId(ccwa.number(), ccwa.type(), ccwa.withheld(), true);
        } else if (r instanceof AtResult.Clcc clcc) {
            onListedCall(clcc);
        } else if (r instanceof AtResult.ChldSupport chld) {
            chldModes = chld.modes();
        } else if (r instanceof AtResult.BindSupport bind) {
            hfIndicators = bind.indicators();
        } else if (r instanceof AtResult.Bcs bcs) {
            onCodec(bcs.codec());
        } else {
            LOG.debug("AT in, not used: {}", r);
        }
    }

    private void onIndicator(AtResult.Ciev ciev) {
        String key = indicators.keyAt(ciev.index());
        if (key == null) {
            LOG.warn("+CIEV index {} is outside the {} indicators the phone announced", ciev.index(),
                    indicators.size());
            return;
        }
        indicators.set(ciev.index(), ciev.value());
        if (!connected) {
            return;
        }
        switch (key) {
            case IndicatorTable.CALL:
                calls.callIndicator(ciev.value());
                listCalls();
                break;
            case IndicatorTable.CALL_SETUP:
                onCallSetup(ciev.value());
                break;
            case IndicatorTable.CALL_HELD:
                if (hasCallList()) {
                    listCalls();
                } else {
                    calls.heldIndicator(ciev.value(), indicators.value(IndicatorTable.CALL));
                }
                break;
            case IndicatorTable.SERVICE:
                LOG.info("The phone reports network service {}", ciev.value() == 0 ? "lost" : "available");
                break;
            default:
                break;
        }
    }

    private void onCallSetup(int value) {
        if (value == 1) {
            Tracked call = calls.incomingSetup();
            if (call.numberUnknown()) {
                listCalls();
            }
        } else if (value == 2 || value == 3) {
            calls.outgoingSetup(value == 2 ? CallState.DIALING : CallState.ALERTING, dialled);
            dialled = "";
            listCalls();
        } else if (value == 0) {
            if (hasCallList()) {
                listCalls();
            } else {
                setupEndedFromIndicators();
            }
        }
    }

    private void setupEndedFromIndicators() {
        calls.setupEnded(indicators.value(IndicatorTable.CALL), indicators.value(IndicatorTable.CALL_HELD));
    }

    private void onRing() {
        if (!connected) {
            return;
        }
        Tracked ringing = calls.find(CallState.INCOMING);
        if (ringing != null) {
            if (ringing.numberUnknown()) {
                listCalls();
            }
            return;
        }
        if (calls.has(CallState.ACTIVE, CallState.HELD, CallState.WAITING, CallState.DIALING, CallState.ALERTING)
                || staleRinging()) {
            return;
        }
        calls.publish(calls.create(CallState.INCOMING, true));
        listCalls();
    }

    private void onCallerId(String number, int type, boolean withheld, boolean waitingNotice) {
        if (!connected) {
            return;
        }
        boolean busy = calls.has(CallState.ACTIVE, CallState.HELD);
        Tracked call = waitingNotice ? calls.find(CallState.WAITING) : calls.find(CallState.INCOMING);
        if (call == null) {
            call = calls.find(CallState.INCOMING, CallState.WAITING);
        }
        if (call == null && ((!waitingNotice && busy) || staleRinging())) {
            LOG.debug("A caller id came with no call ringing; ignored");
            return;
        }
        if (call == null) {
            call = calls.create(busy ? CallState.WAITING : CallState.INCOMING, true);
        }
        CallTracker.identify(call, number, type, withheld);
        calls.publish(call);
    }

    /**
     * Whether a {@code RING} or {@code +CLIP} with no ringing call is a leftover: the phone's callsetup indicator
     * says nothing rings and no call listing could correct a wrong guess.
     */
    private boolean staleRinging() {
        return indicators.has(IndicatorTable.CALL_SETUP) && indicators.value(IndicatorTable.CALL_SETUP) == 0
                && !hasCallList();
    }

    private void onListedCall(AtResult.Clcc row) {
        if (commands.isInFlight(CLCC) && listing.size() < MAX_LISTED_CALLS) {
            listing.add(row);
        } else if (commands.isInFlight(CLCC)) {
            droppedRows++;
        } else {
            LOG.debug("A +CLCC line came outside a listing; ignored");
        }
    }

    private void onCodec(int codec) {
        if (!both(HfpFeatures.HF_CODEC_NEGOTIATION, HfpFeatures.AG_CODEC_NEGOTIATION)) {
            LOG.debug("The phone proposed codec {} without codec negotiation; ignored", codec);
            return;
        }
        String command = codec == 1 || codec == 2 ? "AT+BCS=" + codec : "AT+BAC=1,2";
        commands.submit(command, command, (outcome, result) -> logOptional(command, outcome, result));
    }

    private boolean hasCallList() {
        return (agFeatures & HfpFeatures.AG_ENHANCED_CALL_STATUS) != 0;
    }

    /** Asks the phone for its calls ({@code AT+CLCC}) when it offers enhanced call status; one listing at a time. */
    private void listCalls() {
        if (!connected || !hasCallList() || commands.isWaiting(CLCC)) {
            return;
        }
        if (commands.isInFlight(CLCC)) {
            listAgain = true;
            return;
        }
        commands.submit(CLCC, CLCC, (outcome, result) -> {
            List<AtResult.Clcc> rows = List.copyOf(listing);
            listing.clear();
            if (droppedRows > 0) {
                LOG.warn("The phone listed {} calls more than the {} kept; they were ignored", droppedRows,
                        MAX_LISTED_CALLS);
                droppedRows = 0;
            }
            if (outcome == Outcome.OK) {
                calls.reconcile(rows, indicators.showCall());
            } else if (outcome != Outcome.CLOSED && indicators.value(IndicatorTable.CALL_SETUP) == 0) {
                setupEndedFromIndicators();
            }
            if (listAgain) {
                listAgain = false;
                listCalls();
            }
        });
    }

    /** How many {@code +CLCC} rows the listing in flight holds (for tests of the bound). */
    int listedRowsInFlight() {
        return listing.size();
    }

    /** The link closed: every call ends, pending commands fail. */
    void onTransportClosed(String reason) {
        if (ended) {
            return;
        }
        ended = true;
        connected = false;
        commands.close();
        calls.endAll();
        LOG.info("Hands-free link down: {}", reason);
        output.linkChanged(LinkState.disconnected(settings.backend(), reason));
    }

    private void fail(String detail) {
        LOG.warn("Hands-free setup with the phone failed: {}", detail);
        onTransportClosed("hands-free setup failed: " + detail);
        output.closeTransport(detail);
    }

    boolean isConnected() {
        return connected;
    }

    /** The phone's {@code +BRSF} features. */
    int phoneFeatures() {
        return agFeatures;
    }

    /** The indicator names the phone announced, in its order. */
    List<String> indicatorNames() {
        return indicators.names();
    }

    /** The call hold modes the phone offers. */
    List<String> callHoldModes() {
        return chldModes;
    }

    /** The HF indicators the phone supports ({@code +BIND}). */
    List<Integer> supportedHfIndicators() {
        return hfIndicators;
    }

    List<PhoneCall> calls() {
        return calls.snapshot();
    }

    /** Answers a ringing ({@code ATA}) or waiting ({@code AT+CHLD=2}) call. */
    void answer(String callId, CompletableFuture<Void> done) {
        control.answer(callId, done);
    }

    /** Rejects or ends a call with {@code AT+CHUP} or the fitting {@code AT+CHLD}. */
    void hangUp(String callId, CompletableFuture<Void> done) {
        control.hangUp(callId, done);
    }

    /** Runs an {@code AT+CHLD} action; {@code callId} is needed for the per-call actions only. */
    void hold(CallHoldAction action, String callId, CompletableFuture<Void> done) {
        control.hold(action, callId, done);
    }

    /** Dials, with the hide-caller-id prefix when asked. */
    void dial(String number, boolean hideCallerId, CompletableFuture<Void> done) {
        control.dial(number, hideCallerId, done);
    }

    /** Sends a command the user asked for; it completes {@code done}. */
    private void userCommand(String command, String label, CompletableFuture<Void> done) {
        if (!connected) {
            done.completeExceptionally(new PhoneLinkException("the hands-free link to the phone is not set up"
                    + (ended ? " (it closed)" : " yet")));
            return;
        }
        commands.submit(command, label, (outcome, result) -> {
            if (outcome == Outcome.OK) {
                done.complete(null);
                listCalls();
            } else {
                done.completeExceptionally(new PhoneLinkException(outcome == Outcome.CLOSED
                        ? "the link to the phone closed before it answered " + label
                        : "the phone answered " + label + " with " + describe(outcome, result)));
            }
        });
    }

    private String describe(Outcome outcome, AtResult result) {
        if (outcome == Outcome.TIMED_OUT) {
            return "nothing within " + commands.timeout().toMillis() + " ms (the response timeout)";
        }
        if (result instanceof AtResult.CmeError cme) {
            return "+CME ERROR: " + cme.code();
        }
        if (result instanceof AtResult.CallFailure failure) {
            return failure.code();
        }
        return outcome == Outcome.CLOSED ? "nothing before the link closed" : "ERROR";
    }

    private boolean both(int hfBit, int agBit) {
        return HfpFeatures.both(settings.features(), hfBit, agFeatures, agBit);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "HandsFreeSession[connected=%s, calls=%d]", connected, calls.size());
    }
}
