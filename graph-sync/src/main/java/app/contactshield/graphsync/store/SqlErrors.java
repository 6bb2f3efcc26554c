package app.contactshield.graphsync.store;

import java.sql.SQLException;
import org.h2.api.ErrorCode;

/**
 * Turns SQL failures into {@link StoreException}s without the driver's message, which may quote stored values
 * (names, numbers) and so must not reach a log. Stateless.
 */
final class SqlErrors {
    /** The message key of a failure that only a damaged store file explains. */
    static final String DAMAGED = "store.error.damaged";

    private SqlErrors() {
    }

    /** Wraps a failure; one only a damaged file explains (pages that do not decode) is reported as damage. */
    static StoreException wrap(String userMessageKey, String what, SQLException e) {
        boolean damaged = e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1
                || e.getErrorCode() == ErrorCode.GENERAL_ERROR_1;
        return new StoreException(damaged ? DAMAGED : userMessageKey, what + " failed (H2 error " + e.getErrorCode()
                + ", SQL state " + e.getSQLState() + ")" + (damaged ? ": the store file is damaged" : ""));
    }
}
