package org.consigna.connector;

import org.consigna.purchasing.api.PurchaseOrderDocument;
import org.consigna.purchasing.api.VendorConnector;

/**
 * A test-only electronic ordering connector, {@code test-edi}: answers a reference naming the order and its lines
 * ({@code EDI-<number>-<lines>x<units>}), and fails for a vendor whose name says it is offline.
 */
public class TestEdiConnector implements VendorConnector {

    @Override
    public String id() {
        return "test-edi";
    }

    @Override
    public String submit(PurchaseOrderDocument order) {
        if (order.vendorName().contains("Offline")) {
            throw new IllegalStateException("the vendor's endpoint did not answer");
        }
        int units = order.lines().stream().mapToInt(PurchaseOrderDocument.Line::quantity).sum();
        return "EDI-" + order.number() + "-" + order.lines().size() + "x" + units;
    }
}
