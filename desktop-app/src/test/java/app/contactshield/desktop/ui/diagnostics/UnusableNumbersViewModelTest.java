package app.contactshield.desktop.ui.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.callerid.index.NumberDiagnostics;
import app.contactshield.desktop.TestPeople;
import app.contactshield.desktop.ui.Messages;
import app.contactshield.desktop.ui.sample.InMemoryContactStore;
import app.contactshield.graphsync.model.Person;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UnusableNumbersViewModelTest {
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);

    private static UnusableNumbersViewModel model(List<Person> people, Messages messages) {
        return new UnusableNumbersViewModel(InMemoryContactStore.of(people),
                new NumberDiagnostics(new PhoneNormalizer("DE")), Runnable::run, Runnable::run, messages);
    }

    private static List<Person> withUnusable() {
        List<Person> people = new ArrayList<>(TestPeople.directory());
        people.add(TestPeople.customer("Nora Unbekannt", "Nora", "Unbekannt", "Tailspin Toys", "Buyer",
                "nora@tailspin.example", "n/a"));
        people.add(TestPeople.colleague("Otto Kurz", "Otto", "Kurz", "IT", "Trainee", "otto.kurz@contoso.example",
                "+49 89"));
        return people;
    }

    @Test
    void listsEachStoredNumberThatCannotIdentifyACallerWithPersonSourceAndReason() {
        UnusableNumbersViewModel vm = model(withUnusable(), ENGLISH);

        vm.reload();

        assertThat(vm.rows()).extracting(UnusableNumberRow::name, UnusableNumberRow::number,
                UnusableNumberRow::type, UnusableNumberRow::source).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Nora Unbekannt", "n/a", "Mobile", "Dynamics 365"),
                        org.assertj.core.groups.Tuple.tuple("Otto Kurz", "+49 89", "Business", "Directory"));
        assertThat(vm.rows()).filteredOn(row -> row.name().equals("Nora Unbekannt")).singleElement()
                .extracting(UnusableNumberRow::reason)
                .isEqualTo("No digits that could form a phone number");
        assertThat(vm.rows()).filteredOn(row -> row.name().equals("Otto Kurz")).singleElement()
                .extracting(UnusableNumberRow::reason).asString().startsWith("Too short");
        assertThat(vm.headingProperty().get()).isEqualTo("2 stored numbers can't identify a caller");
        assertThat(vm.emptyProperty().get()).isFalse();
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void saysEveryNumberCanIdentifyACallerWhenNoneIsUnusable() {
        UnusableNumbersViewModel vm = model(TestPeople.directory(), ENGLISH);

        vm.reload();

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.emptyProperty().get()).isTrue();
        assertThat(vm.emptyText()).isEqualTo("Every stored number can identify a caller.");
        assertThat(vm.headingProperty().get()).isEqualTo("Nothing to correct");
    }

    @Test
    void speaksGermanWithGermanTexts() {
        UnusableNumbersViewModel vm = model(withUnusable(), Messages.forLocale(Locale.GERMAN));

        vm.reload();

        assertThat(vm.headingProperty().get()).isEqualTo("2 gespeicherte Nummern erkennen keinen Anrufer");
        assertThat(vm.rows()).extracting(UnusableNumberRow::reason)
                .contains("Keine Ziffern, die eine Telefonnummer bilden");
    }

    @Test
    void showsLoadingUntilTheWorkersHaveReadTheStore() {
        List<Runnable> pending = new ArrayList<>();
        UnusableNumbersViewModel vm = new UnusableNumbersViewModel(InMemoryContactStore.of(withUnusable()),
                new NumberDiagnostics(new PhoneNormalizer("DE")), pending::add, Runnable::run, ENGLISH);

        vm.reload();

        assertThat(vm.loadingProperty().get()).isTrue();
        assertThat(vm.headingProperty().get()).isEqualTo("Checking the stored numbers…");
        assertThat(vm.rows()).isEmpty();
        pending.forEach(Runnable::run);
        assertThat(vm.rows()).hasSize(2);
    }
}
