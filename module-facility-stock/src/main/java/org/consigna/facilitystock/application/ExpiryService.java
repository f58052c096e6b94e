package org.consigna.facilitystock.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.facilitystock.domain.expiry.BandCounts;
import org.consigna.facilitystock.domain.expiry.DigestRepository;
import org.consigna.facilitystock.domain.expiry.ExpiryBand;
import org.consigna.facilitystock.domain.expiry.ExpiryDigest;
import org.consigna.inventory.api.StockQueries;
import org.consigna.inventory.api.StockQueries.ExpiringCount;

/**
 * Expiring stock on hand (consigned and facility stock; inactive devices never) in 30/60/90-day bands, and the daily
 * digest: one row per custodian holding expiring stock and one for the admins, written once per day.
 */
@ApplicationScoped
@Transactional
public class ExpiryService {

    @Inject
    StockQueries stock;

    @Inject
    DigestRepository digests;

    @Inject
    StockAccess access;

    /** One page of the band, soonest first, narrowed to what the caller sees. */
    public StockQueries.ExpiringPage band(ExpiryBand band, LocalDate today, StockQueries.ExpiringKey after, int limit) {
        return stock.expiring(band.after(today), band.until(today), access.visibleCustodians(), after, limit);
    }

    /** The day's digests as written (none before they are produced); the admins' row first. */
    public List<ExpiryDigest> digests(LocalDate day) {
        return digests.of(day);
    }

    /** Writes the day's digests unless they exist; returns whether this call wrote them. */
    public boolean produce(LocalDate day) {
        Map<UUID, BandCounts> perCustodian = new LinkedHashMap<>();
        Map<UUID, String> kinds = new LinkedHashMap<>();
        BandCounts everyone = new BandCounts();
        for (ExpiringCount count : stock.expiringCounts(ExpiryBand.DAYS_90.until(day))) {
            perCustodian.computeIfAbsent(count.custodianId(), c -> new BandCounts())
                    .add(count.expiry(), day, count.devices(), count.units());
            kinds.put(count.custodianId(), count.custodianKind().wire());
            everyone.add(count.expiry(), day, count.devices(), count.units());
        }
        Instant now = Instant.now();
        List<ExpiryDigest> rows = new ArrayList<>();
        rows.add(new ExpiryDigest(day, null, null, everyone, now));
        perCustodian.forEach((custodian, counts) -> rows.add(new ExpiryDigest(day, custodian, kinds.get(custodian),
                counts, now)));
        return digests.addDay(day, rows);
    }
}
