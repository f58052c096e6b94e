package org.consigna.inventory.domain.udi;

/**
 * The GS1 application identifiers this parser understands.
 *
 * <p>Deliberately a closed list: device labels in practice carry only these, and rejecting
 * everything else (e.g. 7003, 422) means a mis-scan or a non-UDI barcode fails loudly instead of
 * yielding a half-parsed identifier.
 */
enum ApplicationIdentifier {
    GTIN("01", "GTIN", 14, true, true),
    LOT("10", "lot", 20, false, false),
    PRODUCTION_DATE("11", "production date", 6, true, true),
    EXPIRY("17", "expiry date", 6, true, true),
    SERIAL("21", "serial", 20, false, false),
    QUANTITY("30", "quantity", 8, false, true),
    ADDITIONAL_PRODUCT_ID("240", "additional product id", 30, false, false);

    final String code;
    final String label;
    /** Exact length when {@link #fixed}, otherwise the maximum length. */
    final int length;
    final boolean fixed;
    final boolean numeric;

    ApplicationIdentifier(String code, String label, int length, boolean fixed, boolean numeric) {
        this.code = code;
        this.label = label;
        this.length = length;
        this.fixed = fixed;
        this.numeric = numeric;
    }

    /** The identifier with exactly this code, or {@code null}. */
    static ApplicationIdentifier byCode(String code) {
        for (ApplicationIdentifier ai : values()) {
            if (ai.code.equals(code)) {
                return ai;
            }
        }
        return null;
    }

    /**
     * The identifier that {@code s} starts with at {@code from}, or {@code null}. GS1 AIs form a
     * prefix-free code, so at most one can match.
     */
    static ApplicationIdentifier atStartOf(String s, int from) {
        for (ApplicationIdentifier ai : values()) {
            if (s.startsWith(ai.code, from)) {
                return ai;
            }
        }
        return null;
    }

    /**
     * How many characters of an unrecognised identifier to show in an error. Its real length is
     * unknown, so assume two, or the length of a supported AI sharing its first two digits (so
     * "241" is reported rather than a misleading "24").
     */
    static int guessCodeLength(String s, int from) {
        for (ApplicationIdentifier ai : values()) {
            if (s.startsWith(ai.code.substring(0, 2), from)) {
                return ai.code.length();
            }
        }
        return 2;
    }
}
