package org.consigna.billing.domain.salesorder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything a sales order shows, ready to print: names already resolved, the patient ID already masked as the tenant
 * allows, money already rounded. The renderer adds nothing but layout.
 *
 * @param eventName the event's name as its users know it, or null
 * @param poNumber null until the PO number is entered
 */
public record SalesOrderDocument(String tenantName, UUID eventId, String eventName, LocalDate date, String facilityName,
                                 List<String> facilityAddress, String surgeon, String rep, String patientId, List<Line> lines,
                                 BigDecimal total, String currency, List<Signature> signatures, String poNumber) {

    public SalesOrderDocument {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(currency, "currency");
        facilityAddress = facilityAddress == null ? List.of() : List.copyOf(facilityAddress);
        lines = List.copyOf(lines);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }

    /** One device used, priced. */
    public record Line(String catalogNumber, String description, String lotOrSerial, int quantity, BigDecimal unitPrice,
                       BigDecimal lineTotal) {
    }

    /**
     * One party's signature: a drawn image (PNG bytes) or the closing user's typed full name.
     *
     * @param party e.g. "Sales rep", "Provider representative"
     */
    public record Signature(String party, byte[] image, String typedName, String signedBy, Instant signedAt) {

        public boolean drawn() {
            return image != null && image.length > 0;
        }
    }
}
