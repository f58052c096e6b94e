package org.consigna.billing.domain.price;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** The rules of a unit price as entered (not negative, at most 4 decimals) and as captured (the currency's scale). */
public final class UnitPrices {

    /** Decimals a stored price keeps (numeric(19,4)); more is a typing slip, not a price. */
    public static final int STORED_SCALE = 4;
    /** Digits before the decimal point a stored price may have. */
    public static final int INTEGER_DIGITS = 15;

    private UnitPrices() {
    }

    /** The price rounded half-up to the currency's default fraction digits (JPY 0, USD 2, KWD 3). */
    public static BigDecimal round(BigDecimal price, String currencyCode) {
        int digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
        return price.setScale(Math.max(digits, 0), RoundingMode.HALF_UP);
    }

    /** Why this entered price is refused, or null when it is a price: not negative, at most 4 decimals, 15 digits. */
    public static String problemWith(BigDecimal price) {
        if (price == null) {
            return "a unit price is required";
        }
        if (price.signum() < 0) {
            return "a unit price is never negative; got " + price.toPlainString();
        }
        BigDecimal plain = price.stripTrailingZeros();
        if (plain.scale() > STORED_SCALE) {
            return "a unit price has at most " + STORED_SCALE + " decimals; got " + price.toPlainString();
        }
        if (plain.precision() - plain.scale() > INTEGER_DIGITS) {
            return "a unit price has at most " + INTEGER_DIGITS + " digits before the decimal point";
        }
        return null;
    }
}
