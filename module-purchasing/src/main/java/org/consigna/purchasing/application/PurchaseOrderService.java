package org.consigna.purchasing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consigna.billing.api.Mails;
import org.consigna.billing.api.OutgoingMail;
import org.consigna.inventory.api.CountedStockChanges;
import org.consigna.inventory.api.InventoryCatalog.ItemSummary;
import org.consigna.inventory.api.SourceDocument;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.security.CurrentCaller;
import org.consigna.platform.tenant.TenantContext;
import org.consigna.purchasing.api.PurchaseOrderDocument;
import org.consigna.purchasing.domain.order.PurchaseOrder;
import org.consigna.purchasing.domain.order.PurchaseOrderLine;
import org.consigna.purchasing.domain.order.PurchaseOrderReceipt;
import org.consigna.purchasing.domain.order.PurchaseOrderRepository;
import org.consigna.purchasing.domain.order.PurchaseOrderStatus;
import org.consigna.purchasing.domain.template.TemplateRepository;
import org.consigna.purchasing.domain.vendor.Vendor;

/**
 * Purchase orders: saved from replenishment (one per vendor), sent through the vendor's connector if it has one,
 * received into the recipients' stock through inventory's ledger, or cancelled with a reason.
 */
@ApplicationScoped
@Transactional
public class PurchaseOrderService {

    @Inject
    PurchaseOrderRepository orders;

    @Inject
    ReplenishmentService replenishment;

    @Inject
    TemplateRepository templates;

    @Inject
    VendorService vendors;

    @Inject
    Connectors connectors;

    @Inject
    CountedStockChanges stock;

    @Inject
    CurrentCaller caller;

    @Inject
    TenantContext tenant;

    @Inject
    Instance<Mails> mails;

    /** A suggestion picked for ordering. */
    public record Selection(UUID recipientId, UUID itemId) {
    }

    /** Units of a line that arrived. */
    public record Arrival(UUID lineId, int quantity, String lot, LocalDate expiry) {
    }

    /**
     * Orders the selected needs, computed again here under the recipients' locks: of two saves of one need, the second
     * finds it on order and is refused; the need key's unique index refuses it even if the locks were bypassed.
     */
    public List<PurchaseOrder> save(List<Selection> selections) {
        Set<UUID> recipientIds = new TreeSet<>(selections.stream().map(Selection::recipientId).toList());
        for (UUID id : recipientIds) {
            templates.lockRecipient(id).orElseThrow(() -> ProblemException.notFound("Recipient", id));
        }
        if (new LinkedHashSet<>(selections).size() != selections.size()) {
            throw ProblemException.badRequest("duplicate-selection", "A recipient and item appear twice in the selection");
        }
        Map<Selection, Suggestion> computed = replenishment.compute(recipientIds).stream()
                .collect(Collectors.toMap(s -> new Selection(s.need().recipientId(), s.need().itemId()), Function.identity()));
        Map<UUID, List<Suggestion>> byVendor = new LinkedHashMap<>();
        for (Selection selection : selections) {
            Suggestion s = computed.get(selection);
            if (s == null) {
                throw new ProblemException(422, "not-in-template", "Not replenished", "Item " + selection.itemId()
                        + " is not in the template or overrides of recipient " + selection.recipientId());
            }
            if (s.need().suggested() <= 0) {
                throw new ProblemException(409, "nothing-to-order", "Nothing to order", "Nothing is needed of "
                        + s.item().catalogNumber() + " for " + s.recipientName() + ": " + String.join("; ", s.need().explanation()),
                        Map.of("recipientId", selection.recipientId().toString(), "itemId", selection.itemId().toString()));
            }
            if (s.vendorId() == null) {
                throw new ProblemException(422, "no-vendor", "No vendor", s.item().catalogNumber() + " has no vendor for "
                        + s.recipientName() + ": set one on the template, an override or a preferred vendor of the item");
            }
            byVendor.computeIfAbsent(s.vendorId(), v -> new ArrayList<>()).add(s);
        }
        List<PurchaseOrder> saved = new ArrayList<>();
        byVendor.forEach((vendorId, suggestions) -> saved.add(place(vendorId, suggestions.stream()
                .map(s -> new Planned(s.need().recipientId(), s.recipientName(), s.item(), s.partNumber(),
                        Math.toIntExact(s.need().suggested()), s.unitCost(), s.need().key(),
                        String.join("\n", s.need().explanation()), null))
                .toList())));
        return saved;
    }

    /** A line about to be ordered: for whom, what, how many, and the need (or requisition line) it answers. */
    public record Planned(UUID recipientId, String recipientName, ItemSummary item, String partNumber, int quantity,
                          BigDecimal unitCost, String needKey, String explanation, UUID requisitionLineId) {
    }

    /** Saves one order to the vendor and sends it through the vendor's connector, if it has one. */
    public PurchaseOrder place(UUID vendorId, List<Planned> planned) {
        Vendor vendor = vendors.require(vendorId);
        PurchaseOrder order = new PurchaseOrder(orders.nextNumber(), vendorId, caller.get().memberId(), Instant.now());
        List<PurchaseOrderLine> lines = new ArrayList<>();
        for (Planned p : planned) {
            lines.add(new PurchaseOrderLine(order.id(), lines.size() + 1, p.recipientId(), p.item().id(), p.partNumber(),
                    p.quantity(), p.unitCost(), p.needKey(), p.explanation(), p.requisitionLineId()));
        }
        orders.add(order, lines);
        submit(order, vendor, planned);
        return order;
    }

