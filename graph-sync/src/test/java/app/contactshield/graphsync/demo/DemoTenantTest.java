package app.contactshield.graphsync.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.graph.GraphPage;
import app.contactshield.graphsync.graph.GraphPageParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemoTenantTest {
    private final DemoTenant tenant = DemoTenant.standard();

    @Test
    void theBundledTenantHasAboutTwoThousandPeopleAcrossTheThreeSources() {
        int members = 0;
        for (DemoTenant.Collection c : DemoTenant.Collection.values()) {
            members += tenant.size(c);
        }

        assertThat(tenant.people()).isEqualTo(2000);
        assertThat(tenant.size(DemoTenant.Collection.USERS)).isEqualTo(1240);
        assertThat(members).isBetween(2000, 2200);
    }

    @Test
    void generatesTheSamePeopleEveryTime() {
        DemoPerson first = tenant.person(1234);

        DemoPerson again = DemoTenant.standard().person(1234);

        assertThat(again).isEqualTo(first);
    }

    @Test
    void namesCarryAccentsOfSeveralCountries() {
        Set<String> names = new HashSet<>();
        IntStream.range(0, 2000).forEach(i -> names.add(tenant.person(i).displayName()));

        String all = String.join(" ", names);
        assertThat(all).contains("Müller", "Núñez", "Øster");
        assertThat(IntStream.range(0, 2000).mapToObj(i -> tenant.person(i).country().region()).distinct().count())
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void numbersComeInTheFormatsPeopleType() {
        List<String> numbers = new ArrayList<>();
        IntStream.range(0, 2000).forEach(i -> {
            DemoPerson p = tenant.person(i);
            numbers.add(p.businessDial());
            numbers.add(p.businessDialAsTypedBy(1));
            if (p.mobile() != null) {
                numbers.add(p.mobile());
            }
            if (p.unreadable() != null) {
                numbers.add(p.unreadable());
            }
        });

        assertThat(numbers).anyMatch(n -> n.startsWith("089 7104-2"))
                .anyMatch(n -> n.contains("(0)"))
                .anyMatch(n -> n.contains(" x1") || n.contains(" x2"))
                .anyMatch(n -> n.contains("ext. "))
                .anyMatch(n -> n.matches("\\+\\d[\\d.]+\\.\\d+"))
                .anyMatch(n -> n.matches(".*\\d-\\d.*"))
                .anyMatch(n -> n.startsWith("+44 7700 9"))
                .anyMatch(DemoNames.UNREADABLE::contains);
    }

    @Test
    void someUsersAlsoAppearAsOrgAndOutlookContactsWithTheSameMailAddress() throws IOException {
        DemoPages pages = new DemoPages(tenant, 2000);
        Set<String> userMails = mails(pages, DemoTenant.Collection.USERS, "mail");

        Set<String> orgMails = mails(pages, DemoTenant.Collection.ORG_CONTACTS, "mail");
        Set<String> outlookMails = mails(pages, DemoTenant.Collection.OUTLOOK_DEFAULT, "emailAddresses");

        assertThat(orgMails).containsAnyElementsOf(userMails);
        assertThat(outlookMails).containsAnyElementsOf(userMails);
    }

    @Test
    void theSecondRoundChangesAboutOnePercentAndRemovesSome() throws IOException {
        DemoPages pages = new DemoPages(DemoTenant.scaled(100_000), 999);
        int users = pages.tenant().size(DemoTenant.Collection.USERS);
        List<JsonNode> changes = new ArrayList<>();
        for (int p = 0; p < pages.pageCount(DemoTenant.Collection.USERS, 2); p++) {
            changes.addAll(parse(pages.page(DemoTenant.Collection.USERS, 2, p, "https://x/v1.0/users/delta"))
                    .items());
        }

        long removed = changes.stream().filter(c -> c.has("@removed")).count();

        assertThat(changes.size()).isBetween(users / 125, users / 80);
        assertThat(removed).isPositive();
        assertThat(parse(pages.page(DemoTenant.Collection.USERS, 3, 0, "https://x/v1.0/users/delta")).items())
                .isEmpty();
    }

    private static Set<String> mails(DemoPages pages, DemoTenant.Collection collection, String field)
            throws IOException {
        Set<String> mails = new HashSet<>();
        for (JsonNode item : parse(pages.page(collection, 1, 0, "https://x/v1.0/c")).items()) {
            JsonNode node = item.path(field);
            mails.add(node.isArray() ? node.path(0).path("address").asText() : node.asText());
        }
        return mails;
    }

    private static GraphPage parse(byte[] body) throws IOException {
        return new GraphPageParser().parse(new ByteArrayInputStream(body));
    }
}
