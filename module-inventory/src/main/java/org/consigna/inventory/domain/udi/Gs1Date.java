package org.consigna.inventory.domain.udi;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** Decoding of GS1 YYMMDD date fields (AIs 11, 17). */
final class Gs1Date {

    private Gs1Date() {
    }

    /**
     * Decodes six digits as YYMMDD; day {@code 00} stands for the last day of the month, as GS1
     * allows for products whose expiry is stated only to the month.
     *
     * @return the date, or empty if month or day is out of range
     */
    static Optional<LocalDate> decode(String yymmdd, int currentYear) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int mm = Integer.parseInt(yymmdd.substring(2, 4));
        int dd = Integer.parseInt(yymmdd.substring(4, 6));
        try {
            YearMonth month = YearMonth.of(fullYear(yy, currentYear), mm);
            return Optional.of(dd == 0 ? month.atEndOfMonth() : month.atDay(dd));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * GS1 General Specifications 7.12: a two-digit year resolves to the year within -49..+50 of
     * the current year, so labels keep working across the 2099/2100 boundary.
     */
    static int fullYear(int yy, int currentYear) {
        int century = Math.floorDiv(currentYear, 100) * 100;
        int difference = yy - Math.floorMod(currentYear, 100);
        if (difference > 50) {
            century -= 100;
        } else if (difference < -49) {
            century += 100;
        }
        return century + yy;
    }
}
