package org.consigna.inventory.domain.udi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A GS1 Unique Device Identifier: the device identifier (GTIN) plus the production identifiers a
 * label may carry.
 *
 * @param gtin   14-digit GTIN with a valid check digit
 * @param lot    batch/lot number (AI 10), or {@code null} when absent
 * @param serial serial number (AI 21), or {@code null} when absent
 * @param expiry expiry date (AI 17), or {@code null} when absent
 * @param raw    the string exactly as it was scanned, kept for audit and re-parsing
 */
public record Udi(String gtin, String lot, String serial, LocalDate expiry, String raw) {

    public Udi {
        Objects.requireNonNull(gtin, "gtin");
        Objects.requireNonNull(raw, "raw");
        // Guarded here too so that a Udi built outside the parser can never hold a corrupt GTIN.
        if (!Gtin.isValid(gtin)) {
            throw new IllegalArgumentException("not a valid 14-digit GTIN: " + gtin);
        }
    }
}
