package app.contactshield.graphsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.testing.InventedPeople;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import app.contactshield.graphsync.sync.PageResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordCodecTest {

    @Test
    void aDirectoryUserWhoseIdIsItsObjectIdAndWhoseSignInNameIsItsMailIsStoredWithoutEitherTwice() throws Exception {
        ContactRecord user = InventedPeople.directoryUser(7);
        ContactRecord keyedByObjectId = new ContactRecord(user.source(), user.entraObjectId(), user.entraObjectId(),
                user.emails().get(0), user.displayName(), user.givenName(), user.familyName(), user.company(),
                user.department(), user.jobTitle(), user.office(), user.emails(), user.phones(), user.lastModified());
        ContactRecord differing = new ContactRecord(user.source(), "u-7", "another-object-id", "ada@upn.example.test",
                user.displayName(), null, null, null, null, null, null, user.emails(), user.phones(),
                user.lastModified());

        byte[] compact = RecordCodec.encode(keyedByObjectId);
        byte[] full = RecordCodec.encode(differing);

        assertThat(RecordCodec.decode(user.source(), keyedByObjectId.sourceKey(), compact)).isEqualTo(keyedByObjectId);
        assertThat(RecordCodec.decode(user.source(), differing.sourceKey(), full)).isEqualTo(differing);
        assertThat(new String(compact, StandardCharsets.UTF_8)).doesNotContain(user.entraObjectId())
                .containsOnlyOnce(user.emails().get(0));
    }

    @Test
    void aRecordWrittenInTheFirstFormatStillDecodes() throws Exception {
        ContactRecord contact = new ContactRecord(SourceId.GRAPH_OUTLOOK, "c-1", "oid-1", "ada@example.test",
                "Ada Beispiel", "Ada", "Beispiel", "Contoso", "Sales", "Lead", "Room 1", List.of("ada@example.test"),
                List.of(new PhoneNumber(PhoneType.MOBILE, "0151 1234567", "+491511234567", null)),
                Instant.parse("2026-01-01T00:00:00Z"));

        byte[] firstFormat = firstFormat(contact);

        assertThat(RecordCodec.decode(contact.source(), contact.sourceKey(), firstFormat)).isEqualTo(contact);
    }

    @Test
    void aRecordStoredInTheFirstFormatAndDeliveredAgainUnchangedCountsAsUnchanged(@TempDir Path dataDir)
            throws Exception {
        byte[] key = new byte[StoreOpener.KEY_BYTES];
        ContactRecord user = InventedPeople.directoryUser(3);
        try (H2ContactStore store = StoreOpener.open(dataDir, key).store()) {
            store.accept(new ChangePage(user.source(), List.of(user), List.of(), List.of(),
                    new DeltaCursor("d1", true), true));
        }
        try (Connection db = org.h2.Driver.load().connect(StoreOpener.url(dataDir), OlderStores.credentials(key));
                PreparedStatement update = db.prepareStatement("UPDATE contact_record SET body = ?")) {
            update.setBytes(1, firstFormat(user));
            update.executeUpdate();
        }

        try (H2ContactStore store = StoreOpener.open(dataDir, key).store()) {
            PageResult again = store.accept(new ChangePage(user.source(), List.of(user), List.of(), List.of(),
                    new DeltaCursor("d2", true), false));

            assertThat(again).isEqualTo(new PageResult(0, 0, 0));
            assertThat(store.person(PersonKey.of(user)).orElseThrow().records()).containsExactly(user);
        }
    }

    /** The layout of format 1: every field in order, strings as varint(length + 1) and UTF-8. */
    private static byte[] firstFormat(ContactRecord r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(1);
        for (String field : new String[] {r.entraObjectId(), r.userPrincipalName(), r.displayName(), r.givenName(),
            r.familyName(), r.company(), r.department(), r.jobTitle(), r.office()}) {
            string(out, field);
        }
        out.write(r.emails().size());
        r.emails().forEach(email -> string(out, email));
        out.write(r.phones().size());
        for (PhoneNumber phone : r.phones()) {
            out.write(phone.type().ordinal());
            string(out, phone.raw());
            string(out, phone.e164());
            string(out, phone.extension());
        }
        long millis = r.lastModified().toEpochMilli();
        for (int i = 7; i >= 0; i--) {
            out.write((int) (millis >>> (i * 8)));
        }
        return out.toByteArray();
    }

    private static void string(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.write(0);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.write(utf8.length + 1);
        out.writeBytes(utf8);
    }
}
