package app.contactshield.callerid.bench;

import app.contactshield.callerid.index.CallerIndex;
import app.contactshield.callerid.index.CompanyRange;
import app.contactshield.callerid.index.CompanyRanges;
import app.contactshield.callerid.index.Identification;
import app.contactshield.callerid.index.Identifier;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Identifying an incoming number among 1,000,000 people, against libphonenumber's parse of the same input alone
 * (the floor). Inputs cycle through 4,096 numbers: held numbers in E.164 and in national form as networks deliver
 * them, numbers in a company range, and unknown numbers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IdentifyBenchmark {
    private static final int PEOPLE = 1_000_000;
    private static final int INPUTS = 4096;
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private Identifier identifier;
    private String[] inputs;
    private int next;

    /** Builds the index and the inputs once per fork. */
    @Setup
    public void buildIndex() {
        SyntheticDirectory directory = new SyntheticDirectory(PEOPLE, 42);
        CallerIndex index = new CallerIndex(PEOPLE * 2);
        directory.forEachPhone((person, e164, type, source) -> index.add(person, e164, type, source, "Ada Beispiel",
                "Contoso", "Buyer"));
        identifier = new Identifier(index, new PhoneNormalizer("DE"),
                CompanyRanges.of(List.of(new CompanyRange("+49 30 1234", "Contoso", null))));
        inputs = new String[INPUTS];
        for (int i = 0; i < INPUTS; i++) {
            int person = (int) ((i * 2_654_435_761L) % PEOPLE);
            String mobile = directory.mobile(person);
            inputs[i] = switch (i % 8) {
                case 0, 1, 2, 3 -> mobile;
                case 4, 5 -> "0" + mobile.substring(3);
                case 6 -> "+49301234" + (1000 + i);
                default -> "+4930987" + (10_000 + i);
            };
        }
    }

    /** Normalise, look up, build the identification. */
    @Benchmark
    public Identification identify() {
        String input = inputs[next++ & (INPUTS - 1)];
        return identifier.identify(input);
    }

    /** libphonenumber's parse of the same input, nothing else: the floor. */
    @Benchmark
    public Phonenumber.PhoneNumber parseOnly() throws NumberParseException {
        String input = inputs[next++ & (INPUTS - 1)];
        return UTIL.parse(input, "DE");
    }
}
