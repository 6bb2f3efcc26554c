package app.contactshield.callerid.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PackedCardsTest {
    @Test
    void givesBackEachIdsCardAfterReplacingClearingAndTrimming() {
        PackedCards cards = new PackedCards(2);

        cards.set(0, new PersonCard("Ada Beispiel", "Contoso", "Buyer"));
        cards.set(1, new PersonCard("Bert Muster", null, null));
        cards.set(7, new PersonCard("Jürgen Weiß", "Contoso", null));
        cards.set(1, new PersonCard("Bert Muster", "Fabrikam", "Driver"));
        cards.clear(0);
        cards.trim(8);

        assertThat(cards.card(0)).isNull();
        assertThat(cards.has(3)).isFalse();
        assertThat(cards.card(1)).isEqualTo(new PersonCard("Bert Muster", "Fabrikam", "Driver"));
        assertThat(cards.card(7)).isEqualTo(new PersonCard("Jürgen Weiß", "Contoso", null));
    }

    @Test
    void cardsThatShowTheSameCompanyShareItsTextAndAChangedCardIsReadAgain() {
        PackedCards cards = new PackedCards(16);
        cards.set(0, new PersonCard("Ada Beispiel", new String("Contoso"), null));
        cards.set(1, new PersonCard("Bert Muster", new String("Contoso"), null));

        PersonCard ada = cards.card(0);
        cards.set(0, new PersonCard("Ada Neu", "Contoso", null));

        assertThat(cards.card(1).company()).isSameAs(ada.company());
        assertThat(cards.card(0).displayName()).isEqualTo("Ada Neu");
    }

    @Test
    void aThousandCardsTakeLessThanHalfTheMemoryOfTheirObjects() {
        PackedCards cards = new PackedCards(16);
        for (int id = 0; id < 1000; id++) {
            cards.set(id, new PersonCard("Person Number " + id, "Contoso", "Account Manager"));
        }

        cards.trim(1000);

        long asObjects = 1000L * (24 + 4 + 24 + 16 + "Person Number 999".length());
        assertThat(cards.arrayBytes()).isLessThan(asObjects / 2);
    }
}
