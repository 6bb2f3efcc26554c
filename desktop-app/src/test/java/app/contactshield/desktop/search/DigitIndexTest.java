package app.contactshield.desktop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigitIndexTest {

    private static BitSet match(DigitIndex index, String query) {
        BitSet found = new BitSet();
        index.match(query, found);
        return found;
    }

    @ParameterizedTest
    @CsvSource({"4989710412,0", "897104,0", "1201,0", "71042,1", "7104,'0,1'", "151,1", "15,1", "5,1", "2,'0,1'",
        "3,''", "0,'0,1'", "498971041201999,0", "99,''"})
    void findsAnyRunOfDigitsInsideANumber(String query, String expected) {
        DigitIndex.Builder builder = new DigitIndex.Builder();
        builder.add("498971041201", 0);
        builder.add("4915171042402", 1);
        DigitIndex index = builder.build(new int[] {0, 1});

        BitSet found = match(index, query);

        BitSet wanted = new BitSet();
        for (String doc : expected.split(",")) {
            if (!doc.isEmpty()) {
                wanted.set(Integer.parseInt(doc));
            }
        }
        assertThat(found).isEqualTo(wanted);
    }

    @Test
    void answersLikeASubstringSearchOverManyNumbersAndReordersDocumentsSomeWithoutNumbers() {
        Random random = new Random(7);
        int docs = 3_000;
        List<List<String>> numbers = new ArrayList<>();
        DigitIndex.Builder builder = new DigitIndex.Builder();
        for (int doc = 0; doc < docs; doc++) {
            List<String> own = new ArrayList<>();
            for (int n = random.nextInt(4) - 1; n >= 0; n--) {
                String number = (random.nextBoolean() ? "4989" : "49151") + digits(random, 3 + random.nextInt(9));
                own.add(number);
                builder.add(number, doc);
            }
            numbers.add(own);
        }
        int[] docOfArrival = new int[docs];
        for (int doc = 0; doc < docs; doc++) {
            docOfArrival[doc] = docs - 1 - doc;
        }
        DigitIndex index = builder.build(docOfArrival);

        for (int q = 0; q < 400; q++) {
            String query = digits(random, 1 + random.nextInt(14));
            List<String> someones = numbers.get(random.nextInt(docs));
            if (q % 2 == 0 && !someones.isEmpty()) {
                String number = someones.get(0);
                int start = random.nextInt(number.length());
                query = number.substring(start, Math.min(number.length(), start + 1 + random.nextInt(14)));
            }
            String key = query.substring(0, Math.min(query.length(), DigitIndex.KEY_DIGITS));
            BitSet wanted = new BitSet();
            for (int doc = 0; doc < docs; doc++) {
                if (numbers.get(doc).stream().anyMatch(number -> number.contains(key))) {
                    wanted.set(docOfArrival[doc]);
                }
            }
            assertThat(match(index, query)).as(query).isEqualTo(wanted);
        }
    }

    @Test
    void anEmptyIndexFindsNothing() {
        DigitIndex index = new DigitIndex.Builder().build(new int[0]);

        assertThat(match(index, "4989").isEmpty()).isTrue();
        assertThat(match(index, "4").isEmpty()).isTrue();
        assertThat(index.size()).isZero();
    }

    private static String digits(Random random, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }
}
