package org.consigna.platform.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.consigna.platform.problem.ProblemException;

/**
 * Where a page ended: the sort key values of its last row, named after the list (and order) that
 * handed it out, so a cursor of one list is refused by another. On the wire it is opaque:
 * base64url of {@code c1 NUL kind NUL value NUL value...}; database text never holds NUL.
 */
public final class Cursor {

    static final int MAX_LENGTH = 2048;
    private static final String VERSION = "c1";
    private static final char SEPARATOR = '\0';

    private final String kind;
    private final List<String> values;

    private Cursor(String kind, List<String> values) {
        this.kind = kind;
        this.values = values;
    }

    /** The cursor after a row whose sort key is {@code key}: instants, dates, UUIDs, numbers and text. */
    public static String encode(String kind, Object... key) {
        StringBuilder raw = new StringBuilder(VERSION).append(SEPARATOR).append(kind);
        for (Object value : key) {
            if (value == null || value.toString().indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("A sort key value is neither null nor holds NUL: " + value);
            }
            raw.append(SEPARATOR).append(value);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor this list handed out; anything else is a 400 naming the {@code cursor} parameter. */
    public static Cursor decode(String token, String kind, int keySize) {
        List<String> parts;
        try {
            if (token.length() > MAX_LENGTH) {
                throw refused();
            }
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            parts = new ArrayList<>(List.of(raw.split(String.valueOf(SEPARATOR), -1)));
        } catch (IllegalArgumentException e) {
            throw refused();
        }
        if (parts.size() != keySize + 2 || !parts.get(0).equals(VERSION) || !parts.get(1).equals(kind)) {
            throw refused();
        }
        return new Cursor(kind, List.copyOf(parts.subList(2, parts.size())));
    }

    public String kind() {
        return kind;
    }

    public String text(int index) {
        return values.get(index);
    }

    public Instant instant(int index) {
        return read(index, Instant::parse);
    }

    public LocalDate date(int index) {
        return read(index, LocalDate::parse);
    }

    public UUID uuid(int index) {
        return read(index, UUID::fromString);
    }

    public long number(int index) {
        return read(index, Long::parseLong);
    }

    private <T> T read(int index, Function<String, T> parser) {
        try {
            return parser.apply(values.get(index));
        } catch (RuntimeException e) {
            throw refused();
        }
    }

    /** The refusal of a cursor, for lists that check its values further. */
    public static ProblemException refused() {
        return new ProblemException(400, "invalid-cursor", "Bad request", "Query parameter 'cursor' is not a cursor this"
                + " list handed out (with the same order); start again without it", Map.of("parameter", "cursor"));
    }
}
