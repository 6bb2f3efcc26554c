package app.contactshield.callerid.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.hfp.RecordingListener;
import app.contactshield.callerid.index.CallerIndex;
import app.contactshield.callerid.index.Candidate;
import app.contactshield.callerid.index.CompanyRanges;
import app.contactshield.callerid.index.Identification;
import app.contactshield.callerid.index.Identification.Kind;
import app.contactshield.callerid.index.Identifier;
import app.contactshield.callerid.link.CallState;
import app.contactshield.callerid.link.PhoneCall;
import app.contactshield.graphsync.demo.DemoMode;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import app.contactshield.graphsync.store.H2ContactStore;
import app.contactshield.graphsync.store.StoreOpener;
import app.contactshield.graphsync.sync.SyncEngine;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo callers, rung through the real engine, identify in the demo directory as the script intends. */
class DemoScriptTest {
    @TempDir
    static Path dataDir;
    private static H2ContactStore store;
    private static Identifier identifier;

    @BeforeAll
    static void syncTheDemoDirectory() throws Exception {
        byte[] key = new byte[StoreOpener.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        store = StoreOpener.open(dataDir, key).store();
        SyncEngine engine = DemoMode.syncEngine(store, new PhoneNormalizer("DE"));
        engine.start(progress -> { }).get(120, TimeUnit.SECONDS);
        engine.close();
        CompanyRanges ranges = CompanyRanges.of(CompanyRanges.deriveFromDirectory(store));
        identifier = new Identifier(CallerIndex.build(store), new PhoneNormalizer("DE"), ranges);
    }

    @AfterAll
    static void closeTheStore() {
        store.close();
    }

    @Test
    void everyScreenOfTheCallWindowIsRungOncePerRound() {
        assertThat(DemoScript.CALLERS).extracting(DemoCaller::expected).containsAll(EnumSet.allOf(Kind.class));
        assertThat(DemoScript.CALLERS).extracting(DemoCaller::format).containsAll(EnumSet.of(ClipFormat.NATIONAL,
                ClipFormat.INTERNATIONAL, ClipFormat.INTERNATIONAL_NO_PLUS, ClipFormat.INTERNATIONAL_00,
                ClipFormat.WITHHELD));
        assertThat(DemoScript.CALLERS).anyMatch(DemoCaller::waiting);
    }

    @Test
    void scriptedCallersIdentifyAsIntendedWhenRungThroughTheEngine() throws Exception {
        List<Identification> found = new ArrayList<>();
        try (DemoPhoneLink demo = DemoPhoneLink.start(AgProfile.androidLike(), Duration.ZERO)) {
            RecordingListener events = new RecordingListener();
            demo.addListener(events);
            demo.setup().get(RecordingListener.WAIT.toSeconds(), TimeUnit.SECONDS);

            for (int i = 0; i < DemoScript.CALLERS.size(); i++) {
                int before = events.calls().size();
                demo.ringNow();
                PhoneCall call = events.await(c -> events.calls().indexOf(c) >= before
                        && (!c.number().isEmpty() || c.withheld()));
                found.add(identifier.identify(call.withheld() ? "" : call.number()));
                demo.phone().callerHangsUp();
                events.await(c -> events.calls().indexOf(c) >= before && c.state() == CallState.ENDED);
            }
        }

        assertThat(found).extracting(Identification::kind)
                .containsExactlyElementsOf(DemoScript.CALLERS.stream().map(DemoCaller::expected).toList());
    }

    @Test
    void theColleaguesAreDirectoryUsersSoTheirPresenceShows() {
        List<Candidate> colleagues = DemoScript.CALLERS.stream()
                .filter(c -> c.expected() == Kind.PERSON && c.number().contains("89710"))
                .map(c -> identifier.identify(c.number()).candidates().get(0)).toList();

        assertThat(colleagues).hasSize(2).allSatisfy(c -> {
            assertThat(c.person().value()).startsWith("oid:");
            assertThat(c.company()).isEqualTo("Contoso");
        });
    }

    @Test
    void theSharedNumberOffersBothPeopleAsCandidates() {
        DemoCaller shared = DemoScript.CALLERS.stream().filter(c -> c.expected() == Kind.SHARED).findFirst()
                .orElseThrow();

        Identification found = identifier.identify(shared.number());

        assertThat(found.candidates()).hasSize(2).extracting(Candidate::displayName).doesNotHaveDuplicates();
        assertThat(found.displayText()).contains(" or ");
    }

    @Test
    void theRangeCallerIsNamedByTheCompany() {
        DemoCaller range = DemoScript.CALLERS.stream().filter(c -> c.expected() == Kind.COMPANY_RANGE).findFirst()
                .orElseThrow();

        assertThat(identifier.identify(range.number()).companyLabel()).contains("Contoso");
    }
}
