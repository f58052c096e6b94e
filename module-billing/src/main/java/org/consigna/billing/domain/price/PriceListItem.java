package org.consigna.billing.domain.price;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One item's price in a price list from the time it was set until another price replaced it; replaced prices stay as
 * history (one current price per list and item, the database enforces it).
 */
@Entity
@Table(name = "billing_price_list_item")
public class PriceListItem {

    @Id
    private UUID id;

    @Column(name = "price_list_id")
    private UUID priceListId;

    @Column(name = "item_id")
    private UUID itemId;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    @Column(name = "set_by")
    private UUID setBy;

    @Column(name = "set_at")
    private Instant setAt;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected PriceListItem() {
    }

    public PriceListItem(UUID priceListId, UUID itemId, BigDecimal unitPrice, UUID setBy, Instant now) {
        this.id = UUID.randomUUID();
        this.priceListId = priceListId;
        this.itemId = itemId;
        this.unitPrice = unitPrice;
        this.setBy = setBy;
        this.setAt = now;
    }

    /** Ends this price: the new one, set at {@code now}, is the list's price of the item from then on. */
    public void replace(Instant now) {
        this.replacedAt = now;
    }

    public Instant replacedAt() {
        return replacedAt;
    }

    public UUID priceListId() {
        return priceListId;
    }

    public UUID itemId() {
        return itemId;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public UUID setBy() {
        return setBy;
    }

    public Instant setAt() {
        return setAt;
    }
}
