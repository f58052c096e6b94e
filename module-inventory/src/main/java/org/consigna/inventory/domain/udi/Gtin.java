package org.consigna.inventory.domain.udi;

/**
 * GS1 mod-10 check digit arithmetic for GTINs.
 *
 * <p>Only the 14-digit form is considered valid: in a GS1 element string AI 01 is always 14
 * digits, so GTIN-8/12/13 appear there left-padded with zeros.
 */
public final class Gtin {

    public static final int LENGTH = 14;

    private Gtin() {
    }

    /**
     * Computes the check digit for the given digits (a GTIN without its last digit). Works for
     * any GS1 key length because weights are assigned from the right.
     *
     * @throws IllegalArgumentException if {@code payload} is empty or contains a non-digit
     */
    public static int checkDigit(CharSequence payload) {
        if (payload.length() == 0) {
            throw new IllegalArgumentException("payload is empty");
        }
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(payload.length() - 1 - i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit: '" + c + "'");
            }
            sum += (c - '0') * (i % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10;
    }

    /** True if {@code gtin} is exactly 14 ASCII digits whose last digit is the correct check digit. */
    public static boolean isValid(String gtin) {
        if (gtin == null || gtin.length() != LENGTH || !isDigits(gtin)) {
            return false;
        }
        return checkDigit(gtin.subSequence(0, LENGTH - 1)) == gtin.charAt(LENGTH - 1) - '0';
    }

    static boolean isDigits(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
