package org.consigna.purchasing.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.consigna.platform.problem.ProblemException;

/**
 * Units of one item ordered for one recipient, and how many have arrived. Its need key (the recipient, the item and
 * the terms the quantity was computed from) is unique: the same need is never ordered twice.
 */
@Entity
@Table(name = "purchase_order_line")
public class PurchaseOrderLine {

    @Id
    private UUID id;

    @Column(name = "order_id")
    private UUID orderId;

    private int position;

    @Column(name = "custodian_id")
    private UUID recipientId;

    @Column(name = "item_id")
    private UUID itemId;

    @Column(name = "part_number")
    private String partNumber;

    private int quantity;

    private int received;

    @Column(name = "unit_cost")
    private BigDecimal unitCost;

    @Column(name = "need_key")
    private String needKey;

    private String explanation;

    @Column(name = "requisition_line_id")
    private UUID requisitionLineId;

    @Version
    private long version;

    protected PurchaseOrderLine() {
    }

    public PurchaseOrderLine(UUID orderId, int position, UUID recipientId, UUID itemId, String partNumber, int quantity,
                             BigDecimal unitCost, String needKey, String explanation, UUID requisitionLineId) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.position = position;
        this.recipientId = recipientId;
        this.itemId = itemId;
        this.partNumber = partNumber;
        this.quantity = quantity;
        this.unitCost = unitCost;
        this.needKey = needKey;
        this.explanation = explanation;
        this.requisitionLineId = requisitionLineId;
    }

    /** Records units arriving; more than the line still waits for is refused. */
    public void receive(int units, long orderNumber) {
        if (units < 1) {
            throw ProblemException.badRequest("invalid-quantity", "Receive at least one unit; got " + units);
        }
        if (units > remaining()) {
            throw new ProblemException(409, "over-receipt", "More than ordered", "Line " + position + " of purchase order "
                    + orderNumber + " waits for " + remaining() + " of " + quantity + "; " + units + " cannot be received",
                    Map.of("lineId", id.toString(), "remaining", remaining(), "requested", units));
        }
        this.received += units;
    }

    public int remaining() {
        return quantity - received;
    }

    public boolean complete() {
        return received == quantity;
    }

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public int position() {
        return position;
    }

    public UUID recipientId() {
        return recipientId;
    }

    public UUID itemId() {
        return itemId;
    }

    public String partNumber() {
        return partNumber;
    }

    public int quantity() {
        return quantity;
    }

    public int received() {
        return received;
    }

    public BigDecimal unitCost() {
        return unitCost;
    }

    public String explanation() {
        return explanation;
    }

    public UUID requisitionLineId() {
        return requisitionLineId;
    }
}
