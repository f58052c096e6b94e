package org.consigna.inventory.domain.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.UUID;
import org.consigna.inventory.domain.Wire;
import org.consigna.inventory.domain.udi.Gtin;
import org.consigna.platform.problem.ProblemException;

/**
 * A catalog item: what a device is an instance of. Its tracking never changes once created, since
 * devices were received under it.
 */
@Entity
@Table(name = "item")
public class Item {

    @Id
    private UUID id;

    @Column(name = "product_line_id")
    private UUID productLineId;

    @Column(name = "catalog_number")
    private String catalogNumber;

    private String description;

    private String gtin;

    private Tracking tracking;

    @Column(name = "single_use")
    private boolean singleUse;

    @Column(name = "list_price")
    private BigDecimal listPrice;

    private boolean active;

    @Version
    private long version;

    protected Item() {
    }

    public Item(UUID productLineId, String catalogNumber, String description, String gtin, Tracking tracking,
                boolean singleUse, BigDecimal listPrice) {
        this.id = UUID.randomUUID();
        this.tracking = tracking;
        change(productLineId, catalogNumber, description, gtin, singleUse, listPrice, true);
    }

    public void change(UUID productLineId, String catalogNumber, String description, String gtin, boolean singleUse,
                       BigDecimal listPrice, boolean active) {
        if (listPrice != null && listPrice.signum() < 0) {
            throw ProblemException.badRequest("invalid-price", "A list price cannot be negative");
        }
        this.productLineId = productLineId;
        this.catalogNumber = catalogNumber.trim();
        this.description = description.trim();
        this.gtin = normalizeGtin(gtin);
        this.singleUse = singleUse;
        this.listPrice = listPrice;
        this.active = active;
    }

    /** GTIN-8, -12, -13 and -14 are accepted and stored as 14 digits, the form a UDI carries (AI 01). */
    public static String normalizeGtin(String gtin) {
        if (gtin == null || gtin.isBlank()) {
            return null;
        }
        String digits = gtin.trim();
        if (!digits.matches("\\d{8}|\\d{12,14}")) {
            throw ProblemException.badRequest("invalid-gtin", "GTIN '" + gtin + "' must have 8, 12, 13 or 14 digits");
        }
        String padded = "0".repeat(Gtin.LENGTH - digits.length()) + digits;
        if (!Gtin.isValid(padded)) {
            int expected = Gtin.checkDigit(padded.substring(0, Gtin.LENGTH - 1));
            throw ProblemException.badRequest("invalid-gtin", "GTIN '" + gtin + "' has a wrong check digit: expected " + expected);
        }
        return padded;
    }

    public void requireActive() {
        if (!active) {
            throw ProblemException.conflict("item-inactive", "Item " + catalogNumber
                    + " is retired from the catalog; no devices can be received under it");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID productLineId() {
        return productLineId;
    }

    public String catalogNumber() {
        return catalogNumber;
    }

    public String description() {
        return description;
    }

    public String gtin() {
        return gtin;
    }

    public Tracking tracking() {
        return tracking;
    }

    public String trackingWire() {
        return Wire.of(tracking);
    }

    public boolean singleUse() {
        return singleUse;
    }

    public BigDecimal listPrice() {
        return listPrice;
    }

    public boolean active() {
        return active;
    }
}
