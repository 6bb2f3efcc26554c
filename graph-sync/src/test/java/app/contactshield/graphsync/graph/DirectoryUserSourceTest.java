package app.contactshield.graphsync.graph;

import static org.assertj.core.api.Assertions.assertThat;

import app.contactshield.graphsync.model.ContactRecord;
import app.contactshield.graphsync.model.PhoneType;
import app.contactshield.graphsync.phone.PhoneNormalizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectoryUserSourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static final String MEMBER = "{\"id\":\"u1\",\"displayName\":\"Ada Beispiel\",\"userPrincipalName\":"
            + "\"ada.beispiel@contoso.example\",\"mail\":\"ada.beispiel@contoso.example\",\"businessPhones\":"
            + "[\"+49 89 7104-215\"],\"department\":\"Customer Service\",\"companyName\":\"Contoso\","
            + "\"accountEnabled\":true,\"userType\":\"Member\"}";

    private static DirectoryUserSource source(UserSelection selection) {
        GraphClient unused = new GraphClient(URI.create("https://localhost/v1.0/"), (uri, token) -> {
            throw new IOException("not called");
        }, f -> "t", d -> { }, RetryPolicy.DEFAULT);
        return new DirectoryUserSource(unused, new PhoneNormalizer("DE"), selection, CLOCK);
    }

    private static JsonNode user(String json) throws IOException {
        return JSON.readTree(json);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "guest by #EXT#|{\"id\":\"g1\",\"userPrincipalName\":\"ada_partner.example#EXT#@contoso.onmicrosoft.example\","
                + "\"mail\":\"ada@partner.example\"}",
        "guest by userType|{\"id\":\"g2\",\"userType\":\"Guest\",\"mail\":\"ada@partner.example\"}",
        "disabled|{\"id\":\"d1\",\"accountEnabled\":false,\"mail\":\"ada@contoso.example\"}",
        "no phone or e-mail|{\"id\":\"n1\",\"displayName\":\"Conf Room Adams\",\"businessPhones\":[],"
                + "\"mobilePhone\":null,\"mail\":null}"})
    void leavesOutByDefault(String why, String json) throws IOException {
        JsonNode user = user(json);

        Optional<ContactRecord> record = source(UserSelection.DEFAULT).toRecord(user);

        assertThat(record).as(why).isEmpty();
    }

    @Test
    void keepsGuestsAndDisabledAccountsWhenThePolicySaysSo() throws IOException {
        UserSelection all = new UserSelection(true, true, List.of());

        Optional<ContactRecord> guest = source(all).toRecord(user("{\"id\":\"g2\",\"userType\":\"Guest\","
                + "\"mail\":\"ada@partner.example\"}"));
        Optional<ContactRecord> disabled = source(all).toRecord(user("{\"id\":\"d1\",\"accountEnabled\":false,"
                + "\"mail\":\"ada@contoso.example\"}"));

        assertThat(guest).isPresent();
        assertThat(disabled).isPresent();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
        "department, contains, service, true",
        "department, contains, sales, false",
        "department, equals, customer service, true",
        "department, equals, customer, false",
        "company, anyOf, Fabrikam;Contoso, true",
        "companyName, anyOf, Fabrikam;Litware, false",
        "userPrincipalName, contains, @contoso.example, true",
        "displayName, equals, Ada Beispiel, true",
        "displayName, contains, Núñez, false"})
    void appliesPolicyUserFilters(String field, String op, String values, boolean kept) throws IOException {
        UserFilter filter = new UserFilter(UserFilter.Field.fromPolicyName(field), UserFilter.Op.fromPolicyName(op),
                List.of(values.split(";")));

        Optional<ContactRecord> record = source(new UserSelection(false, false, List.of(filter)))
                .toRecord(user(MEMBER));

        assertThat(record.isPresent()).isEqualTo(kept);
    }

    @Test
    void readsEveryFieldAndKeepsUnreadableNumbers() throws IOException {
        byte[] page = GraphPageParserTest.ownPage();
        GraphPage parsed = new GraphPageParser().parse(new ByteArrayInputStream(page));

        ContactRecord ada = source(UserSelection.DEFAULT).toRecord(parsed.items().get(0)).orElseThrow();
        ContactRecord joerg = source(UserSelection.DEFAULT).toRecord(parsed.items().get(3)).orElseThrow();

        assertThat(ada.entraObjectId()).isEqualTo("5f1c2a7e-0b3d-4e8a-9c61-1a2b3c4d5e01");
        assertThat(ada.emails()).containsExactly("ada.beispiel@contoso.example", "ada@privat.example");
        assertThat(ada.phones()).extracting(p -> p.type(), p -> p.e164()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PhoneType.BUSINESS, "+49897104215"),
                org.assertj.core.groups.Tuple.tuple(PhoneType.MOBILE, "+491705550123"));
        assertThat(ada.office()).isEqualTo("München 2.14");
        assertThat(ada.lastModified()).isEqualTo(CLOCK.instant());
        assertThat(joerg.phones()).singleElement().satisfies(p -> {
            assertThat(p.raw()).isEqualTo("ask reception");
            assertThat(p.isNormalised()).isFalse();
        });
    }
}
