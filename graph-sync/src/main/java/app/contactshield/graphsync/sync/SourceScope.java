package app.contactshield.graphsync.sync;

import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.store.ContactStore;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the synced data in line with the settings that selected it. Each source's cursor is stored with a
 * fingerprint of its selection (filters, guests, disabled accounts, default region); when the fingerprint in force
 * differs from the stored one, the source runs a full round, so contacts the new settings exclude are removed and
 * numbers are read again with the new region. Contacts of a source that is no longer enabled are purged. Local-only
 * data (favourites, notes) stays either way. The region is also stored in the clear beside the fingerprint, so that
 * {@code doctor} can say how the stored numbers were read. Stateless apart from the fingerprints; runs on the calling
 * thread.
 */
public final class SourceScope {
    private static final Logger LOG = LoggerFactory.getLogger(SourceScope.class);
    private static final String PREFIX = "scope:";
    private static final String PURGED = "purged";
    private static final String REGION = "region=";

    private final Map<SourceId, String> fingerprints;
    private final String region;

    /** @param fingerprints the selection fingerprint in force per source (a source without one is not wrapped) */
    public SourceScope(Map<SourceId, String> fingerprints) {
        this(fingerprints, "");
    }

    /**
     * @param fingerprints the selection fingerprint in force per source (a source without one is not wrapped)
     * @param region       the default region the sources read numbers with, stored beside each fingerprint
     */
    public SourceScope(Map<SourceId, String> fingerprints, String region) {
        this.fingerprints = Map.copyOf(fingerprints);
        this.region = Objects.requireNonNull(region, "region");
    }

    /** The sources, each storing its fingerprint with its cursor and starting over when the fingerprint changed. */
    public List<ContactSource> apply(List<ContactSource> sources) {
        return sources.stream().map(source -> fingerprints.containsKey(source.id())
                ? new Scoped(source, fingerprints.get(source.id()), region) : source).toList();
    }

    /**
     * Removes every record of the sources that hold data in the store but are not enabled, and forgets their
     * cursors, so that enabling one again starts with a full round.
     *
     * @param store   the store
     * @param enabled the sources enabled by the settings
     * @param known   sources to check even when the store holds no visible record of them (hidden ones may remain)
     * @return the records removed per purged source
     */
    public static Map<SourceId, Integer> purgeDisabled(ContactStore store, Collection<SourceId> enabled,
            Collection<SourceId> known) throws SyncException {
        Map<SourceId, Integer> counts = store.recordCounts();
        Set<SourceId> candidates = new LinkedHashSet<>(known);
        candidates.addAll(counts.keySet());
        Map<SourceId, Integer> purged = new LinkedHashMap<>();
        for (SourceId source : candidates) {
            boolean holdsData = store.cursor(source).isPresent() || counts.getOrDefault(source, 0) > 0;
            if (enabled.contains(source) || !holdsData) {
                continue;
            }
            PageResult result = store.accept(new ChangePage(source, List.of(), List.of(), List.of(),
                    new DeltaCursor(PURGED, true), true));
            store.resetCursor(source);
            LOG.info("{} is no longer enabled: {} records removed, local-only data kept", source, result.removed());
            purged.put(source, result.removed());
        }
        return purged;
    }

    /**
     * The default region a source's stored numbers were read with, as stored beside its fingerprint.
     *
     * @param stored the source's stored cursor
     * @return the region; empty when there is no cursor or it was stored without one (before regions were stored)
     */
    public static Optional<String> storedRegion(Optional<DeltaCursor> stored) {
        return stored.map(DeltaCursor::value).filter(value -> value.startsWith(PREFIX) && value.indexOf(';') > 0)
                .map(value -> value.substring(value.indexOf(';') + 1)).filter(rest -> rest.startsWith(REGION))
                .map(rest -> rest.substring(REGION.length(), Math.max(REGION.length(), rest.indexOf(';'))))
                .filter(found -> !found.isEmpty());
    }

    /** Unwraps a stored cursor when it was stored under the given fingerprint. */
    static Optional<DeltaCursor> unwrap(Optional<DeltaCursor> stored, String fingerprint) {
        String head = PREFIX + fingerprint + ";";
        return stored.filter(c -> c.value().startsWith(head)).map(c -> {
            String inner = c.value().substring(head.length());
            boolean withRegion = inner.startsWith(REGION) && inner.indexOf(';') > 0;
            return new DeltaCursor(withRegion ? inner.substring(inner.indexOf(';') + 1) : inner, c.roundComplete());
        });
    }

    /** A source whose cursors carry its selection fingerprint. */
    private static final class Scoped implements ContactSource {
        private final ContactSource inner;
        private final String fingerprint;
        private final String tag;

        Scoped(ContactSource inner, String fingerprint, String region) {
            this.inner = inner;
            this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
            this.tag = PREFIX + fingerprint + ";" + (region.isEmpty() ? "" : REGION + region + ";");
        }

        @Override
        public SourceId id() {
            return inner.id();
        }

        @Override
        public SourceReport sync(Optional<DeltaCursor> from, PageSink sink, Consumer<SyncProgress> progress)
                throws SyncException {
            Optional<DeltaCursor> resume = unwrap(from, fingerprint);
            if (from.isPresent() && resume.isEmpty()) {
                LOG.info("The settings that select {} changed since its last sync; it runs a full round", id());
            }
            return inner.sync(resume, new PageSink() {
                @Override
                public PageResult accept(ChangePage page) throws SyncException {
                    return sink.accept(tagged(page));
                }

                @Override
                public void prepare(ChangePage page) {
                    sink.prepare(tagged(page));
                }
            }, progress);
        }

        private ChangePage tagged(ChangePage page) {
            return new ChangePage(page.source(), page.upserts(), page.removedKeys(), page.hiddenKeys(),
                    new DeltaCursor(tag + page.cursor().value(), page.cursor().roundComplete()), page.fullSyncStart());
        }
    }
}
