package org.consigna.purchasing.application;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.consigna.platform.web.CsvWriter;
import org.consigna.purchasing.domain.order.PurchaseOrder;
import org.consigna.purchasing.domain.order.PurchaseOrderLine;

/** A purchase order as the CSV a vendor without an ordering connector gets (downloaded or attached to the e-mail). */
public final class PurchaseOrderCsv {

    private static final String[] HEADER = {"po_number", "line", "part_number", "item_id", "quantity", "received",
        "unit_cost", "recipient_id"};

    private PurchaseOrderCsv() {
    }

    public static void write(PurchaseOrder order, List<PurchaseOrderLine> lines, OutputStream out) {
        try (CsvWriter csv = CsvWriter.to(out, HEADER)) {
            for (PurchaseOrderLine l : lines) {
                csv.row(order.number(), l.position(), l.partNumber(), l.itemId(), l.quantity(), l.received(), l.unitCost(),
                        l.recipientId());
            }
        }
    }

    public static byte[] of(PurchaseOrder order, List<PurchaseOrderLine> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(order, lines, out);
        return out.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    }
}
