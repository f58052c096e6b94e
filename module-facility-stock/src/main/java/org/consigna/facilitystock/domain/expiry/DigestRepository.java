package org.consigna.facilitystock.domain.expiry;

import java.time.LocalDate;
import java.util.List;

/** Expiry digests by day. */
public interface DigestRepository {

    /** The day's digests: the admins' first, then custodians' by id. */
    List<ExpiryDigest> of(LocalDate day);

    /**
     * Writes the day's digests unless that day already has them (idempotent: a second run, or one racing it, adds
     * nothing); returns whether these were written.
     */
    boolean addDay(LocalDate day, List<ExpiryDigest> digests);
}
