package app.contactshield.graphsync.store;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Serialises a {@link ContactRecord} into the compact blob the store keeps per source record. Source and source key
 * are table columns and not repeated in the blob, nor are an object id equal to the source key (a directory user's id
 * is its object id) and a user principal name equal to the first e-mail address (as Entra sets it for most users):
 * a flag says so (format 2). Blobs of format 1, written before, still decode. Stateless and thread-safe.
 */
final class RecordCodec {
    /** The format {@link #encode} writes. */
    static final byte FORMAT = 2;
    private static final byte FORMAT_1 = 1;
    private static final int OID_IS_SOURCE_KEY = 1;
    private static final int UPN_IS_FIRST_EMAIL = 2;
    private static final PhoneType[] TYPES = PhoneType.values();

    private RecordCodec() {
    }

    static byte[] encode(ContactRecord record) {
        Writer out = new Writer();
        out.b(FORMAT);
        boolean oidIsKey = record.entraObjectId() != null && record.entraObjectId().equals(record.sourceKey());
        boolean upnIsMail = record.userPrincipalName() != null && !record.emails().isEmpty()
                && record.userPrincipalName().equals(record.emails().get(0));
        out.b((byte) ((oidIsKey ? OID_IS_SOURCE_KEY : 0) | (upnIsMail ? UPN_IS_FIRST_EMAIL : 0)));
        if (!oidIsKey) {
            out.s(record.entraObjectId());
        }
        if (!upnIsMail) {
            out.s(record.userPrincipalName());
        }
        out.s(record.displayName());
        out.s(record.givenName());
        out.s(record.familyName());
        out.s(record.company());
        out.s(record.department());
        out.s(record.jobTitle());
        out.s(record.office());
        out.n(record.emails().size());
        for (String email : record.emails()) {
            out.s(email);
        }
        out.n(record.phones().size());
        for (PhoneNumber phone : record.phones()) {
            out.b((byte) phone.type().ordinal());
            out.s(phone.raw());
            out.s(phone.e164());
            out.s(phone.extension());
        }
        out.l(record.lastModified().toEpochMilli());
        return out.bytes();
    }

    static ContactRecord decode(SourceId source, String sourceKey, byte[] blob) throws StoreException {
        ByteBuffer in = ByteBuffer.wrap(blob);
        byte format = in.get();
        if (format != FORMAT && format != FORMAT_1) {
            throw new StoreException("store.error.corrupt",
                    "Stored record of source " + source + " has format " + format + "; this version reads "
                            + FORMAT_1 + " and " + FORMAT);
        }
        int flags = format == FORMAT ? in.get() : 0;
        String oid = (flags & OID_IS_SOURCE_KEY) != 0 ? sourceKey : s(in);
        String upn = (flags & UPN_IS_FIRST_EMAIL) != 0 ? null : s(in);
        String display = s(in);
        String given = s(in);
        String family = s(in);
        String company = s(in);
        String department = s(in);
        String title = s(in);
        String office = s(in);
        int emailCount = n(in);
        List<String> emails = new ArrayList<>(emailCount);
        for (int i = 0; i < emailCount; i++) {
            emails.add(s(in));
        }
        if ((flags & UPN_IS_FIRST_EMAIL) != 0) {
            upn = emails.get(0);
        }
        int phoneCount = n(in);
        List<PhoneNumber> phones = new ArrayList<>(phoneCount);
        for (int i = 0; i < phoneCount; i++) {
            PhoneType type = TYPES[in.get()];
            phones.add(new PhoneNumber(type, s(in), s(in), s(in)));
        }
        Instant modified = Instant.ofEpochMilli(in.getLong());
        return new ContactRecord(source, sourceKey, oid, upn, display, given, family, company, department, title,
                office, emails, phones, modified);
    }

    private static int n(ByteBuffer in) {
        int value = 0;
        int shift = 0;
        while (true) {
            byte b = in.get();
            value |= (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
            shift += 7;
        }
    }

    private static String s(ByteBuffer in) {
        int length = n(in);
        if (length == 0) {
            return null;
        }
        String value = new String(in.array(), in.position(), length - 1, StandardCharsets.UTF_8);
        in.position(in.position() + length - 1);
        return value;
    }

    /** A growable byte buffer; strings are written as varint(length + 1) and UTF-8, 0 meaning null. */
    private static final class Writer {
        private byte[] buf = new byte[256];
        private int pos;

        void b(byte value) {
            ensure(1);
            buf[pos++] = value;
        }

        void n(int value) {
            int v = value;
            while ((v & ~0x7f) != 0) {
                b((byte) ((v & 0x7f) | 0x80));
                v >>>= 7;
            }
            b((byte) v);
        }

        void s(String value) {
            if (value == null) {
                n(0);
                return;
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            n(utf8.length + 1);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, buf, pos, utf8.length);
            pos += utf8.length;
        }

        void l(long value) {
            ensure(8);
            for (int i = 7; i >= 0; i--) {
                buf[pos++] = (byte) (value >>> (i * 8));
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, pos);
        }

        private void ensure(int more) {
            if (pos + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
            }
        }
    }
}
