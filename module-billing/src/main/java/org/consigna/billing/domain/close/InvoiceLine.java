package org.consigna.billing.domain.close;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One line of an invoice, copied from the sales order line when the invoice was made. */
@Entity
@Table(name = "billing_invoice_line")
public class InvoiceLine {

    @Id
    private UUID id;

    @Column(name = "invoice_id")
    private UUID invoiceId;

    private int position;

    @Column(name = "item_id")
    private UUID itemId;

    @Column(name = "catalog_number")
    private String catalogNumber;

    private String description;

    private int quantity;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    @Column(name = "line_total")
    private BigDecimal lineTotal;

    protected InvoiceLine() {
    }

    public InvoiceLine(Invoice invoice, BillingLine line) {
        this.id = UUID.randomUUID();
        this.invoiceId = invoice.id();
        this.position = line.position();
        this.itemId = line.itemId();
        this.catalogNumber = line.catalogNumber();
        this.description = line.description();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.lineTotal = line.lineTotal();
    }

    public UUID invoiceId() {
        return invoiceId;
    }

    public int position() {
        return position;
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

    public BigDecimal lineTotal() {
        return lineTotal;
    }
}
