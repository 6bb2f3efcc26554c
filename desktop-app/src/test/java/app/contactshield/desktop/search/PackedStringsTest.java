package app.contactshield.desktop.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackedStringsTest {

    @Test
    void internKeepsOneCopyOfEachDistinctStringAndAddKeepsEvery() {
        PackedStrings.Builder builder = new PackedStrings.Builder(true);

        int first = builder.intern("Contoso Logistik AG");
        int again = builder.intern("Contoso Logistik AG");
        int other = builder.intern("Fabrikam");
        int copy = builder.add("Fabrikam");
        PackedStrings built = builder.build(true);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(copy).isNotEqualTo(other);
        assertThat(built.size()).isEqualTo(3);
        assertThat(built.get(first)).isEqualTo("Contoso Logistik AG");
    }

    @Test
    void findsEveryStringItHoldsAfterGrowingAndNothingElse() {
        PackedStrings.Builder builder = new PackedStrings.Builder(true);
        for (int i = 0; i < 5_000; i++) {
            builder.add("oid:" + i);
        }
        PackedStrings built = builder.build(true);

        assertThat(built.find("oid:0")).isZero();
        assertThat(built.find("oid:4999")).isEqualTo(4999);
        assertThat(built.find("oid:5000")).isEqualTo(-1);
        assertThat(built.find("")).isEqualTo(-1);
    }

    @Test
    void keepsTextOutsideAsciiAndComparesItInCodePointOrder() {
        PackedStrings.Builder builder = new PackedStrings.Builder(false);
        List<String> texts = List.of("Yılmaz", "Zoë", "Łukasz", "山田", "𝔄da", "");
        texts.forEach(builder::add);
        PackedStrings built = builder.build(false);

        for (int i = 0; i < texts.size(); i++) {
            assertThat(built.get(i)).isEqualTo(texts.get(i));
        }
        assertThat(built.compare(1, 2)).isNegative();
        assertThat(built.compare(3, 4)).isNegative();
        assertThat(built.compare(5, PackedStrings.utf8(""))).isZero();
        assertThat(built.startsWith(0, PackedStrings.utf8("Yı"))).isTrue();
        assertThat(built.startsWith(0, PackedStrings.utf8("Yi"))).isFalse();
        assertThat(built.startsWith(1, PackedStrings.utf8("Zoë and more"))).isFalse();
    }
}
