package org.consigna.billing.domain.price;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One item's price in a price list, with who set it last and when. */
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

    protected PriceListItem() {
    }

    public PriceListItem(UUID priceListId, UUID itemId, BigDecimal unitPrice, UUID setBy, Instant now) {
        this.id = UUID.randomUUID();
        this.priceListId = priceListId;
        this.itemId = itemId;
        change(unitPrice, setBy, now);
    }

    public void change(BigDecimal unitPrice, UUID setBy, Instant now) {
        this.unitPrice = unitPrice;
        this.setBy = setBy;
        this.setAt = now;
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
