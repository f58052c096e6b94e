package org.consigna.inventory.infrastructure;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Inserts many rows in the given order with PostgreSQL's COPY, the fastest way in (a bulk receipt
 * writes ten thousand devices and as many ledger rows); multi-row INSERTs when the connection is no
 * PostgreSQL one. Order is kept either way, so the ledger's {@code seq} follows the caller's order.
 */
final class BulkInsert {

    /** Below this, a multi-row INSERT is as quick and needs no unwrapping. */
    private static final int COPY_FROM = 200;

    private final String table;
    private final List<String> columns;

    BulkInsert(String table, List<String> columns) {
        this.table = table;
        this.columns = columns;
    }

    void insert(Connection connection, List<Object[]> rows) throws SQLException {
        if (rows.size() >= COPY_FROM && connection.isWrapperFor(PGConnection.class)) {
            copy(connection.unwrap(PGConnection.class), rows);
        } else {
            new MultiRowInsert(table, columns).insert(connection, rows);
        }
    }

    private void copy(PGConnection connection, List<Object[]> rows) throws SQLException {
        StringBuilder data = new StringBuilder(rows.size() * columns.size() * 24);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    data.append('\t');
                }
                append(data, row[i]);
            }
            data.append('\n');
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        try {
            connection.getCopyAPI().copyIn(sql, new StringReader(data.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }

    /** COPY's text format: \N is null; backslash, tab, newline and carriage return are escaped. */
    private static void append(StringBuilder data, Object value) {
        if (value == null) {
            data.append("\\N");
            return;
        }
        String text = value instanceof OffsetDateTime time ? time.toString() : value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> data.append("\\\\");
                case '\t' -> data.append("\\t");
                case '\n' -> data.append("\\n");
                case '\r' -> data.append("\\r");
                default -> data.append(c);
            }
        }
    }
}
