package app.contactshield.callerid.link;

/** A command to the paired phone failed or the link could not be set up. */
public class PhoneLinkException extends Exception {
    private static final long serialVersionUID = 1L;

    public PhoneLinkException(String message) {
        super(message);
    }

    public PhoneLinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
