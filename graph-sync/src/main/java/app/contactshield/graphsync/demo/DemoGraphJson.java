package app.contactshield.graphsync.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;

/** Writes one demo person in the member shape of each Graph collection. Stateless. */
final class DemoGraphJson {

    private DemoGraphJson() {
    }

    static void writeUser(JsonGenerator json, DemoPerson person, String title, boolean changed) throws IOException {
        String upn = person.guest()
                ? person.email().replace('@', '_') + "#EXT#@contoso.onmicrosoft.example" : person.email();
        json.writeStringField("userPrincipalName", upn);
        if (person.unreachable()) {
            json.writeNullField("mail");
            json.writeArrayFieldStart("businessPhones");
            json.writeEndArray();
            json.writeNullField("mobilePhone");
        } else {
            json.writeStringField("mail", person.email());
            json.writeArrayFieldStart("businessPhones");
            json.writeString(person.businessDial());
            if (person.unreadable() != null) {
                json.writeString(person.unreadable());
            }
            json.writeEndArray();
            json.writeStringField("mobilePhone", changed ? null : person.mobile());
        }
        json.writeArrayFieldStart("otherMails");
        json.writeEndArray();
        if (person.index() % 10 == 3) {
            json.writeStringField("faxNumber", "+49 89 7104 0-99");
        } else {
            json.writeNullField("faxNumber");
        }
        json.writeStringField("companyName", person.company().name());
        json.writeStringField("department", changed ? "Customer Service" : person.department());
        json.writeStringField("jobTitle", title);
        json.writeStringField("officeLocation", person.office());
        json.writeBooleanField("accountEnabled", !person.disabled());
        json.writeStringField("userType", person.guest() ? "Guest" : "Member");
    }

    static void writeOrgContact(JsonGenerator json, DemoPerson person, String title, boolean changed)
            throws IOException {
        json.writeStringField("mail", person.email());
        json.writeStringField("companyName", person.company().name());
        json.writeStringField("department", person.department());
        json.writeStringField("jobTitle", title);
        json.writeArrayFieldStart("phones");
        writePhone(json, person.businessDialAsTypedBy(1), "business");
        if (person.mobile() != null && !changed) {
            writePhone(json, person.mobile(), "mobile");
        }
        if (person.index() % 7 == 0) {
            writePhone(json, person.company().directDial(0, 0), "businessFax");
        }
        if (person.unreadable() != null) {
            writePhone(json, person.unreadable(), "other");
        }
        json.writeEndArray();
        json.writeArrayFieldStart("addresses");
        json.writeStartObject();
        json.writeStringField("city", person.country().city());
        json.writeStringField("countryOrRegion", person.country().region());
        json.writeStringField("officeLocation", person.office());
        json.writeEndObject();
        json.writeEndArray();
    }

    static void writeOutlookContact(JsonGenerator json, DemoPerson person, String title, boolean changed,
            Instant modified) throws IOException {
        json.writeStringField("companyName", person.company().name());
        json.writeStringField("department", person.department());
        json.writeStringField("jobTitle", title);
        json.writeStringField("officeLocation", person.office());
        json.writeArrayFieldStart("emailAddresses");
        json.writeStartObject();
        json.writeStringField("name", person.displayName());
        json.writeStringField("address", person.email());
        json.writeEndObject();
        json.writeEndArray();
        json.writeArrayFieldStart("businessPhones");
        json.writeString(person.businessDialAsTypedBy(2));
        json.writeEndArray();
        json.writeArrayFieldStart("homePhones");
        if (person.index() % 3 == 0 && person.mobile() != null) {
            json.writeString(person.mobile());
        }
        json.writeEndArray();
        json.writeStringField("mobilePhone", changed ? null : person.mobile());
        json.writeStringField("lastModifiedDateTime", modified.toString());
    }

    private static void writePhone(JsonGenerator json, String number, String type) throws IOException {
        json.writeStartObject();
        json.writeStringField("number", number);
        json.writeStringField("type", type);
        json.writeEndObject();
    }
}
