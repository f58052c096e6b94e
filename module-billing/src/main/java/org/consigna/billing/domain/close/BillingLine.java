package org.consigna.billing.domain.close;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.consigna.billing.domain.price.PriceSource;
import org.consigna.platform.problem.ProblemException;

/**
 * One priced line of a billing record: a device of the event, its unit price (rounded to the currency's scale when
 * captured) and where the price came from; line total = unit price × quantity. A manual override keeps who, when, why.
 */
@Entity
@Table(name = "billing_line")
public class BillingLine {

    public static final int MAX_REASON = 500;

    @Id
    private UUID id;

    @Column(name = "record_id")
    private UUID recordId;

    private int position;

    @Column(name = "event_line_id")
    private UUID eventLineId;

    @Column(name = "item_id")
    private UUID itemId;

    @Column(name = "catalog_number")
    private String catalogNumber;

    private String description;

    private int quantity;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    @Column(name = "price_source")
    private PriceSource priceSource;

    @Column(name = "source_name")
    private String sourceName;

    @Column(name = "line_total")
    private BigDecimal lineTotal;

    @Column(name = "overridden_by")
    private UUID overriddenBy;

    @Column(name = "overridden_at")
    private Instant overriddenAt;

    @Column(name = "override_reason")
    private String overrideReason;

    @Version
    private long version;

    protected BillingLine() {
    }

    /** A line priced by the resolver; {@code unitPrice} is already rounded. */
    public BillingLine(UUID recordId, int position, UUID eventLineId, UUID itemId, String catalogNumber,
                       String description, int quantity, BigDecimal unitPrice, PriceSource source, String sourceName) {
        this.id = UUID.randomUUID();
        this.recordId = recordId;
        this.position = position;
        this.eventLineId = eventLineId;
        this.itemId = itemId;
        this.catalogNumber = catalogNumber;
        this.description = description;
        this.quantity = quantity;
        this.priceSource = source;
        this.sourceName = sourceName;
        setPrice(unitPrice);
    }

    /** A manual price: {@code roundedPrice} already at the currency's scale; the reason is required. */
    public void override(BigDecimal roundedPrice, String reason, UUID actor, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new ProblemException(422, "reason-required", "Reason required", "reason: say why the price is"
                    + " changed; nothing was changed", java.util.Map.of("field", "reason"));
        }
        if (roundedPrice.signum() < 0) {
            throw new ProblemException(422, "invalid-price", "Invalid price", "unitPrice: a price is not negative",
                    java.util.Map.of("field", "unitPrice"));
        }
        setPrice(roundedPrice);
        this.overriddenBy = actor;
        this.overriddenAt = now;
        this.overrideReason = reason.strip();
    }

    private void setPrice(BigDecimal rounded) {
        this.unitPrice = rounded;
        this.lineTotal = rounded == null ? null : rounded.multiply(BigDecimal.valueOf(quantity));
    }

    public UUID id() {
        return id;
    }

    public UUID recordId() {
        return recordId;
    }

    public int position() {
        return position;
    }

    public UUID eventLineId() {
        return eventLineId;
    }

    public UUID itemId() {
        return itemId;
    }

    public String catalogNumber() {
        return catalogNumber;
    }

    public String description() {
        return description;
    }

    public int quantity() {
        return quantity;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public PriceSource priceSource() {
        return priceSource;
    }

    public String sourceName() {
        return sourceName;
    }

    public BigDecimal lineTotal() {
        return lineTotal;
    }

    public boolean overridden() {
        return overriddenAt != null;
    }

    public UUID overriddenBy() {
        return overriddenBy;
    }

    public Instant overriddenAt() {
        return overriddenAt;
    }

    public String overrideReason() {
        return overrideReason;
    }
}
