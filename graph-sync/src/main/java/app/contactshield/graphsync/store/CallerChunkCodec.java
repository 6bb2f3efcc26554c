package app.contactshield.graphsync.store;

import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import com.carrotsearch.hppc.LongObjectHashMap;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The binary form of one caller chunk: the caller-ID view (person key, source, numbers, name, company, title) of a
 * batch of source records, a tombstone for a record that no longer has one, or a move that gives a record whose view
 * an older entry holds a new person key (a merge or split of people); a move costs no read of the record. Sources,
 * companies and titles are written once per chunk and referenced after that. Stateless apart from the writer and
 * reader objects, which are used by one thread.
 */
final class CallerChunkCodec {
    private static final PhoneType[] TYPES = PhoneType.values();
    private static final byte TOMBSTONE = 0;
    private static final byte LIVE = 1;
    private static final byte MOVE = 2;

    private CallerChunkCodec() {
    }

    /**
     * One record's entry. A {@code null} person key makes it a tombstone; a person key without numbers makes it a
     * move, which applies to the record's newest older entry.
     *
     * @param id        the record's row id
     * @param personKey the person the record belongs to, or {@code null} for a tombstone
     * @param source    the source id
     * @param phones    the callable numbers as the record row keeps them (type digit + E.164, ';'-separated)
     * @param name      display name, or {@code null}
     * @param company   company, or {@code null}
     * @param title     job title, or {@code null}
     */
    record Entry(long id, String personKey, String source, String phones, String name, String company,
            String title) {

        static Entry tombstone(long id) {
            return new Entry(id, null, null, null, null, null, null);
        }

        /** The new person key of a record whose view an older entry holds. */
        static Entry move(long id, String personKey) {
            return new Entry(id, personKey, null, null, null, null, null);
        }

        boolean isMove() {
            return personKey != null && phones == null;
        }
    }

    /** Encodes entries into one chunk body. */
    static final class Writer {
        private final Map<String, Integer> dictionary = new HashMap<>();
        private byte[] buf = new byte[4096];
        private int pos;
        private int count;

        void add(Entry e) {
            count++;
            varLong(e.id());
            if (e.personKey() == null) {
                buf(1)[pos++] = TOMBSTONE;
                return;
            }
            if (e.isMove()) {
                buf(1)[pos++] = MOVE;
                string(e.personKey());
                return;
            }
            buf(1)[pos++] = LIVE;
            string(e.personKey());
            shared(e.source());
            string(e.phones());
            string(e.name());
            shared(e.company());
            shared(e.title());
        }

        int count() {
            return count;
        }

        int size() {
            return pos;
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, pos);
        }

        private void shared(String value) {
            if (value == null) {
                varLong(0);
                return;
            }
            Integer index = dictionary.get(value);
            if (index != null) {
                varLong(index + 2L);
                return;
            }
            dictionary.put(value, dictionary.size());
            varLong(1);
            string(value);
        }

