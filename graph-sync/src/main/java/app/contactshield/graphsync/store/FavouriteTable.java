package app.contactshield.graphsync.store;

import app.contactshield.graphsync.model.PersonKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The SQL of the {@code favourite} table (schema version 4 adds its {@code position}): the user's favourites in the
 * order they gave them. The caller holds the store's lock for the connection and commits.
 */
final class FavouriteTable {
    private static final String SELECT_ORDERED = "SELECT person_key FROM favourite ORDER BY position, person_key";
    private static final String APPEND = "INSERT INTO favourite (person_key, position) "
            + "SELECT ?, (SELECT COALESCE(MAX(position) + 1, 0) FROM favourite) "
            + "WHERE NOT EXISTS (SELECT 1 FROM favourite WHERE person_key = ?)";
    private static final String MOVE = "UPDATE favourite SET position = ? WHERE person_key = ?";

    private FavouriteTable() {
    }

    /** One change of the table on the writer connection. */
    @FunctionalInterface
    interface Change {
        void apply(Connection db) throws SQLException;
    }

    /** Every favourite, first to last. */
    static List<PersonKey> ordered(Connection db) throws SQLException {
        List<PersonKey> keys = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(SELECT_ORDERED); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                keys.add(new PersonKey(rs.getString(1)));
            }
        }
        return keys;
    }

    /** Adds a favourite after the last one; one that is already a favourite keeps its place. */
    static void append(Connection db, PersonKey key) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(APPEND)) {
            insert.setString(1, key.value());
            insert.setString(2, key.value());
            insert.executeUpdate();
        }
    }

    /**
     * Puts the favourites in the given order. Keys that are not favourites are skipped; favourites left out keep
     * their order after the given ones.
     */
    static void reorder(Connection db, List<PersonKey> order) throws SQLException {
        List<PersonKey> current = ordered(db);
        Set<PersonKey> wanted = new LinkedHashSet<>();
        order.stream().filter(current::contains).forEach(wanted::add);
        wanted.addAll(current);
        try (PreparedStatement move = db.prepareStatement(MOVE)) {
            int position = 0;
            for (PersonKey key : wanted) {
                move.setInt(1, position++);
                move.setString(2, key.value());
                move.addBatch();
            }
            move.executeBatch();
        }
    }
}
