package app.contactshield.graphsync.model;

/** What kind of number a contact's phone entry is, as the source labelled it. */
public enum PhoneType {
    BUSINESS,
    MOBILE,
    HOME,
    FAX,
    OTHER
}
