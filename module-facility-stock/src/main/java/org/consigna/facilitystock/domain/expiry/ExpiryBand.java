package org.consigna.facilitystock.domain.expiry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.consigna.platform.input.QueryParameters;
import org.consigna.platform.wire.WireEnum;

/**
 * Expiry bands over stock on hand: within 30 days (the already expired included), 31 to 60, 61 to 90. Each band is
 * the days after the previous one's last day, so a device is in at most one band.
 */
public enum ExpiryBand implements WireEnum {
    DAYS_30(0, 30), DAYS_60(30, 60), DAYS_90(60, 90);

    private final int afterDays;
    private final int untilDays;

    ExpiryBand(int afterDays, int untilDays) {
        this.afterDays = afterDays;
        this.untilDays = untilDays;
    }

    /** {@code 30}, {@code 60}, {@code 90}. */
    @Override
    public String wire() {
        return String.valueOf(untilDays);
    }

    /** Last day a device may expire on to be in this band. */
    public LocalDate until(LocalDate today) {
        return today.plusDays(untilDays);
    }

    /** The band's lower bound, exclusive; null for the first band, which takes the already expired too. */
    public LocalDate after(LocalDate today) {
        return this == DAYS_30 ? null : today.plusDays(afterDays);
    }

    /** The band an expiry date falls in, seen from today; none beyond 90 days or without a date. */
    public static Optional<ExpiryBand> of(LocalDate expiry, LocalDate today) {
        if (expiry == null) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(today, expiry);
        for (ExpiryBand band : values()) {
            if (days <= band.untilDays) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }

    /** Reads {@code 30}, {@code 60} or {@code 90}; anything else is a 400 naming the parameter. */
    public static ExpiryBand parse(String value, String parameter) {
        for (ExpiryBand band : values()) {
            if (band.wire().equals(value)) {
                return band;
            }
        }
        throw QueryParameters.refused(parameter, "30, 60 or 90 (days)", value);
    }
}
