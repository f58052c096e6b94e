package org.consigna.facilitystock.domain.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The dashboard's monthly rollups and what each event submission added to them (so a reopen takes exactly that
 * back). Written in the caller's transaction.
 */
public interface SalesRollups {

    /** Records what a submission adds and adds it to every dimension's rollup, in key order. */
    void add(UUID eventId, int submission, Map<SalesTally.Key, Amounts> tally);

    /** Takes back what the event's submissions not yet taken back added, and marks them taken back. */
    void takeBack(UUID eventId);

    /** The dimension's rows over the months {@code from}..{@code to} (first days), summed per key. */
    List<Row> totals(Dimension dimension, LocalDate from, LocalDate to);

    /** One group: a facility, item or rep id, or for {@link Dimension#MONTH} the month's first day. */
    record Row(UUID keyId, LocalDate month, Amounts amounts) {
    }
}
