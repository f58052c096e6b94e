package org.consigna.purchasing.interfaces.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.consigna.inventory.api.InventoryCatalog.ItemSummary;
import org.consigna.purchasing.application.Suggestion;
import org.consigna.purchasing.domain.order.PurchaseOrder;
import org.consigna.purchasing.domain.order.PurchaseOrderLine;
import org.consigna.purchasing.domain.order.PurchaseOrderReceipt;
import org.consigna.purchasing.domain.replenishment.Need;
import org.consigna.purchasing.domain.template.InventoryTemplate;
import org.consigna.purchasing.domain.template.Recipient;
import org.consigna.purchasing.domain.template.RecipientOverride;
import org.consigna.purchasing.domain.template.TemplateLine;
import org.consigna.purchasing.domain.vendor.Vendor;
import org.consigna.purchasing.domain.vendor.VendorItem;

/** Purchasing's records as clients see them. */
public final class PurchasingViews {

    private PurchasingViews() {
    }

    public record VendorView(UUID id, String name, String email, String connector, boolean active, Instant createdAt) {

        static VendorView of(Vendor v) {
            return new VendorView(v.id(), v.name(), v.email(), v.connector(), v.active(), v.createdAt());
        }
    }

    public record VendorItemView(UUID vendorId, UUID itemId, String partNumber, BigDecimal unitCost, int leadTimeDays,
                                 boolean preferred) {

        static VendorItemView of(VendorItem s) {
            return new VendorItemView(s.vendorId(), s.itemId(), s.partNumber(), s.unitCost(), s.leadTimeDays(), s.preferred());
        }
    }

    public record TemplateLineView(UUID itemId, UUID vendorId, int min, int base) {

        static TemplateLineView of(TemplateLine l) {
            return new TemplateLineView(l.itemId(), l.vendorId(), l.levels().min(), l.levels().base());
        }
    }

    public record TemplateView(UUID id, String name, Instant createdAt, List<TemplateLineView> lines) {

        static TemplateView of(InventoryTemplate t, List<TemplateLine> lines) {
            return new TemplateView(t.id(), t.name(), t.createdAt(), lines.stream().map(TemplateLineView::of).toList());
        }
    }

    public record RecipientView(UUID custodianId, String name, UUID templateId, boolean autoReplenish, Instant addedAt) {

        static RecipientView of(Recipient r, Map<UUID, String> names) {
            return new RecipientView(r.custodianId(), names.getOrDefault(r.custodianId(), r.custodianId().toString()),
                    r.templateId(), r.autoReplenish(), r.addedAt());
        }
    }

    /** A recipient's override of an item, named from the catalog; {@code min} and {@code base} null keep the template's. */
    public record OverrideView(UUID custodianId, UUID itemId, String catalogNumber, String description, UUID vendorId,
                               Integer min, Integer base) {

        static OverrideView of(RecipientOverride o, Map<UUID, ItemSummary> items) {
            ItemSummary item = items.get(o.itemId());
            return new OverrideView(o.custodianId(), o.itemId(), item == null ? null : item.catalogNumber(),
                    item == null ? null : item.description(), o.vendorId(), o.levels() == null ? null : o.levels().min(),
                    o.levels() == null ? null : o.levels().base());
        }
    }

    /** A document behind a term of the formula. */
    public record DocumentView(String type, UUID id, String label, long quantity) {

        static DocumentView of(Need.Document d) {
            return new DocumentView(d.type(), d.id(), d.label(), d.quantity());
        }
    }

    /** One recipient and item of the replenishment, with every term, the documents behind it and the explanation. */
    public record ReplenishmentLine(UUID recipientId, String recipientName, UUID itemId, String catalogNumber,
                                    String description, int min, int base, long onHand, long expiring, long counted,
                                    long transfersIn, long transfersOut, long onOrder, long requested, long projected,
                                    boolean belowMinimum, long suggested, UUID vendorId, String vendorName, String vendorSource,
                                    String partNumber, BigDecimal unitCost, List<DocumentView> documents,
                                    List<String> explanation) {

        static ReplenishmentLine of(Suggestion s) {
            Need n = s.need();
            List<DocumentView> documents = Stream.of(n.transfersIn(), n.transfersOut(), n.openOrders(),
                    n.openRequisitions()).flatMap(List::stream).map(DocumentView::of).toList();
            return new ReplenishmentLine(n.recipientId(), s.recipientName(), n.itemId(),
                    s.item() == null ? null : s.item().catalogNumber(), s.item() == null ? null : s.item().description(),
                    n.min(), n.base(), n.onHand(), n.expiring(), n.counted(), sum(n.transfersIn()), sum(n.transfersOut()),
                    sum(n.openOrders()), sum(n.openRequisitions()), n.projected(), n.belowMinimum(), n.suggested(),
                    s.vendorId(), s.vendorName(), s.vendorSource(), s.partNumber(), s.unitCost(), documents, n.explanation());
        }

        private static long sum(List<Need.Document> documents) {
            return documents.stream().mapToLong(Need.Document::quantity).sum();
        }
    }

    /** The replenishment as of now: expiring units counted up to {@code expiryHorizon} are not on hand. */
    public record ReplenishmentView(LocalDate expiryHorizon, List<ReplenishmentLine> lines) {
    }

    public record ReceiptView(UUID lineId, int quantity, String lot, LocalDate expiry, UUID deviceId, Instant receivedAt) {

        static ReceiptView of(PurchaseOrderReceipt r) {
            return new ReceiptView(r.lineId(), r.quantity(), r.lot(), r.expiry(), r.deviceId(), r.receivedAt());
        }
    }

    public record OrderLineView(UUID id, int position, UUID recipientId, UUID itemId, String catalogNumber, String description,
                                String partNumber, int quantity, int received, int remaining, BigDecimal unitCost,
                                String explanation) {

        static OrderLineView of(PurchaseOrderLine l, Map<UUID, ItemSummary> items) {
            ItemSummary item = items.get(l.itemId());
            return new OrderLineView(l.id(), l.position(), l.recipientId(), l.itemId(), item == null ? null : item.catalogNumber(),
                    item == null ? null : item.description(), l.partNumber(), l.quantity(), l.received(), l.remaining(),
                    l.unitCost(), l.explanation());
        }
    }

    public record OrderSummary(UUID id, long number, UUID vendorId, String vendorName, String status, Instant createdAt,
                               String submittedTo, String vendorReference) {

        static OrderSummary of(PurchaseOrder o, Vendor vendor) {
            return new OrderSummary(o.id(), o.number(), o.vendorId(), vendor.name(), o.status().wire(), o.createdAt(),
                    o.submittedTo(), o.vendorReference());
        }
    }

    public record OrderView(UUID id, long number, UUID vendorId, String vendorName, String status, Instant createdAt,
                            String submittedTo, String vendorReference, String cancelReason, Instant cancelledAt,
                            String emailedTo, Instant emailedAt, List<OrderLineView> lines, List<ReceiptView> receipts) {

        static OrderView of(PurchaseOrder o, Vendor vendor, List<PurchaseOrderLine> lines, List<PurchaseOrderReceipt> receipts,
                            Map<UUID, ItemSummary> items) {
            return new OrderView(o.id(), o.number(), o.vendorId(), vendor.name(), o.status().wire(), o.createdAt(),
                    o.submittedTo(), o.vendorReference(), o.cancelReason(), o.cancelledAt(), o.emailedTo(), o.emailedAt(),
                    lines.stream().map(l -> OrderLineView.of(l, items)).toList(), receipts.stream().map(ReceiptView::of).toList());
        }
    }
}
