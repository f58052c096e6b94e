package org.consigna.billing.application.close;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a closing sends: the review of its lines (optional price overrides), the two signatures, an optional PO number
 * and an optional replenishment request.
 *
 * @param replenishAll  replace every billed device in the representative's custody (else only {@code replenishLines})
 * @param replenishFrom the custodian whose stock a pending transfer to the representative replaces them from; null:
 *                      a replenishment request for purchasing
 */
public record CloseCommand(List<LineReview> lines, SignatureInput rep, SignatureInput provider, String poNumber,
                           boolean replenishAll, List<UUID> replenishLines, UUID replenishFrom) {

    public CloseCommand {
        lines = lines == null ? List.of() : List.copyOf(lines);
        replenishLines = replenishLines == null ? List.of() : List.copyOf(replenishLines);
    }

    /** A reviewed line: the event's line id and, to override its price, the unit price and why. */
    public record LineReview(UUID lineId, BigDecimal unitPrice, String reason) {
    }

    /** A base64 PNG drawn on screen, or the signer's full name typed by the closing user. */
    public record SignatureInput(String drawn, String typedName) {
    }
}
