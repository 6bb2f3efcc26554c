package app.contactshield.callerid.hfp;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.callerid.link.PhoneLinkException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HandsFreeSessionTest {

    private static Throwable failureOf(CompletableFuture<Void> done) {
        assertThat(done).isCompletedExceptionally();
        return done.handle((ok, e) -> e).join();
    }

    @Test
    void serviceLevelConnectionWithIphoneLikePhoneSendsCommandsInOrderOneAtATime() {
        SessionHarness h = SessionHarness.standard();

        h.session.start();
        List<String> afterStart = List.copyOf(h.sent);
        h.phone("+BRSF:1007", "OK");
        h.phone("OK");
        h.phone(SessionHarness.IPHONE_CIND.get(0), "OK");
        h.phone("+CIND: 1,0,0,3,4,0,0", "OK");
        h.phone("OK");
        h.phone("+CHLD: (0,1,1x,2,2x,3)", "OK");

        assertThat(afterStart).containsExactly("AT+BRSF=" + HfpFeatures.DEFAULT_HF);
        assertThat(h.sent).containsExactly("AT+BRSF=" + HfpFeatures.DEFAULT_HF, "AT+BAC=1,2", "AT+CIND=?", "AT+CIND?",
                "AT+CMER=3,0,0,1", "AT+CHLD=?", "AT+CLIP=1");
        assertThat(h.links).hasSize(1);
        assertThat(h.links.get(0).connected()).isTrue();
        assertThat(h.session.indicatorNames()).containsExactly("service", "call", "callsetup", "battchg", "signal",
                "roam", "callheld");
    }

    @Test
    void setupCommandsAfterConnectionAreClipCcwaCmeeThenCallList() {
        SessionHarness h = SessionHarness.standard();
        h.session.start();
        h.phone("+BRSF:1007", "OK", "OK", SessionHarness.IPHONE_CIND.get(0), "OK", "+CIND: 1,0,0,3,4,0,0", "OK",
                "OK", "+CHLD: (0,1,1x,2,2x,3)", "OK");

        h.phone("OK", "OK", "OK");

        assertThat(h.sent.subList(6, h.sent.size())).containsExactly("AT+CLIP=1", "AT+CCWA=1", "AT+CMEE=1",
                "AT+CLCC");
    }

    @Test
    void androidLikePhoneWithHfIndicatorsGetsBindCommands() {
        SessionHarness h = SessionHarness.standard();

        h.session.start();
        h.phone("+BRSF: 3951", "OK", "OK", SessionHarness.ANDROID_CIND.get(0), "OK", "+CIND: 0,0,1,4,0,3,0", "OK",
                "OK", "+CHLD: (0,1,2,3)", "OK", "OK", "+BIND: (1,2)", "OK", "+BIND: 1,1", "+BIND: 2,1", "OK");

        assertThat(h.sent).containsSubsequence("AT+CHLD=?", "AT+BIND=1,2", "AT+BIND=?", "AT+BIND?", "AT+CLIP=1");
        assertThat(h.session.supportedHfIndicators()).containsExactly(1, 2);
        assertThat(h.links.get(0).connected()).isTrue();
    }

    @Test
    void phoneWithoutCodecNegotiationOrThreeWayGetsNeitherBacNorChld() {
        SessionHarness h = SessionHarness.standard();

        h.session.start();
        h.phone("+BRSF: 96", "OK", SessionHarness.IPHONE_CIND.get(0), "OK", "+CIND: 1,0,0,3,4,0,0", "OK", "OK");

        assertThat(h.sent).containsExactly("AT+BRSF=" + HfpFeatures.DEFAULT_HF, "AT+CIND=?", "AT+CIND?",
                "AT+CMER=3,0,0,1", "AT+CLIP=1");
        assertThat(h.links.get(0).connected()).isTrue();
    }

    @Test
    void silentPhoneFailsTheSetupAfterTheResponseTimeout() {
        SessionHarness h = SessionHarness.standard();
        h.session.start();

        h.advance(Duration.ofSeconds(4));
        boolean closedEarly = !h.closes.isEmpty();
        h.advance(Duration.ofSeconds(2));

        assertThat(closedEarly).isFalse();
        assertThat(h.closes).hasSize(1);
        assertThat(h.links.get(0).connected()).isFalse();
        assertThat(h.links.get(0).detail()).contains("AT+BRSF");
    }

    @Test
    void refusedIndicatorReportingFailsTheSetupNamingTheCommand() {
        SessionHarness h = SessionHarness.standard();
        h.session.start();

        h.phone("+BRSF: 96", "OK", SessionHarness.IPHONE_CIND.get(0), "OK", "+CIND: 1,0,0,3,4,0,0", "OK",
                "+CME ERROR: 3");

        assertThat(h.links.get(0).detail()).contains("AT+CMER=3,0,0,1").contains("+CME ERROR: 3");
        assertThat(h.closes).hasSize(1);
    }

    @Test
    void userCommandWithoutAnswerFailsAfterTimeoutAndTheNextCommandGoesOut() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();
        CompletableFuture<Void> first = h.dial("08971040233", false);
        CompletableFuture<Void> second = h.dial("08971040234", false);
        boolean secondWaited = h.sent.size() == 1;

        h.advance(Duration.ofSeconds(5));

        assertThat(secondWaited).isTrue();
        assertThat(failureOf(first)).isInstanceOf(PhoneLinkException.class).hasMessageContaining("response timeout");
        assertThat(second).isNotDone();
        assertThat(h.sent).containsExactly("ATD08971040233;", "ATD08971040234;");
    }

    @ParameterizedTest
    @CsvSource({"iphone, 3, INCOMING", "iphone, 1, NONE", "android, 2, INCOMING", "android, 3, NONE"})
    void incomingCallIsFoundByTheIndicatorNameNotItsPosition(String phone, int index, String expected) {
        SessionHarness h = SessionHarness.standard();
        if (phone.equals("iphone")) {
            h.connectIphone();
        } else {
            h.connectAndroid();
        }

        h.phone("+CIEV: " + index + ",1");

        if (expected.equals("NONE")) {
            assertThat(h.events).isEmpty();
        } else {
            assertThat(h.events).extracting(PhoneCall::state).containsExactly(CallState.INCOMING);
        }
    }

    @Test
    void repeatedRingGivesOneIncomingCallAndLateClipUpdatesIt() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();

        h.phone("+CIEV: 3,1", "RING");
        h.phone("OK");
        h.phone("RING");
        h.phone("OK");
        h.phone("RING", "+CLIP: \"+498971040120\",145");

        assertThat(h.events).extracting(PhoneCall::state).containsExactly(CallState.INCOMING, CallState.INCOMING);
        assertThat(h.events.get(0).number()).isEmpty();
        assertThat(h.lastEvent().number()).isEqualTo("+498971040120");
        assertThat(h.lastEvent().callId()).isEqualTo(h.events.get(0).callId());
    }

    @Test
    void callListGivesTheNumberWhenClipNeverComes() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();

        h.phone("+CIEV: 3,1");
        String asked = h.lastSent();
        h.phone("+CLCC: 1,1,4,0,0,\"08971040233\",129", "OK");

        assertThat(asked).isEqualTo("AT+CLCC");
        assertThat(h.lastEvent().number()).isEqualTo("08971040233");
        assertThat(h.lastEvent().state()).isEqualTo(CallState.INCOMING);
    }

    @Test
    void bareOkToCallListWhileRingingKeepsTheCallAndTheNextRingAsksAgain() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();
        h.phone("+CIEV: 3,1");

        h.phone("OK");
        int sentBeforeRing = h.sent.size();
        h.phone("RING");

        assertThat(h.events).extracting(PhoneCall::state).containsExactly(CallState.INCOMING);
        assertThat(h.sent.subList(sentBeforeRing, h.sent.size())).containsExactly("AT+CLCC");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+CLIP: \"\",128,\"\",0,\"\",1 | true",
        "+CLIP: \"\",128 | true",
        "+CLIP: \"\",129,,,,2 | true",
        "+CLIP: \"08971040233\",129,,,,0 | false"})
    void withheldCallerIsMarkedWithheld(String clip, boolean withheld) {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();

        h.phone("RING", clip);

        assertThat(h.lastEvent().withheld()).isEqualTo(withheld);
        assertThat(h.lastEvent().number().isEmpty()).isEqualTo(withheld);
    }

    @Test
    void internationalTypeWithoutPlusGetsThePlus() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();

        h.phone("RING", "+CLIP: \"498971040120\",145");

        assertThat(h.lastEvent().number()).isEqualTo("+498971040120");
    }

    @Test
    void answerSendsAtaAndTheCallBecomesActive() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();
        h.phone("+CIEV: 3,1", "+CLCC: 1,1,4,0,0,\"08971040233\",129", "OK");
        String id = h.lastEvent().callId();

        CompletableFuture<Void> done = h.answer(id);
        String command = h.lastSent();
        h.phone("OK", "+CIEV: 2,1", "+CIEV: 3,0");

        assertThat(command).isEqualTo("ATA");
        assertThat(done).isCompleted();
        assertThat(h.lastEvent().state()).isEqualTo(CallState.ACTIVE);
        assertThat(h.lastEvent().callId()).isEqualTo(id);
    }

    @Test
    void rejectSendsChupAndTheCallEnds() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();
        h.phone("+CIEV: 3,1", "OK", "RING", "+CLIP: \"08971040233\",129", "OK");
        String id = h.lastEvent().callId();

        CompletableFuture<Void> done = h.hangUp(id);
        String command = h.lastSent();
        h.phone("OK", "+CIEV: 3,0", "OK");

        assertThat(command).isEqualTo("AT+CHUP");
        assertThat(done).isCompleted();
        assertThat(h.lastEvent().state()).isEqualTo(CallState.ENDED);
        assertThat(h.session.calls()).isEmpty();
    }

    @Test
    void waitingCallIsReportedOnceDespiteRepeatedCcwaAndIsAnsweredWithChld2() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();
        h.phone("+CIEV: 2,1", "+CLCC: 1,0,0,0,0,\"08971040233\",129", "OK");
        h.events.clear();

        h.phone("+CIEV: 3,1", "+CCWA: \"+498971040120\",145,1");
        h.phone("+CLCC: 1,0,0,0,0,\"08971040233\",129", "+CLCC: 2,1,5,0,0,\"+498971040120\",145", "OK");
        h.phone("+CCWA: \"+498971040120\",145,1");
        PhoneCall waiting = h.lastEvent();
        int eventsBefore = h.events.size();
        CompletableFuture<Void> done = h.answer(waiting.callId());

        assertThat(waiting.state()).isEqualTo(CallState.WAITING);
        assertThat(waiting.number()).isEqualTo("+498971040120");
        assertThat(h.events.stream().filter(e -> e.state() == CallState.WAITING)).hasSize(2);
        assertThat(eventsBefore).isEqualTo(h.events.size());
        assertThat(h.lastSent()).isEqualTo("AT+CHLD=2");
        assertThat(done).isNotDone();
    }

    @Test
    void waitingCallRejectedWithChld0AndActiveCallReleasedWithChld1x() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();
        h.phone("+CIEV: 2,1", "+CLCC: 1,0,0,0,0,\"08971040233\",129", "OK");
        h.phone("+CIEV: 3,1", "+CCWA: \"\",128,1,\"\",1");
        h.phone("+CLCC: 1,0,0,0,0,\"08971040233\",129", "+CLCC: 2,1,5,0,0", "OK");
        PhoneCall waiting = h.lastEvent();
        String activeId = h.session.calls().get(0).callId();

        h.hangUp(waiting.callId());
        String reject = h.lastSent();
        h.phone("OK", "OK");
        h.hangUp(activeId);
        String release = h.lastSent();

        assertThat(waiting.withheld()).isTrue();
        assertThat(reject).isEqualTo("AT+CHLD=0");
        assertThat(release).isEqualTo("AT+CHLD=11");
    }

    @Test
    void dialSendsAtdAndHidingTheCallerIdUsesThePrefix() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();

        h.dial("+49 89 7104-0120", false);
        h.phone("OK", "OK");
        String plain = h.sent.get(0);
        h.dial("089 7104 0233", true);

        assertThat(plain).isEqualTo("ATD+498971040120;");
        assertThat(h.lastSent()).isEqualTo("ATD#31#08971040233;");
    }

    @Test
    void hidingTheCallerIdWithoutAPrefixIsRefusedBeforeAnythingIsSent() {
        SessionHarness h = new SessionHarness(HandsFreeSettings.forPhone("Test phone"));
        h.connectIphone();

        CompletableFuture<Void> done = h.dial("08971040233", true);

        assertThat(failureOf(done)).isInstanceOf(PhoneLinkException.class).hasMessageContaining("prefix");
        assertThat(h.sent).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"'0897104;0233', ';'", "'', empty", "'089x7104', 'x'"})
    void undialableNumbersAreRefusedNamingTheProblem(String number, String named) {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();

        CompletableFuture<Void> done = h.dial(number, false);

        assertThat(failureOf(done)).hasMessageContaining(named);
        assertThat(h.sent).isEmpty();
    }

    @Test
    void outgoingCallGoesThroughDialingAlertingActiveEnded() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();

        h.dial("08971040233", false);
        h.phone("OK", "+CIEV: 3,2");
        h.phone("+CLCC: 1,0,2,0,0,\"08971040233\",129", "OK", "+CIEV: 3,3");
        h.phone("+CLCC: 1,0,3,0,0,\"08971040233\",129", "OK", "+CIEV: 2,1", "+CIEV: 3,0");
        h.phone("+CLCC: 1,0,0,0,0,\"08971040233\",129", "OK");
        h.phone("+CIEV: 2,0");

        assertThat(h.events).extracting(PhoneCall::state).containsExactly(CallState.DIALING, CallState.ALERTING,
                CallState.ACTIVE, CallState.ENDED);
        assertThat(h.events).extracting(PhoneCall::number).containsOnly("08971040233");
    }

    @Test
    void callerHangingUpWhileRingingEndsTheCall() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();
        h.phone("+CIEV: 3,1", "OK", "RING", "+CLIP: \"08971040233\",129");

        h.phone("+CIEV: 3,0", "OK");

        assertThat(h.lastEvent().state()).isEqualTo(CallState.ENDED);
    }

    @Test
    void indicatorIndexOutsideTheAnnouncedOnesIsIgnored() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();

        h.phone("+CIEV: 8,1", "+CIEV: 0,1", "+CIEV: 99999999999,1");

        assertThat(h.events).isEmpty();
        assertThat(h.sent).isEmpty();
    }

    @Test
    void commandsOnUnknownCallsFailNamingTheId() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();

        CompletableFuture<Void> done = h.answer("hfp-42");

        assertThat(failureOf(done)).hasMessageContaining("hfp-42");
    }

    @Test
    void transportClosingEndsEveryCallAndFailsPendingCommands() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();
        h.phone("RING", "+CLIP: \"08971040233\",129");
        CompletableFuture<Void> answer = h.answer(h.lastEvent().callId());

        h.session.onTransportClosed("the phone closed the link");

        assertThat(h.lastEvent().state()).isEqualTo(CallState.ENDED);
        assertThat(failureOf(answer)).hasMessageContaining("closed");
        assertThat(h.links.get(h.links.size() - 1).connected()).isFalse();
    }

    @Test
    void codecProposalIsConfirmed() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();

        h.phone("+BCS: 2");

        assertThat(h.sent).containsExactly("AT+BCS=2");
    }

    @Test
    void connectingDuringARingingCallReportsIt() {
        SessionHarness h = SessionHarness.standard();
        h.session.start();

        h.phone("+BRSF: 96", "OK", SessionHarness.IPHONE_CIND.get(0), "OK", "+CIND: 1,0,1,3,4,0,0", "OK", "OK");

        assertThat(h.events).extracting(PhoneCall::state).containsExactly(CallState.INCOMING);
    }

    @Test
    void phoneWithoutCallListIsTrackedByIndicatorsAlone() {
        SessionHarness h = SessionHarness.standard();
        h.session.start();
        h.phone("+BRSF: 32", "OK", SessionHarness.IPHONE_CIND.get(0), "OK", "+CIND: 1,0,0,3,4,0,0", "OK", "OK",
                "OK", "OK", "OK");

        h.phone("+CIEV: 3,1", "RING", "+CLIP: \"08971040233\",129", "+CIEV: 2,1", "+CIEV: 3,0", "+CIEV: 2,0");

        assertThat(h.sent).doesNotContain("AT+CLCC");
        assertThat(h.events).extracting(PhoneCall::state).containsExactly(CallState.INCOMING, CallState.INCOMING,
                CallState.ACTIVE, CallState.ENDED);
    }

    @Test
    void gatewayRefusingBrsfIsTreatedAsHavingNoOptionalFeatures() {
        SessionHarness h = SessionHarness.standard();

        h.session.start();
        h.phone("ERROR", SessionHarness.IPHONE_CIND.get(0), "OK", "+CIND: 1,0,0,3,4,0,0", "OK", "OK");

        assertThat(h.sent).containsExactly("AT+BRSF=" + HfpFeatures.DEFAULT_HF, "AT+CIND=?", "AT+CIND?",
                "AT+CMER=3,0,0,1", "AT+CLIP=1");
        assertThat(h.links.get(0).connected()).isTrue();
        assertThat(h.session.phoneFeatures()).isZero();
    }

    @Test
    void refusedCallListFallsBackToTheIndicators() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();
        h.phone("+CIEV: 3,1", "ERROR", "RING", "+CLIP: \"08971040233\",129", "ERROR");

        h.phone("+CIEV: 3,0", "ERROR");

        assertThat(h.events).extracting(PhoneCall::state).containsExactly(CallState.INCOMING, CallState.INCOMING,
                CallState.ENDED);
    }

    @Test
    void callListWithAnUnknownStatusKeepsTheCallAsItWas() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();
        h.phone("RING", "+CLIP: \"08971040233\",129");

        h.phone("+CLCC: 1,1,9,0,0,\"08971040233\",129", "OK");

        assertThat(h.session.calls()).extracting(PhoneCall::state).containsExactly(CallState.INCOMING);
    }

    @ParameterizedTest
    @CsvSource({"'#31#08971040233', false", "'*31#08971040233', false", "'08971040233', true"})
    void outgoingCallIsNamedWithoutTheHidePrefix(String dialled, boolean hide) {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();

        h.dial(dialled, hide);
        h.phone("OK", "+CIEV: 3,2");

        assertThat(h.lastEvent().state()).isEqualTo(CallState.DIALING);
        assertThat(h.lastEvent().number()).isEqualTo("08971040233");
    }

    @Test
    void reusedCallIndexWithAnotherCallerIsANewCall() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();
        h.phone("+CIEV: 2,1", "+CLCC: 1,1,0,0,0,\"08971040233\",129", "OK");
        String first = h.lastEvent().callId();

        h.phone("+CIEV: 7,1", "+CLCC: 1,1,0,0,0,\"+498971040120\",145", "OK");

        assertThat(h.events).filteredOn(e -> e.callId().equals(first)).last()
                .extracting(PhoneCall::state).isEqualTo(CallState.ENDED);
        assertThat(h.session.calls()).extracting(PhoneCall::number).containsExactly("+498971040120");
    }

    @Test
    void lateClipAfterTheCallWasAnsweredMakesNoSecondCall() {
        SessionHarness h = SessionHarness.standard();
        h.connectIphone();
        h.phone("+CIEV: 2,1", "+CLCC: 1,1,0,0,0,\"08971040233\",129", "OK");
        int before = h.events.size();

        h.phone("+CLIP: \"08971040233\",129", "RING");

        assertThat(h.events).hasSize(before);
        assertThat(h.session.calls()).extracting(PhoneCall::state).containsExactly(CallState.ACTIVE);
    }

    @Test
    void leftoverRingWithoutCallListOrCallsetupMakesNoCall() {
        SessionHarness h = SessionHarness.standard();
        h.session.start();
        h.phone("+BRSF: 32", "OK", SessionHarness.IPHONE_CIND.get(0), "OK", "+CIND: 1,0,0,3,4,0,0", "OK", "OK",
                "OK", "OK", "OK");

        h.phone("RING", "+CLIP: \"08971040233\",129");

        assertThat(h.events).isEmpty();
    }
}