    private void submit(PurchaseOrder order, Vendor vendor, List<Planned> planned) {
        if (vendor.connector() == null) {
            return;
        }
        List<PurchaseOrderDocument.Line> documentLines = new ArrayList<>();
        for (Planned p : planned) {
            documentLines.add(new PurchaseOrderDocument.Line(documentLines.size() + 1, p.item().catalogNumber(), p.partNumber(),
                    p.item().description(), p.quantity(), p.unitCost(), p.recipientName()));
        }
        PurchaseOrderDocument document = new PurchaseOrderDocument(tenant.require().id(), order.id(), order.number(),
                vendor.name(), documentLines);
        String reference;
        try {
            reference = connectors.require(vendor.connector()).submit(document);
        } catch (RuntimeException e) {
            throw new ProblemException(502, "vendor-connector-failed", "Vendor did not take the order", "Connector '"
                    + vendor.connector() + "' could not send purchase order " + order.number() + " to " + vendor.name() + ": "
                    + e.getMessage() + ". Nothing was saved; try again");
        }
        order.submitted(vendor.connector(), reference);
    }

    /** Units arriving, in full or in part; more than a line waits for is refused and nothing is received. */
    public PurchaseOrder receive(UUID orderId, List<Arrival> arrivals) {
        PurchaseOrder order = orders.lock(orderId).orElseThrow(() -> ProblemException.notFound("Purchase order", orderId));
        order.requireReceivable();
        Map<UUID, PurchaseOrderLine> lines = orders.lines(orderId).stream()
                .collect(Collectors.toMap(PurchaseOrderLine::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        UUID actor = caller.get().memberId();
        Instant now = Instant.now();
        SourceDocument source = new SourceDocument("purchase-order", orderId.toString(), "PO " + order.number());
        for (int i = 0; i < arrivals.size(); i++) {
            Arrival arrival = arrivals.get(i);
            PurchaseOrderLine line = lines.get(arrival.lineId());
            if (line == null) {
                throw new ProblemException(422, "unknown-reference", "Unknown reference", "lines[" + i + "].lineId "
                        + arrival.lineId() + " is not a line of purchase order " + order.number());
            }
            line.receive(arrival.quantity(), order.number());
            UUID device = stock.receive(line.recipientId(), line.itemId(), arrival.quantity(), arrival.lot(), arrival.expiry(), source);
            orders.add(new PurchaseOrderReceipt(line.id(), arrival.quantity(), arrival.lot(), arrival.expiry(), device, actor, now));
        }
        order.received(List.copyOf(lines.values()));
        return order;
    }

    /** Sends the order with its CSV through billing's mail outbox to {@code to}, or the vendor's address. */
    public PurchaseOrder email(UUID orderId, String to) {
        PurchaseOrder order = orders.lock(orderId).orElseThrow(() -> ProblemException.notFound("Purchase order", orderId));
        Vendor vendor = vendors.require(order.vendorId());
        String address = to != null && !to.isBlank() ? to.trim() : vendor.email();
        if (address == null) {
            throw new ProblemException(422, "no-vendor-email", "No address", vendor.name()
                    + " has no e-mail address: give one (to) or set the vendor's");
        }
        if (!tenant.require().modules().contains("billing") || mails.isUnsatisfied()) {
            throw ProblemException.conflict("mail-needs-billing", "Purchase orders are e-mailed through billing's mail outbox,"
                    + " and this tenant does not have the billing module; download the CSV instead");
        }
        order.emailed(address, Instant.now());
        mails.get().send(new OutgoingMail(address, "Purchase order " + order.number() + " from " + tenant.require().displayName(),
                "Please find purchase order " + order.number() + " attached (CSV, one line per item and delivery).\n",
                List.of(new OutgoingMail.Attachment("purchase-order-" + order.number() + ".csv", "text/csv",
                        PurchaseOrderCsv.of(order, orders.lines(orderId))))));
        return order;
    }

    public PurchaseOrder cancel(UUID orderId, String reason) {
        PurchaseOrder order = orders.lock(orderId).orElseThrow(() -> ProblemException.notFound("Purchase order", orderId));
        order.cancel(reason, caller.get().memberId(), Instant.now());
        return order;
    }

    public PurchaseOrder require(UUID orderId) {
        return orders.find(orderId).orElseThrow(() -> ProblemException.notFound("Purchase order", orderId));
    }

    public List<PurchaseOrderLine> lines(UUID orderId) {
        return orders.lines(orderId);
    }

    public List<PurchaseOrderReceipt> receipts(UUID orderId) {
        return orders.receipts(orderId);
    }

    public List<PurchaseOrder> page(PurchaseOrderStatus status, Instant beforeCreated,
                                    UUID beforeId, int limit) {
        return orders.page(status, beforeCreated, beforeId, limit);
    }

    public Map<UUID, Vendor> vendorsOf(Collection<PurchaseOrder> list) {
        return list.stream().map(PurchaseOrder::vendorId).distinct().map(vendors::require)
                .collect(Collectors.toMap(Vendor::id, Function.identity()));
    }
}
