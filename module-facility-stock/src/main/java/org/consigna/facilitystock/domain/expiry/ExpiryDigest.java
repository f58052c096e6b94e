package org.consigna.facilitystock.domain.expiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One day's expiry digest for one recipient: a custodian (their own stock on hand) or the admins (everyone's). The
 * counts per band are what a mail will say; sending it comes with billing's outbox. Written once per recipient and day.
 */
@Entity
@Table(name = "expiry_digest")
public class ExpiryDigest {

    public static final String CUSTODIAN = "custodian";
    public static final String ADMINS = "admins";

    @Id
    private UUID id;

    @Column(name = "digest_date")
    private LocalDate digestDate;

    private String audience;

    @Column(name = "custodian_id")
    private UUID custodianId;

    @Column(name = "custodian_kind")
    private String custodianKind;

    @Column(name = "band30_devices")
    private int band30Devices;

    @Column(name = "band30_units")
    private int band30Units;

    @Column(name = "band60_devices")
    private int band60Devices;

    @Column(name = "band60_units")
    private int band60Units;

    @Column(name = "band90_devices")
    private int band90Devices;

    @Column(name = "band90_units")
    private int band90Units;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ExpiryDigest() {
    }

    /** @param custodianId the custodian, or null for the admins' digest */
    public ExpiryDigest(LocalDate digestDate, UUID custodianId, String custodianKind, BandCounts counts, Instant now) {
        this.id = UUID.randomUUID();
        this.digestDate = digestDate;
        this.audience = custodianId == null ? ADMINS : CUSTODIAN;
        this.custodianId = custodianId;
        this.custodianKind = custodianKind;
        this.band30Devices = counts.devices(ExpiryBand.DAYS_30);
        this.band30Units = counts.units(ExpiryBand.DAYS_30);
        this.band60Devices = counts.devices(ExpiryBand.DAYS_60);
        this.band60Units = counts.units(ExpiryBand.DAYS_60);
        this.band90Devices = counts.devices(ExpiryBand.DAYS_90);
        this.band90Units = counts.units(ExpiryBand.DAYS_90);
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public LocalDate digestDate() {
        return digestDate;
    }

    public String audience() {
        return audience;
    }

    public UUID custodianId() {
        return custodianId;
    }

    public String custodianKind() {
        return custodianKind;
    }

    public BandCounts counts() {
        return new BandCounts(new int[] {band30Devices, band60Devices, band90Devices},
                new int[] {band30Units, band60Units, band90Units});
    }

    public Instant createdAt() {
        return createdAt;
    }
}
