package org.consigna.facilitystock.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.consigna.facilitystock.application.FacilityStockService.FacilityStock;
import org.consigna.facilitystock.application.FacilityStockService.ItemStock;
import org.consigna.facilitystock.domain.expiry.BandCounts;
import org.consigna.facilitystock.domain.expiry.ExpiryBand;
import org.consigna.facilitystock.domain.par.LowLevelAlert;
import org.consigna.facilitystock.domain.par.ParLevel;
import org.consigna.inventory.api.DeviceSummary;

/** Facility stock, par levels and alerts as clients see them. */
public final class StockViews {

    private StockViews() {
    }

    /** Units of stock expiring within 30 days (the expired included), in 31 to 60 and in 61 to 90 days. */
    public record Expiring(int within30, int within60, int within90) {

        static Expiring of(BandCounts counts) {
            return new Expiring(counts.units(ExpiryBand.DAYS_30), counts.units(ExpiryBand.DAYS_60),
                    counts.units(ExpiryBand.DAYS_90));
        }
    }

    /** A device as a stock list shows it, with the address of its ledger history. */
    public record StockDevice(UUID id, String serial, String lot, LocalDate expiry, int quantity, String status,
                              UUID custodianId, String custodianName, UUID facilityId, String history) {

        static StockDevice of(DeviceSummary d, String tenant) {
            return new StockDevice(d.id(), d.serial(), d.lot(), d.expiry(), d.quantity(), d.status().wire(),
                    d.custodianId(), d.custodianName(), d.facilityId(),
                    "/api/t/" + tenant + "/inventory/devices/" + d.id() + "/history");
        }
    }

    public record ItemLine(UUID itemId, String catalogNumber, String description, int onHand, Integer par,
                           boolean belowPar, Expiring expiring, List<StockDevice> devices) {

        static ItemLine of(ItemStock s, String tenant) {
            return new ItemLine(s.item().id(), s.item().catalogNumber(), s.item().description(), s.onHand(), s.par(),
                    s.belowPar(), Expiring.of(s.expiring()), s.devices().stream().map(d -> StockDevice.of(d, tenant)).toList());
        }
    }

    /** Facility stock of one facility per item, as of {@code today} (UTC) for the expiry bands. */
    public record FacilityStockView(UUID facilityId, String facilityName, LocalDate today, List<ItemLine> items) {

        static FacilityStockView of(FacilityStock s, String tenant) {
            return new FacilityStockView(s.facilityId(), s.facilityName(), s.today(),
                    s.items().stream().map(i -> ItemLine.of(i, tenant)).toList());
        }
    }

    public record ParLevelView(UUID facilityId, UUID itemId, int par, UUID setBy, Instant setAt) {

        static ParLevelView of(ParLevel p) {
            return new ParLevelView(p.facilityId(), p.itemId(), p.par(), p.setBy(), p.setAt());
        }
    }

    /** A low-level alert; {@code outstanding} until the level recovered to par. */
    public record AlertView(UUID id, UUID facilityId, UUID itemId, int par, int onHand, Instant raisedAt,
                            UUID raisedByEventId, boolean acknowledged, UUID acknowledgedBy, Instant acknowledgedAt,
                            boolean outstanding, Instant recoveredAt) {

        static AlertView of(LowLevelAlert a) {
            return new AlertView(a.id(), a.facilityId(), a.itemId(), a.par(), a.onHand(), a.raisedAt(),
                    a.raisedByEventId(), a.acknowledgedBy() != null, a.acknowledgedBy(), a.acknowledgedAt(),
                    a.outstanding(), a.recoveredAt());
        }
    }
}
