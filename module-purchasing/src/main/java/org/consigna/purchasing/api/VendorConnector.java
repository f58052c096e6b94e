package org.consigna.purchasing.api;

/**
 * Electronic ordering: sends a saved purchase order to a vendor's system. Contributed by any jar: implement it with a
 * public no-argument constructor and list the class in {@code META-INF/services/org.consigna.purchasing.api.VendorConnector};
 * a vendor names the connector by its {@link #id()}. One instance serves every tenant: keep it stateless.
 */
public interface VendorConnector {

    /** The name vendors refer to this connector by, e.g. {@code edi-850}. */
    String id();

    /**
     * Sends the order; the vendor's reference for it. Throwing refuses the save of the order (nothing is kept), so a
     * connector that cannot reach its vendor makes the admin try again rather than leave an order the vendor never got.
     */
    String submit(PurchaseOrderDocument order);
}
