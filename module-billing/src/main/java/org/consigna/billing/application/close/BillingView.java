package org.consigna.billing.application.close;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An event's billing as a reader sees it (the REST view, the sales order, mails).
 *
 * @param status        {@code closed}, {@code completed} or {@code voided}
 * @param sale          false for a non-sale case (it used facility stock): no PO, no invoice
 * @param poDifferences where the entered PO's lines differ from the sales order (empty without PO lines)
 */
public record BillingView(UUID recordId, UUID eventId, int submission, String status, UUID facilityId,
                          UUID representativeId, boolean sale, Instant closedAt, UUID closedBy, String currency,
                          List<Line> lines, BigDecimal total, List<SignatureView> signatures, String poNumber,
                          Instant poEnteredAt, boolean pricesEdited, List<Difference> poDifferences,
                          Long invoiceNumber) {

    public BillingView {
        lines = List.copyOf(lines);
        signatures = List.copyOf(signatures);
        poDifferences = List.copyOf(poDifferences);
    }

    /**
     * A priced line.
     *
     * @param lineId the event's line id
     * @param source {@code contract}, {@code price-list} or {@code list-price}; null for a price only set by hand
     */
    public record Line(UUID lineId, UUID itemId, String catalogNumber, String description, int quantity,
                       BigDecimal unitPrice, String source, String sourceName, BigDecimal lineTotal, boolean overridden,
                       UUID overriddenBy, Instant overriddenAt, String overrideReason) {
    }

    /**
     * A party's signature.
     *
     * @param party {@code rep} or {@code provider}
     * @param kind  {@code drawn} (with the PNG image) or {@code typed} (with the typed name)
     */
    public record SignatureView(String party, String kind, byte[] image, String typedName, UUID signedBy,
                                Instant signedAt) {
    }

    /** A difference between the PO's lines and the sales order: {@code quantity}, {@code price}, {@code missing}, {@code extra}. */
    public record Difference(UUID itemId, String kind, Integer orderQuantity, Integer poQuantity, BigDecimal orderPrice,
                             BigDecimal poPrice) {
    }
}
