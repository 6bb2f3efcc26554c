package app.contactshield.graphsync.model;

/** The fields of a person that consolidation takes from one source each; each remembers its source. */
public enum ContactField {
    DISPLAY_NAME,
    GIVEN_NAME,
    FAMILY_NAME,
    COMPANY,
    DEPARTMENT,
    JOB_TITLE,
    OFFICE,
    USER_PRINCIPAL_NAME
}
