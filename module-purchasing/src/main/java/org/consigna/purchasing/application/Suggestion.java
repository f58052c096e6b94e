package org.consigna.purchasing.application;

import java.math.BigDecimal;
import java.util.UUID;
import org.consigna.inventory.api.InventoryCatalog.ItemSummary;
import org.consigna.purchasing.domain.replenishment.Need;

/**
 * A need with what is needed to order it: the recipient's and item's names and the vendor it would go to, found
 * override first, then template, then the item's preferred vendor ({@code vendorSource} says which).
 */
public record Suggestion(Need need, String recipientName, ItemSummary item, UUID vendorId, String vendorName,
                         String vendorSource, String partNumber, BigDecimal unitCost) {
}
