package app.contactshield.desktop.card;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;

/** Writes a card as a vCard 4.0 (RFC 6350) with ez-vcard. */
public final class VCards {
    private VCards() {
    }

    /** The card as vCard 4.0 text. */
    public static String toVCard4(OwnCard card) {
        VCard vcard = new VCard();
        vcard.setFormattedName(card.displayName());
        if (!card.givenName().isEmpty() || !card.surname().isEmpty()) {
            StructuredName name = new StructuredName();
            name.setGiven(card.givenName());
            name.setFamily(card.surname());
            vcard.setStructuredName(name);
        }
        if (!card.companyName().isEmpty()) {
            vcard.setOrganization(card.companyName());
        }
        if (!card.jobTitle().isEmpty()) {
            vcard.addTitle(card.jobTitle());
        }
        for (String phone : card.businessPhones()) {
            Telephone tel = new Telephone(phone);
            tel.getTypes().add(TelephoneType.WORK);
            tel.getTypes().add(TelephoneType.VOICE);
            vcard.addTelephoneNumber(tel);
        }
        if (!card.mobilePhone().isEmpty()) {
            Telephone tel = new Telephone(card.mobilePhone());
            tel.getTypes().add(TelephoneType.CELL);
            vcard.addTelephoneNumber(tel);
        }
        if (!card.mail().isEmpty()) {
            vcard.addEmail(card.mail(), EmailType.WORK);
        }
        return Ezvcard.write(vcard).version(VCardVersion.V4_0).prodId(false).go();
    }
}
