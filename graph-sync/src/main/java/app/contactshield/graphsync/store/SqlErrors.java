package app.contactshield.graphsync.store;

import java.sql.SQLException;

/**
 * Turns SQL failures into {@link StoreException}s without the driver's message, which may quote stored values
 * (names, numbers) and so must not reach a log. Stateless.
 */
final class SqlErrors {

    private SqlErrors() {
    }

    static StoreException wrap(String userMessageKey, String what, SQLException e) {
        return new StoreException(userMessageKey,
                what + " failed (H2 error " + e.getErrorCode() + ", SQL state " + e.getSQLState() + ")");
    }
}
