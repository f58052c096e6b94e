package org.consigna.billing.domain.close;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.consigna.platform.wire.WireEnum;

/**
 * Where the lines of an entered PO differ from the sales order, for one item: quantity or unit price, an item the PO
 * lacks, or one the sales order lacks. Kept per PO number entered.
 */
@Entity
@Table(name = "billing_po_difference")
public class PoDifference {

    /** What differs. */
    public enum Kind implements WireEnum {
        QUANTITY, PRICE, MISSING, EXTRA
    }

    @Id
    private UUID id;

    @Column(name = "record_id")
    private UUID recordId;

    @Column(name = "po_number")
    private String poNumber;

    @Column(name = "item_id")
    private UUID itemId;

    private Kind kind;

    @Column(name = "order_quantity")
    private Integer orderQuantity;

    @Column(name = "po_quantity")
    private Integer poQuantity;

    @Column(name = "order_price")
    private BigDecimal orderPrice;

    @Column(name = "po_price")
    private BigDecimal poPrice;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected PoDifference() {
    }

    public PoDifference(UUID recordId, String poNumber, UUID itemId, Kind kind, Integer orderQuantity,
                        Integer poQuantity, BigDecimal orderPrice, BigDecimal poPrice, Instant now) {
        this.id = UUID.randomUUID();
        this.recordId = recordId;
        this.poNumber = poNumber;
        this.itemId = itemId;
        this.kind = kind;
        this.orderQuantity = orderQuantity;
        this.poQuantity = poQuantity;
        this.orderPrice = orderPrice;
        this.poPrice = poPrice;
        this.recordedAt = now;
    }

    public UUID recordId() {
        return recordId;
    }

    public String poNumber() {
        return poNumber;
    }

    public UUID itemId() {
        return itemId;
    }

    public Kind kind() {
        return kind;
    }

    public Integer orderQuantity() {
        return orderQuantity;
    }

    public Integer poQuantity() {
        return poQuantity;
    }

    public BigDecimal orderPrice() {
        return orderPrice;
    }

    public BigDecimal poPrice() {
        return poPrice;
    }
}