        private void string(String value) {
            if (value == null) {
                varLong(0);
                return;
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            varLong(utf8.length + 1L);
            System.arraycopy(utf8, 0, buf(utf8.length), pos, utf8.length);
            pos += utf8.length;
        }

        private void varLong(long value) {
            long v = value;
            while ((v & ~0x7fL) != 0) {
                buf(1)[pos++] = (byte) ((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            buf(1)[pos++] = (byte) v;
        }

        private byte[] buf(int more) {
            if (pos + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
            }
            return buf;
        }
    }

    /** Receives the live entries of a chunk whose record was not seen in a newer chunk. */
    interface Sink {
        void entry(long id, PersonKey person, SourceId source, String phones, String name, String company,
                String title);
    }

    /**
     * Decodes one chunk, newest entry first within it being irrelevant (a chunk holds each record once). Entries
     * and tombstones of records already {@code seen} are skipped; every record met is marked seen, except by a move,
     * which {@code seen} keeps until the record's older entry is read with the moved person key.
     */
    static void read(byte[] chunk, Seen seen, Sink sink) {
        read(chunk, seen, true, sink);
    }

    /** As {@link #read(byte[], Seen, Sink)}; without {@code names} the display name is skipped, not decoded. */
    static void read(byte[] chunk, Seen seen, boolean names, Sink sink) {
        Reader in = new Reader(chunk);
        while (in.pos < chunk.length) {
            long id = in.varLong();
            byte kind = chunk[in.pos++];
            if (kind == TOMBSTONE) {
                seen.mark(id);
                seen.moved.remove(id);
                continue;
            }
            if (kind == MOVE) {
                boolean pending = !seen.has(id) && !seen.moved.containsKey(id);
                String key = in.string(pending);
                if (pending) {
                    seen.moved.put(id, key);
                }
                continue;
            }
            boolean fresh = seen.mark(id);
            String moved = fresh ? seen.moved.remove(id) : null;
            String key = in.string(fresh && moved == null);
            if (moved != null) {
                key = moved;
            }
            SourceId source = in.source();
            String phones = in.string(fresh);
            String name = in.string(fresh && names);
            String company = in.shared();
            String title = in.shared();
            if (fresh) {
                sink.entry(id, new PersonKey(key), source, phones, name, company, title);
            }
        }
    }

    /** Calls {@code visitor} once per number in an encoded phones value. */
    static void visitPhones(String phones, PersonKey person, SourceId source, String name, String company,
            String title, ContactStore.PhoneCardVisitor visitor) {
        int start = 0;
        while (start < phones.length()) {
            int end = phones.indexOf(';', start);
            if (end < 0) {
                end = phones.length();
            }
            visitor.visit(person, phones.substring(start + 1, end), TYPES[phones.charAt(start) - '0'], source, name,
                    company, title);
            start = end + 1;
        }
    }

    /**
     * Which record ids a newest-first scan has met, and the person keys of moves met whose record's entry is still
     * to come; ids are the store's dense row ids.
     */
    static final class Seen {
        private final LongObjectHashMap<String> moved = new LongObjectHashMap<>();
        private long[] bits = new long[1024];

        boolean has(long id) {
            int word = (int) (id >>> 6);
            return word < bits.length && (bits[word] & (1L << (id & 63))) != 0;
        }

        /** Marks an id; true when it had not been seen before. */
        boolean mark(long id) {
            int word = (int) (id >>> 6);
            if (word >= bits.length) {
                bits = Arrays.copyOf(bits, Math.max(bits.length * 2, word + 1));
            }
            long mask = 1L << (id & 63);
            boolean fresh = (bits[word] & mask) == 0;
            bits[word] |= mask;
            return fresh;
        }
    }

    /** Reads one chunk; the shared values of the chunk are kept so that each is decoded once. */
    private static final class Reader {
        private final byte[] chunk;
        private final String[] strings = new String[64];
        private final SourceId[] sources = new SourceId[64];
        private String[] shared = strings;
        private SourceId[] sharedSources = sources;
        private int sharedCount;
        private int pos;

        Reader(byte[] chunk) {
            this.chunk = chunk;
        }

        long varLong() {
            long value = 0;
            int shift = 0;
            while (true) {
                byte b = chunk[pos++];
                value |= (long) (b & 0x7f) << shift;
                if (b >= 0) {
                    return value;
                }
                shift += 7;
            }
        }

        String string(boolean decode) {
            int length = (int) varLong();
            if (length == 0) {
                return null;
            }
            String value = decode ? new String(chunk, pos, length - 1, StandardCharsets.UTF_8) : null;
            pos += length - 1;
            return value;
        }

        String shared() {
            int ref = sharedRef();
            return ref < 0 ? null : shared[ref];
        }

        SourceId source() {
            int ref = sharedRef();
            if (ref < 0) {
                return null;
            }
            if (sharedSources[ref] == null) {
                sharedSources[ref] = new SourceId(shared[ref]);
            }
            return sharedSources[ref];
        }

        private int sharedRef() {
            long ref = varLong();
            if (ref == 0) {
                return -1;
            }
            if (ref == 1) {
                if (sharedCount == shared.length) {
                    shared = Arrays.copyOf(shared, sharedCount * 2);
                    sharedSources = Arrays.copyOf(sharedSources, sharedCount * 2);
                }
                shared[sharedCount] = string(true);
                return sharedCount++;
            }
            return (int) (ref - 2);
        }
    }
}
