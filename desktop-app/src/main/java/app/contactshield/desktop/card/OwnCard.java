package app.contactshield.desktop.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The signed-in user's own card, in the shape of Graph's {@code /me}. Text fields are empty when Graph did not send
 * them.
 *
 * @param displayName    the name to show
 * @param givenName      given name
 * @param surname        family name
 * @param jobTitle       job title
 * @param companyName    company
 * @param mail           e-mail address
 * @param businessPhones business numbers, as Graph wrote them
 * @param mobilePhone    mobile number
 * @param officeLocation office
 */
public record OwnCard(
        String displayName,
        String givenName,
        String surname,
        String jobTitle,
        String companyName,
        String mail,
        List<String> businessPhones,
        String mobilePhone,
        String officeLocation) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public OwnCard {
        displayName = clean(displayName);
        givenName = clean(givenName);
        surname = clean(surname);
        jobTitle = clean(jobTitle);
        companyName = clean(companyName);
        mail = clean(mail);
        businessPhones = businessPhones == null ? List.of()
                : businessPhones.stream().map(OwnCard::clean).filter(p -> !p.isEmpty()).toList();
        mobilePhone = clean(mobilePhone);
        officeLocation = clean(officeLocation);
    }

    /**
     * Reads a Graph {@code /me} response body.
     *
     * @throws IOException when the body is not a JSON object
     */
    public static OwnCard fromGraphMe(String json) throws IOException {
        JsonNode me = JSON.readTree(Objects.requireNonNull(json, "json"));
        if (me == null || !me.isObject()) {
            throw new IOException("A /me response must be a JSON object; got " + (me == null ? "nothing"
                    : me.getNodeType()));
        }
        List<String> phones = new ArrayList<>();
        me.path("businessPhones").forEach(p -> phones.add(p.asText("")));
        return new OwnCard(text(me, "displayName"), text(me, "givenName"), text(me, "surname"),
                text(me, "jobTitle"), text(me, "companyName"), text(me, "mail"), phones, text(me, "mobilePhone"),
                text(me, "officeLocation"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText("");
    }

    private static String clean(String value) {
        return value == null ? "" : value.trim();
    }
}
