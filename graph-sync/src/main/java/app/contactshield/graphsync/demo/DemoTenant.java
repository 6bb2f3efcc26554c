package app.contactshield.graphsync.demo;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A generated demo tenant of invented people spread over the three Graph sources, with duplicates across sources
 * and a second round of changes. Every person and page derives from the index and the seed, so a tenant of a
 * million people costs no memory until a page is asked for. Immutable and thread-safe.
 *
 * <p>Layout for {@code n} people: directory users are persons {@code [0, 0.62n)}; organisational contacts
 * {@code [0.60n, 0.83n)} (overlapping the last users); the default Outlook folder holds persons
 * {@code [0.83n, 0.915n)} plus every 40th user, the "Customers" folder {@code [0.915n, n)} plus every 25th
 * organisational contact.
 */
public final class DemoTenant {
    /** The bundled tenant's size. */
    public static final int STANDARD_PEOPLE = 2000;
    /** The bundled tenant's seed. */
    public static final long STANDARD_SEED = 20_261_203L;

    /** The three Graph collections the demo serves. */
    public enum Collection { USERS, ORG_CONTACTS, OUTLOOK_DEFAULT, OUTLOOK_CUSTOMERS }

    private final int people;
    private final long seed;
    private final int usersEnd;
    private final int orgStart;
    private final int orgEnd;
    private final int outlookSplit;

    /**
     * @param people how many people (at least 100)
     * @param seed   the seed every person derives from
     */
    public DemoTenant(int people, long seed) {
        if (people < 100) {
            throw new IllegalArgumentException("A demo tenant needs at least 100 people, not " + people);
        }
        this.people = people;
        this.seed = seed;
        this.usersEnd = (int) (people * 0.62);
        this.orgStart = (int) (people * 0.60);
        this.orgEnd = (int) (people * 0.83);
        this.outlookSplit = (int) (people * 0.915);
    }

    /** The bundled tenant of about 2,000 people. */
    public static DemoTenant standard() {
        return new DemoTenant(STANDARD_PEOPLE, STANDARD_SEED);
    }

    /** A tenant of {@code people} people for benchmarks (100,000 or 1,000,000), with the bundled seed. */
    public static DemoTenant scaled(int people) {
        return new DemoTenant(people, STANDARD_SEED);
    }

    /** How many people the tenant has. */
    public int people() {
        return people;
    }

    /** How many members a collection has in the first round. */
    public int size(Collection collection) {
        switch (collection) {
            case USERS:
                return usersEnd;
            case ORG_CONTACTS:
                return orgEnd - orgStart;
            case OUTLOOK_DEFAULT:
                return (outlookSplit - orgEnd) + (usersEnd + 39) / 40;
            case OUTLOOK_CUSTOMERS:
            default:
                return (people - outlookSplit) + (orgEnd - orgStart + 24) / 25;
        }
    }

    /** The person behind the {@code k}-th member of a collection; members past the first round are new people. */
    DemoPerson member(Collection collection, int k) {
        int size = size(collection);
        if (k >= size) {
            return person(people * (2 + collection.ordinal()) + (k - size));
        }
        switch (collection) {
            case USERS:
                return person(k);
            case ORG_CONTACTS:
                return person(orgStart + k);
            case OUTLOOK_DEFAULT:
                int own = outlookSplit - orgEnd;
                return person(k < own ? orgEnd + k : 40 * (k - own));
            case OUTLOOK_CUSTOMERS:
            default:
                int customers = people - outlookSplit;
                return person(k < customers ? outlookSplit + k : orgStart + 25 * (k - customers));
        }
    }

    DemoPerson person(int index) {
        return DemoPerson.generate(seed, people, index, usersEnd);
    }

    /** What the second round does to the {@code k}-th member: 0.7% change, 0.1% deleted, 0.1% hidden. */
    Change secondRoundChange(Collection collection, int k) {
        int roll = new SplittableRandom(seed ^ (0x5DEECE66DL * (k + 1L)) ^ collection.ordinal()).nextInt(1000);
        if (roll < 7) {
            return Change.CHANGED;
        }
        if (roll == 7) {
            return Change.DELETED;
        }
        return roll == 8 ? Change.HIDDEN : Change.NONE;
    }

    /** How many new members the second round adds to a collection (0.1%, at least one). */
    int secondRoundAdditions(Collection collection) {
        return Math.max(1, size(collection) / 1000);
    }

    long seed() {
        return seed;
    }

    /** What the second round does to one member. */
    enum Change { NONE, CHANGED, DELETED, HIDDEN }

    @Override
    public String toString() {
        return "DemoTenant[" + people + " people, seed " + seed + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DemoTenant && ((DemoTenant) other).people == people
                && ((DemoTenant) other).seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(people, seed);
    }
}
