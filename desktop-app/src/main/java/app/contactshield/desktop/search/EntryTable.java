package app.contactshield.desktop.search;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.SourceId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a result row shows of each person, packed: keys and names as UTF-8 in shared arrays, company, title,
 * department and the list of sources as numbers into tables of their distinct values. A {@link SearchEntry} is made
 * only for a row that is shown. People are numbered in the order they were added ({@code arrival}); the index's
 * document numbers follow alphabetical order, and the table maps between the two. Immutable once built;
 * thread-safe for reads.
 */
final class EntryTable {
    private final PackedStrings keys;
    private final PackedStrings names;
    private final PackedStrings texts;
    private final int[] companies;
    private final int[] titles;
    private final int[] departments;
    private final int[] sources;
    private final List<List<SourceId>> sourceLists;
    private final BitSet directoryUsers;
    private final int[] arrivalOfDoc;
    private final int[] docOfArrival;

    private EntryTable(Builder built, int[] arrivalOfDoc, boolean snapshot) {
        this.keys = snapshot ? built.keys.snapshot(true) : built.keys.build(true);
        this.names = built.names.build(false);
        this.texts = built.texts.build(false);
        int size = built.size();
        this.companies = Arrays.copyOf(built.companies, size);
        this.titles = Arrays.copyOf(built.titles, size);
        this.departments = Arrays.copyOf(built.departments, size);
        this.sources = Arrays.copyOf(built.sources, size);
        this.sourceLists = List.copyOf(built.sourceLists);
        this.directoryUsers = snapshot ? (BitSet) built.directoryUsers.clone() : built.directoryUsers;
        this.arrivalOfDoc = arrivalOfDoc;
        this.docOfArrival = new int[size];
        for (int doc = 0; doc < size; doc++) {
            docOfArrival[arrivalOfDoc[doc]] = doc;
        }
    }

    /** How many people are held. */
    int size() {
        return arrivalOfDoc.length;
    }

    /** The row data of a document. */
    SearchEntry entry(int doc) {
        int at = arrivalOfDoc[doc];
        return new SearchEntry(new PersonKey(keys.get(at)), names.get(at), texts.get(companies[at]),
                texts.get(titles[at]), texts.get(departments[at]), sourceLists.get(sources[at]),
                directoryUsers.get(at));
    }

    /** The document of a person, or -1. */
    int doc(PersonKey key) {
        int at = keys.find(key.value());
        return at < 0 ? -1 : docOfArrival[at];
    }

    /** Collects the row data of people in arrival order. Not thread-safe. */
    static final class Builder {
        private final PackedStrings.Builder keys = new PackedStrings.Builder(true);
        private final PackedStrings.Builder names = new PackedStrings.Builder(false);
        private final PackedStrings.Builder texts = new PackedStrings.Builder(true);
        private final Map<List<SourceId>, Integer> sourceIds = new HashMap<>();
        private final List<List<SourceId>> sourceLists = new ArrayList<>();
        private final BitSet directoryUsers = new BitSet();
        private int[] companies = new int[256];
        private int[] titles = new int[256];
        private int[] departments = new int[256];
        private int[] sources = new int[256];

        Builder() {
            texts.intern("");
        }

        /** Adds a person and returns their arrival number. */
        int add(Person person) {
            int at = keys.add(person.key().value());
            names.add(nullToEmpty(person.displayName()));
            if (at == companies.length) {
                int grown = at + (at >> 1);
                companies = Arrays.copyOf(companies, grown);
                titles = Arrays.copyOf(titles, grown);
                departments = Arrays.copyOf(departments, grown);
                sources = Arrays.copyOf(sources, grown);
            }
            companies[at] = texts.intern(nullToEmpty(person.company()));
            titles[at] = texts.intern(nullToEmpty(person.jobTitle()));
            departments[at] = texts.intern(nullToEmpty(person.department()));
            sources[at] = sourceIds.computeIfAbsent(sourcesOf(person), list -> {
                sourceLists.add(list);
                return sourceLists.size() - 1;
            });
            directoryUsers.set(at, person.isDirectoryUser());
            return at;
        }

        int size() {
            return keys.size();
        }

        /** The table, with documents in the given order: {@code arrivalOfDoc[doc]} is the arrival of a document. */
        EntryTable build(int[] arrivalOfDoc) {
            return new EntryTable(this, arrivalOfDoc, false);
        }

        /** As {@link #build}, sharing nothing that adding changes, so that adding may go on. */
        EntryTable snapshot(int[] arrivalOfDoc) {
            return new EntryTable(this, arrivalOfDoc, true);
        }

        private static List<SourceId> sourcesOf(Person person) {
            Set<SourceId> sources = new LinkedHashSet<>();
            for (ContactRecord record : person.records()) {
                sources.add(record.source());
            }
            person.phones().forEach(phone -> sources.add(phone.source()));
            return List.copyOf(sources);
        }

        private static String nullToEmpty(String text) {
            return text == null ? "" : text;
        }
    }
}
