package app.contactshield.graphsync.phone;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.model.PhoneNumber;
import app.contactshield.graphsync.model.PhoneType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PhoneNormalizerPropertiesTest {
    private static final String[] REGIONS = {"DE", "US", "GB", "FR", "AT", "CH", "ZZ", "XX"};

    @Property(tries = 3000)
    void neverThrowsAndIsIdempotentOnItsOwnOutput(@ForAll("writtenNumbers") String raw,
                                                  @ForAll("regions") String region) {
        PhoneNormalizer normalizer = new PhoneNormalizer(region);

        PhoneNumber number = normalizer.normalise(PhoneType.OTHER, raw);

        assertThat(number.raw()).isEqualTo(raw);
        if (number.isNormalised()) {
            assertThat(normalizer.toE164(number.e164())).contains(number.e164());
            assertThat(normalizer.e164Key(raw)).isEqualTo(E164Keys.of(number.e164()));
            assertThat(E164Keys.toE164(E164Keys.of(number.e164()))).isEqualTo(number.e164());
            assertThat(normalizer.problemWith(raw)).isEmpty();
        } else {
            assertThat(normalizer.e164Key(raw)).isEqualTo(E164Keys.NONE);
            assertThat(normalizer.problemWith(raw)).isPresent();
        }
    }

    @Property(tries = 1000)
    void readsAGermanNumberTheSameWayHoweverItIsWritten(@ForAll("germanSubscribers") String subscriber,
                                                        @ForAll("germanForms") String form) {
        PhoneNormalizer normalizer = new PhoneNormalizer("DE");
        String written = form.replace("S", subscriber);

        PhoneNumber number = normalizer.normalise(PhoneType.BUSINESS, written);

        assertThat(number.e164()).isEqualTo("+4989" + subscriber);
    }

    @Provide
    Arbitrary<String> writtenNumbers() {
        Arbitrary<String> symbols = Arbitraries.strings()
                .withChars("0123456789 +-()./xX#;=*,extTELl:\uFF10\uFF15\uFF0B\u200F")
                .ofMinLength(0).ofMaxLength(30);
        Arbitrary<String> plausible = Combinators.combine(
                Arbitraries.of("", "+", "00", "011", "0", "+49 (0)", "tel:+", "49", "1"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(14),
                Arbitraries.of("", " x12", " ext. 7", ";ext=3", "-20", "-0", " #", "-"))
                .as((prefix, digits, suffix) -> prefix + digits + suffix);
        return Arbitraries.oneOf(symbols, plausible, Arbitraries.strings().ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> regions() {
        return Arbitraries.of(REGIONS);
    }

    @Provide
    Arbitrary<String> germanSubscribers() {
        return Arbitraries.strings().withCharRange('0', '9').ofLength(4).map(tail -> "7104" + tail);
    }

    @Provide
    Arbitrary<String> germanForms() {
        return Arbitraries.of("+49 89 S", "+49 (0)89 S", "0049 89 S", "089 S", "089/S", "(089) S", "+49.89.S",
                "4989S", "tel:+4989S", "+49 89 S x12");
    }
}
