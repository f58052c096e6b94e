package org.consigna.facilitystock.domain.expiry;

import java.time.LocalDate;

/** Devices and units per expiry band, added up from stock on hand. */
public final class BandCounts {

    private final int[] devices;
    private final int[] units;

    public BandCounts() {
        this(new int[ExpiryBand.values().length], new int[ExpiryBand.values().length]);
    }

    BandCounts(int[] devices, int[] units) {
        this.devices = devices;
        this.units = units;
    }

    /** Counts stock expiring on {@code expiry} in its band, if it has one, seen from today. */
    public void add(LocalDate expiry, LocalDate today, long deviceCount, long unitCount) {
        ExpiryBand.of(expiry, today).ifPresent(band -> {
            devices[band.ordinal()] += (int) deviceCount;
            units[band.ordinal()] += (int) unitCount;
        });
    }

    public int devices(ExpiryBand band) {
        return devices[band.ordinal()];
    }

    public int units(ExpiryBand band) {
        return units[band.ordinal()];
    }

    public boolean isEmpty() {
        for (int d : devices) {
            if (d > 0) {
                return false;
            }
        }
        return true;
    }
}
