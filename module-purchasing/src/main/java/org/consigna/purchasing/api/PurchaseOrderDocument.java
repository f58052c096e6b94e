package org.consigna.purchasing.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A purchase order as a vendor receives it. */
public record PurchaseOrderDocument(String tenantId, UUID orderId, long number, String vendorName, List<Line> lines) {

    public PurchaseOrderDocument {
        lines = List.copyOf(lines);
    }

    /** Units of one item, delivered to one recipient. */
    public record Line(int position, String catalogNumber, String partNumber, String description, int quantity,
                       BigDecimal unitCost, String deliverTo) {
    }
}
