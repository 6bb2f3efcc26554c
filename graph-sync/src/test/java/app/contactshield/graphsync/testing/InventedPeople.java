package app.contactshield.graphsync.testing;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.sync.ChangePage;
import app.contactshield.graphsync.sync.DeltaCursor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Invented people for tests and benchmarks: no real person's data, numbers in the +49 89 7104 range. */
public final class InventedPeople {
    private static final String[] GIVEN = {"Ada", "Bruno", "Carla", "Dario", "Elif", "Fynn", "Greta", "Hamid",
        "Ines", "Jonas", "Kira", "Lasse", "Mira", "Nils", "Olga", "Pavel"};
    private static final String[] FAMILY = {"Beispiel", "Muster", "Probe", "Exempel", "Testfeld", "Vorlage",
        "Platzhalter", "Fiktiv", "Erfunden", "Ausgedacht", "Schablone", "Modell"};

    private InventedPeople() {
    }

    /** The directory user number {@code i}: a unique name, e-mail, object id and two numbers. */
    public static ContactRecord directoryUser(int i) {
        String given = GIVEN[i % GIVEN.length];
        String family = FAMILY[(i / GIVEN.length) % FAMILY.length] + i;
        String mail = (given + "." + family + "@contoso-example.test").toLowerCase(Locale.ROOT);
        String office = String.format(Locale.ROOT, "+49 89 7104 %04d", i % 10_000);
        String mobile = String.format(Locale.ROOT, "+49 151 %08d", 10_000_000 + i);
        List<PhoneNumber> phones = List.of(
                new PhoneNumber(PhoneType.BUSINESS, office, office.replace(" ", ""), null),
                new PhoneNumber(PhoneType.MOBILE, mobile, mobile.replace(" ", ""), null));
        return new ContactRecord(SourceId.GRAPH_USERS, String.format(Locale.ROOT, "u-%08d", i),
                String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", i), mail, given + " " + family, given,
                family, "Contoso Beispiel GmbH", "Department " + (i % 40), "Referent", "Raum " + (i % 500),
                List.of(mail), phones, Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** Pages of {@code pageSize} directory users numbered from 0 to {@code count - 1}, as one full round. */
    public static List<ChangePage> fullRound(int count, int pageSize) {
        List<ChangePage> pages = new ArrayList<>();
        for (int start = 0; start < count; start += pageSize) {
            List<ContactRecord> records = new ArrayList<>(pageSize);
            for (int i = start; i < Math.min(count, start + pageSize); i++) {
                records.add(directoryUser(i));
            }
            boolean last = start + pageSize >= count;
            pages.add(new ChangePage(SourceId.GRAPH_USERS, records, List.of(), List.of(),
                    new DeltaCursor(last ? "delta-" + count : "next-" + start, last), start == 0));
        }
        return pages;
    }
}
