package org.consigna.facilitystock.domain.commission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.consigna.platform.problem.ProblemException;

/** Percentages of commission rules: 0 to 100 with at most two decimals. */
public final class Percent {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** The value, or a 422 naming the field. */
    public static BigDecimal require(String field, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new ProblemException(422, "invalid-percent", "Invalid percentage", "'" + field
                    + "' must be a percentage from 0 to 100 with at most two decimals, not " + value,
                    Map.of("field", field));
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** {@code amount × percent / 100}, unrounded. */
    static BigDecimal of(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(HUNDRED);
    }
}
