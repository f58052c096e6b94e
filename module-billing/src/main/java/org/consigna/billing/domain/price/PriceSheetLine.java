package org.consigna.billing.domain.price;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One contract price of a price sheet, with the row of the uploaded file it came from; never changed. */
@Entity
@Table(name = "billing_price_sheet_line")
public class PriceSheetLine {

    @Id
    private UUID id;

    @Column(name = "sheet_id")
    private UUID sheetId;

    @Column(name = "row_number")
    private int rowNumber;

    @Column(name = "item_id")
    private UUID itemId;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    protected PriceSheetLine() {
    }

    public PriceSheetLine(UUID sheetId, int row, UUID itemId, BigDecimal unitPrice) {
        this.id = UUID.randomUUID();
        this.sheetId = sheetId;
        this.rowNumber = row;
        this.itemId = itemId;
        this.unitPrice = unitPrice;
    }

    public UUID sheetId() {
        return sheetId;
    }

    public int row() {
        return rowNumber;
    }

    public UUID itemId() {
        return itemId;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }
}
