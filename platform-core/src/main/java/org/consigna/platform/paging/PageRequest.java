package org.consigna.platform.paging;

import java.util.Map;
import org.consigna.platform.problem.ProblemException;

/**
 * What page of a list a client asks for: after {@code cursor} (null: the first page), at most
 * {@code limit} rows. Repositories fetch {@link #fetchSize()} rows so {@link Page#of} knows whether
 * another page follows without counting.
 */
public record PageRequest(String cursor, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw invalidLimit();
        }
        cursor = cursor == null || cursor.isBlank() ? null : cursor.trim();
    }

    /** From the query parameters as sent; a limit that is not a number from 1 to the maximum is a 400 naming it. */
    public static PageRequest of(String cursor, String limit) {
        if (limit == null || limit.isBlank()) {
            return new PageRequest(cursor, DEFAULT_LIMIT);
        }
        try {
            return new PageRequest(cursor, Integer.parseInt(limit.trim()));
        } catch (NumberFormatException e) {
            throw invalidLimit();
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(null, limit);
    }

    /** The cursor, read for the list {@code kind} with {@code keySize} sort values; null on the first page. */
    public Cursor after(String kind, int keySize) {
        return cursor == null ? null : Cursor.decode(cursor, kind, keySize);
    }

    /** One row more than the page holds: its presence says a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }

    private static ProblemException invalidLimit() {
        return new ProblemException(400, "invalid-parameter", "Bad request", "Query parameter 'limit' must be a number"
                + " from 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")", Map.of("parameter", "limit"));
    }
}
