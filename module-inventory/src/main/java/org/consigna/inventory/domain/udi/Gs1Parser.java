package org.consigna.inventory.domain.udi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Parses GS1 UDI strings as produced by barcode scanners into a {@link Udi}.
 *
 * <p>Accepted input: FNC1-delimited element strings, optionally preceded by a GS1 symbology
 * identifier ({@code ]C1} GS1-128, {@code ]d2} DataMatrix, {@code ]e0} DataBar, {@code ]Q3} QR)
 * and/or a leading group separator, or the human-readable form with parenthesised AIs. In the
 * human-readable form '(' always starts the next AI, so it cannot appear inside a value.
 *
 * <p>Supported AIs: 01 (required), 10, 17, 21 go into the {@link Udi}; 11, 30 and 240 are
 * validated and skipped. Every other AI is rejected: guessing at its length would risk silently
 * mis-reading the fields that follow.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Gs1Parser {

    private static final Set<String> SYMBOLOGY_IDENTIFIERS = Set.of("]C1", "]d2", "]e0", "]Q3");

    private final Clock clock;

    public Gs1Parser() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock decides the century of two-digit years (GS1 sliding window) */
    public Gs1Parser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @throws Gs1ParseException if {@code raw} is not a valid GS1 UDI string
     */
    public Udi parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        int start = dataStart(raw);
        if (start == raw.length()) {
            throw new Gs1ParseException(start == 0 ? "input is empty" : "no data after prefix", start);
        }
        int currentYear = LocalDate.now(clock).getYear();
        ElementReader reader = new ElementReader(raw, start);
        Map<ApplicationIdentifier, String> values = new EnumMap<>(ApplicationIdentifier.class);
        LocalDate expiry = null;
        while (reader.hasNext()) {
            int aiPosition = reader.position();
            ApplicationIdentifier ai = reader.nextIdentifier();
            if (values.containsKey(ai)) {
                throw new Gs1ParseException("duplicate application identifier '" + ai.code + "'", aiPosition);
            }
            int valuePosition = reader.position();
            String value = reader.nextValue(ai);
            switch (ai) {
                case GTIN -> checkGtin(value, valuePosition);
                case EXPIRY -> expiry = date(ai, value, currentYear, valuePosition);
                case PRODUCTION_DATE -> date(ai, value, currentYear, valuePosition);
                default -> { }
            }
            values.put(ai, value);
        }
        if (!values.containsKey(ApplicationIdentifier.GTIN)) {
            throw new Gs1ParseException("GTIN (AI 01) is missing", start);
        }
        return new Udi(values.get(ApplicationIdentifier.GTIN), values.get(ApplicationIdentifier.LOT),
                values.get(ApplicationIdentifier.SERIAL), expiry, raw);
    }

    /** Offset of the first AI: past a symbology identifier and an FNC1-in-first-position GS. */
    private static int dataStart(String raw) {
        int start = 0;
        if (raw.startsWith("]")) {
            String prefix = raw.substring(0, Math.min(3, raw.length()));
            if (!SYMBOLOGY_IDENTIFIERS.contains(prefix)) {
                throw new Gs1ParseException("unsupported symbology identifier '" + prefix + "'", 0);
            }
            start = prefix.length();
        }
        if (start < raw.length() && raw.charAt(start) == ElementReader.GS) {
            start++;
        }
        return start;
    }

    private static void checkGtin(String gtin, int position) {
        int expected = Gtin.checkDigit(gtin.substring(0, Gtin.LENGTH - 1));
        int actual = gtin.charAt(Gtin.LENGTH - 1) - '0';
        if (actual != expected) {
            throw new Gs1ParseException(
                    "GTIN check digit is " + actual + ", expected " + expected, position);
        }
    }

    private static LocalDate date(ApplicationIdentifier ai, String value, int currentYear, int position) {
        return Gs1Date.decode(value, currentYear).orElseThrow(() -> new Gs1ParseException(
                ai.label + " " + value + " is not a valid YYMMDD date", position));
    }
}
