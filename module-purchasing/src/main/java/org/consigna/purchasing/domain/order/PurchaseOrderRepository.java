package org.consigna.purchasing.domain.order;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Purchase orders, their lines and receipts. */
public interface PurchaseOrderRepository {

    Optional<PurchaseOrder> find(UUID id);

    Optional<PurchaseOrder> lock(UUID id);

    /** Orders newest first, after ({@code beforeCreated}, {@code beforeId}) if given; of one status if given. */
    List<PurchaseOrder> page(PurchaseOrderStatus status, java.time.Instant beforeCreated, UUID beforeId, int limit);

    List<PurchaseOrderLine> lines(UUID orderId);

    /** Lines still waiting for units (of open or partially received orders) for these recipients. */
    List<PurchaseOrderLine> openLines(Collection<UUID> recipientIds);

    List<PurchaseOrder> findAll(Collection<UUID> ids);

    List<PurchaseOrderReceipt> receipts(UUID orderId);

    long nextNumber();

    /** Saves a new order and its lines now, so the need key's uniqueness is checked inside the use case. */
    void add(PurchaseOrder order, List<PurchaseOrderLine> lines);

    void add(PurchaseOrderReceipt receipt);
}
