package app.contactshield.callerid.index;

import static app.contactshield.callerid.testing.TestPeople.person;
import static app.contactshield.callerid.testing.TestPeople.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.model.PersonKey;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.model.SourceId;
import app.contactshield.graphsync.phone.E164Keys;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CallerIndexTest {
    private static final SourceId USERS = new SourceId("graph.users");
    private static final long ADA_MOBILE = E164Keys.of("+491712345678");
    private static final long ADA_NEW_MOBILE = E164Keys.of("+491719999999");

    @Test
    void findsEveryHolderOfANumberWithTypeAndSource() {
        CallerIndex index = new CallerIndex(4);
        index.add(new PersonKey("ada"), "+491712345678", PhoneType.MOBILE, USERS);
        index.add(new PersonKey("bert"), "+491712345678", PhoneType.BUSINESS, new SourceId("dataverse"));

        List<IndexedNumber> holders = index.lookup(ADA_MOBILE);

        assertThat(holders).extracting(IndexedNumber::person, IndexedNumber::type)
                .containsExactly(
                        tuple(new PersonKey("ada"), PhoneType.MOBILE),
                        tuple(new PersonKey("bert"), PhoneType.BUSINESS));
        assertThat(index.numberCount()).isEqualTo(1);
        assertThat(index.entryCount()).isEqualTo(2);
    }

    @Test
    void keepsOneEntryWhenTheSameNumberArrivesTwiceFromTheSameSource() {
        CallerIndex index = new CallerIndex(4);

        boolean first = index.add(new PersonKey("ada"), "+491712345678", PhoneType.MOBILE, USERS);
        boolean second = index.add(new PersonKey("ada"), "+491712345678", PhoneType.MOBILE, USERS);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(index.lookup(ADA_MOBILE)).hasSize(1);
    }

    @Test
    void replacingAPersonDropsTheirOldNumbersAndAddsTheNewOnes() {
        CallerIndex index = new CallerIndex(4);
        index.add(new PersonKey("ada"), "+491712345678", PhoneType.MOBILE, USERS);
        index.add(new PersonKey("bert"), "+491712345678", PhoneType.MOBILE, USERS);
        Person changedAda = person("ada", "Ada Beispiel", "Contoso", null,
                phone(PhoneType.MOBILE, "0171 9999999", "graph.users"));

        index.replacePerson(new PersonKey("ada"), changedAda);

        assertThat(index.lookup(ADA_MOBILE)).extracting(IndexedNumber::person).containsExactly(new PersonKey("bert"));
        assertThat(index.lookup(ADA_NEW_MOBILE)).singleElement()
                .satisfies(holder -> assertThat(holder.card().displayName()).isEqualTo("Ada Beispiel"));
    }

    @Test
    void removingAPersonForgetsTheirNumbersAndTheLastHolderRemovesTheNumber() {
        CallerIndex index = new CallerIndex(4);
        index.add(new PersonKey("ada"), "+491712345678", PhoneType.MOBILE, USERS);

        index.replacePerson(new PersonKey("ada"), null);

        assertThat(index.lookup(ADA_MOBILE)).isEmpty();
        assertThat(index.numberCount()).isZero();
        assertThat(index.personCount()).isZero();
        assertThat(index.entryCount()).isZero();
    }

    @Test
    void growsPastItsInitialSizeAndStillFindsEveryNumber() {
        CallerIndex index = new CallerIndex(1);

        for (int i = 0; i < 20_000; i++) {
            index.add(new PersonKey("p" + i), "+4989" + (7_100_000 + i), PhoneType.BUSINESS, USERS);
        }
        for (int i = 0; i < 20_000; i += 2) {
            index.replacePerson(new PersonKey("p" + i), null);
        }

        assertThat(index.numberCount()).isEqualTo(10_000);
        for (int i = 0; i < 20_000; i++) {
            List<IndexedNumber> holders = index.lookup(E164Keys.of("+4989" + (7_100_000 + i)));
            assertThat(holders).hasSize(i % 2);
        }
    }

    @Test
    void reportsItsMemoryPerNumber() {
        CallerIndex index = new CallerIndex(100_000);
        for (int i = 0; i < 100_000; i++) {
            index.add(new PersonKey("p" + i), "+4989" + (7_100_000 + i), PhoneType.BUSINESS, USERS);
        }

        double perNumber = index.arrayBytesPerNumber();

        assertThat(perNumber).isBetween(20.0, 120.0);
        assertThat(index.arrayBytes()).isEqualTo((long) (perNumber * index.numberCount() + 0.5));
    }

    @Test
    void looksUpAnUnheldNumberWithoutAllocating() {
        CallerIndex index = new CallerIndex(1000);
        for (int i = 0; i < 1000; i++) {
            index.add(new PersonKey("p" + i), "+4989" + (7_100_000 + i), PhoneType.BUSINESS, USERS);
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long unheld = E164Keys.of("+4930123456");
        index.lookup(unheld);

        long before = threads.getCurrentThreadAllocatedBytes();
        int found = 0;
        for (int i = 0; i < 100_000; i++) {
            found += index.lookup(unheld + i % 7).size();
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(found).isZero();
        assertThat(allocated).isLessThan(10_000);
    }

    @Test
    void answersLookupsCorrectlyWhileAnotherThreadUpdates() throws InterruptedException {
        CallerIndex index = new CallerIndex(16);
        index.add(new PersonKey("steady"), "+498971040000", PhoneType.BUSINESS, USERS);
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        AtomicInteger lookups = new AtomicInteger();
        CountDownLatch readerStarted = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            readerStarted.countDown();
            while (!stop.get()) {
                List<IndexedNumber> holders = index.lookup(E164Keys.of("+498971040000"));
                if (holders.size() != 1 || !holders.get(0).person().value().equals("steady")) {
                    wrong.add(String.valueOf(holders));
                }
                lookups.incrementAndGet();
            }
        }, "test-reader");
        reader.start();
        assertThat(readerStarted.await(5, TimeUnit.SECONDS)).isTrue();

        for (int round = 0; round < 40; round++) {
            for (int i = 0; i < 500; i++) {
                index.replacePerson(new PersonKey("p" + i), person("p" + i, "P", null, null,
                        phone(PhoneType.MOBILE, "+49171" + (1_000_000 + round * 500 + i), "graph.users")));
            }
        }
        stop.set(true);
        reader.join(10_000);

        assertThat(wrong).isEmpty();
        assertThat(lookups.get()).isPositive();
        assertThat(index.numberCount()).isEqualTo(501);
    }
}
