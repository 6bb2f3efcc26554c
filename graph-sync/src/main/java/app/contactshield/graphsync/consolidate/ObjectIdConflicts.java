package app.contactshield.graphsync.consolidate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keeps two Entra identities apart. Records that carry different Entra object ids are different people however
 * much else they share: two colleagues called Anna Schmidt who both list the switchboard number share a number and
 * a name, yet a call, chat or e-mail meant for one must never reach the other. So a match token held by records of
 * two or more object ids links none of those records; it still links the holders without an object id among
 * themselves (two contacts with the same name and number are one person, whichever colleague that is). A group of
 * records linked through other tokens that still ends up holding two object ids is split: each object id keeps its
 * own records, and the records without one are grouped among themselves, never joined through a person who is
 * someone else. The store's identity graph and the
 * {@link Consolidator} both apply this rule, so a store and a batch consolidation of the same records agree.
 * Stateless and thread-safe.
 */
public final class ObjectIdConflicts {
    private static final String OBJECT_ID_PREFIX = "oid:";

    private ObjectIdConflicts() {
    }

    /** Whether a record's own person key (see {@link app.contactshield.graphsync.model.PersonKey}) is an object id. */
    public static boolean isObjectIdKey(String rawKey) {
        return rawKey.startsWith(OBJECT_ID_PREFIX);
    }

    /**
     * Whether the holders of one token carry two or more different object ids, so that the token links only the
     * holders without an object id.
     *
     * @param rawKeys the holders' own person keys
     */
    public static boolean ambiguous(Iterable<String> rawKeys) {
        String first = null;
        for (String key : rawKeys) {
            if (isObjectIdKey(key)) {
                if (first == null) {
                    first = key;
                } else if (!first.equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Splits a group of linked records into people. A group with at most one object id stays whole; otherwise each
     * object id's records form one person and the other records are united where two of them share a token.
     *
     * @param group  the linked records
     * @param rawKey a record's own person key
     * @param tokens a record's match-token hashes
     * @return the people, each a non-empty list, together holding every record of the group once
     */
    public static <T> List<List<T>> split(List<T> group, Function<T, String> rawKey, Function<T, long[]> tokens) {
        Map<String, List<T>> byObjectId = new LinkedHashMap<>();
        List<T> others = new ArrayList<>();
        for (T record : group) {
            String key = rawKey.apply(record);
            if (isObjectIdKey(key)) {
                byObjectId.computeIfAbsent(key, k -> new ArrayList<>(2)).add(record);
            } else {
                others.add(record);
            }
        }
        if (byObjectId.size() <= 1) {
            return List.of(group);
        }
        List<List<T>> people = new ArrayList<>(byObjectId.values());
        people.addAll(unite(others, tokens));
        return people;
    }

    private static <T> List<List<T>> unite(List<T> records, Function<T, long[]> tokens) {
        int[] parent = new int[records.size()];
        Map<Long, Integer> firstHolder = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            for (long token : tokens.apply(records.get(i))) {
                Integer other = firstHolder.putIfAbsent(token, i);
                if (other != null) {
                    UnionFind.union(parent, other, i);
                }
            }
        }
        Map<Integer, List<T>> groups = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            groups.computeIfAbsent(UnionFind.find(parent, i), k -> new ArrayList<>(2)).add(records.get(i));
        }
        return new ArrayList<>(groups.values());
    }
}
