package app.contactshield.graphsync.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The signed-in demo user's profile, for the business card screen, in the shape of Graph's {@code GET /me}.
 * Invented data. Immutable.
 *
 * @param id                the Entra object id
 * @param displayName       display name
 * @param givenName         given name
 * @param surname           family name
 * @param jobTitle          job title
 * @param department        department
 * @param companyName       company
 * @param officeLocation    office
 * @param mail              e-mail address
 * @param userPrincipalName user principal name
 * @param businessPhones    business numbers as typed
 * @param mobilePhone       mobile number as typed
 * @param preferredLanguage language tag
 */
public record DemoProfile(String id, String displayName, String givenName, String surname, String jobTitle,
        String department, String companyName, String officeLocation, String mail, String userPrincipalName,
        List<String> businessPhones, String mobilePhone, String preferredLanguage) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public DemoProfile {
        businessPhones = List.copyOf(businessPhones);
    }

    /** The demo tenant's signed-in user. */
    public static DemoProfile standard() {
        return new DemoProfile("0d3c5a9e-7b1f-4c2a-9e61-5f0a2b8c4d17", "Ada Beispiel", "Ada", "Beispiel",
                "Head of Customer Service", "Customer Service", "Contoso", "München 2.14",
                "ada.beispiel@contoso.example",
                "ada.beispiel@contoso.example", List.of("+49 89 7104-215"), "+49 170 5550123", "de-DE");
    }

    /** The profile as Graph's {@code /me} JSON. */
    public String toGraphJson() {
        ObjectNode node = MAPPER.valueToTree(this);
        node.put("@odata.context", "https://graph.microsoft.com/v1.0/$metadata#users/$entity");
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
