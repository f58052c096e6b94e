package org.consigna.purchasing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consigna.inventory.api.CountedStock;
import org.consigna.inventory.api.InventoryCatalog;
import org.consigna.inventory.api.InventoryCatalog.ItemSummary;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.problem.UnknownReference;
import org.consigna.purchasing.application.PurchaseOrderService.Planned;
import org.consigna.purchasing.domain.order.PurchaseOrder;
import org.consigna.purchasing.domain.requisition.Requisition;
import org.consigna.purchasing.domain.requisition.RequisitionLine;
import org.consigna.purchasing.domain.requisition.RequisitionRepository;
import org.consigna.purchasing.domain.template.Recipient;
import org.consigna.purchasing.domain.template.RecipientOverride;
import org.consigna.purchasing.domain.template.TemplateLine;
import org.consigna.purchasing.domain.template.TemplateRepository;
import org.consigna.purchasing.domain.template.VendorChoice;
import org.consigna.purchasing.domain.vendor.VendorItem;
import org.consigna.purchasing.domain.vendor.VendorRepository;

/**
 * Purchase requisitions: a recipient asks for items (when the tenant allows requisitions); an admin orders them,
 * in one go or split across purchase orders and vendors, the remainder later, or rejects them.
 */
@ApplicationScoped
@Transactional
public class RequisitionService {

    @Inject
    RequisitionRepository requisitions;

    @Inject
    TemplateRepository templates;

    @Inject
    TemplateService settings;

    @Inject
    VendorRepository vendors;

    @Inject
    ReplenishmentService replenishment;

    @Inject
    PurchaseOrderService orders;

    @Inject
    InventoryCatalog catalog;

    @Inject
    CountedStock stock;

    @Inject
    PurchasingAccess access;

    /** Units of an item asked for. */
    public record Wanted(UUID itemId, int quantity) {
    }

    /** Units of a requisition line to order, from the given vendor or the line's default vendor. */
    public record ToOrder(UUID lineId, int quantity, UUID vendorId) {
    }

    public record RequisitionState(Requisition requisition, List<RequisitionLine> lines, List<PurchaseOrder> orders) {
    }

    public RequisitionState request(UUID recipientId, List<Wanted> wanted) {
        if (!settings.settings().requisitionsEnabled()) {
            throw ProblemException.conflict("requisitions-off", "This tenant does not take purchase requisitions;"
                    + " an admin turns them on in the purchasing settings");
        }
        templates.recipient(recipientId).orElseThrow(() -> UnknownReference.of("recipient", "recipientId", recipientId));
        access.requireActsFor(recipientId, "request items for this recipient");
        return create(recipientId, wanted, "recipient", null);
    }

    /** A requisition made for a recipient by another module's document (billing's closing); once per document. */
    public RequisitionState createFor(UUID recipientId, List<Wanted> wanted, String source, String sourceRef) {
        return requisitions.bySource(source, sourceRef).map(r -> state(r, List.of()))
                .orElseGet(() -> create(recipientId, wanted, source, sourceRef));
    }

    private RequisitionState create(UUID recipientId, List<Wanted> wanted, String source, String sourceRef) {
        Set<UUID> items = new HashSet<>();
        Map<UUID, ItemSummary> known = catalog.items(wanted.stream().map(Wanted::itemId).toList());
        for (int i = 0; i < wanted.size(); i++) {
            UUID item = wanted.get(i).itemId();
            if (!known.containsKey(item)) {
                throw UnknownReference.of("item", "lines[" + i + "].itemId", item);
            }
            if (!items.add(item)) {
                throw ProblemException.badRequest("duplicate-item", "Item " + item + " appears twice in the requisition");
            }
        }
        Requisition requisition = new Requisition(requisitions.nextNumber(), recipientId, source, sourceRef, access.actorId(),
                Instant.now());
        List<RequisitionLine> lines = new ArrayList<>();
        for (Wanted w : wanted) {
            lines.add(new RequisitionLine(requisition.id(), lines.size() + 1, w.itemId(), w.quantity()));
        }
        requisitions.add(requisition, lines);
        return state(requisition, List.of());
    }

    /** Orders units of the requisition's lines: one purchase order per vendor; what is left stays open. */
    public RequisitionState order(UUID requisitionId, List<ToOrder> wanted) {
        Requisition requisition = requisitions.lock(requisitionId)
                .orElseThrow(() -> ProblemException.notFound("Requisition", requisitionId));
        requisition.requireOrderable();
        List<RequisitionLine> lines = requisitions.lines(requisitionId);
        Map<UUID, RequisitionLine> byId = lines.stream().collect(Collectors.toMap(RequisitionLine::id, Function.identity()));
        Map<UUID, VendorChoice> defaults = defaultVendors(requisition.recipientId(), lines);
        Map<UUID, ItemSummary> items = catalog.items(lines.stream().map(RequisitionLine::itemId).toList());
        String recipientName = stock.custodianNames(List.of(requisition.recipientId())).getOrDefault(requisition.recipientId(), "");
        Map<UUID, List<Planned>> byVendor = new LinkedHashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            ToOrder w = wanted.get(i);
            RequisitionLine line = byId.get(w.lineId());
            if (line == null) {
                throw new ProblemException(422, "unknown-reference", "Unknown reference", "lines[" + i + "].lineId " + w.lineId()
                        + " is not a line of requisition " + requisition.number());
            }
            UUID vendor = w.vendorId() != null ? w.vendorId() : defaults.get(line.itemId()).vendorId();
            if (vendor == null) {
                throw new ProblemException(422, "no-vendor", "No vendor", items.get(line.itemId()).catalogNumber()
                        + " has no default vendor for this recipient: name one (lines[" + i + "].vendorId)");
            }
            int before = line.ordered();
            line.order(w.quantity(), requisition.number());
            VendorItem supply = vendors.supplies(vendor, List.of(line.itemId())).stream().findFirst().orElse(null);
            byVendor.computeIfAbsent(vendor, v -> new ArrayList<>()).add(new Planned(requisition.recipientId(), recipientName,
                    items.get(line.itemId()), supply == null ? null : supply.partNumber(), w.quantity(),
                    supply == null ? null : supply.unitCost(), "requisition/" + line.id() + "/" + before,
                    "requisition " + requisition.number() + ", line " + line.position(), line.id()));
        }
        List<PurchaseOrder> placed = new ArrayList<>();
        byVendor.forEach((vendor, planned) -> placed.add(orders.place(vendor, planned)));
        requisition.ordered(lines);
        return state(requisition, placed);
    }

    /** The requisition's lines with units left whose item has a default vendor for the recipient. */
    public List<RequisitionLine> withDefaultVendor(RequisitionState state) {
        Map<UUID, VendorChoice> defaults = defaultVendors(state.requisition().recipientId(), state.lines());
        return state.lines().stream().filter(l -> l.remaining() > 0 && defaults.get(l.itemId()).vendorId() != null).toList();
    }

    public RequisitionState reject(UUID requisitionId, String reason) {
        Requisition requisition = requisitions.lock(requisitionId)
                .orElseThrow(() -> ProblemException.notFound("Requisition", requisitionId));
        requisition.reject(reason);
        return state(requisition, List.of());
    }

    public RequisitionState show(UUID requisitionId) {
        Requisition requisition = requisitions.find(requisitionId)
                .orElseThrow(() -> ProblemException.notFound("Requisition", requisitionId));
        access.requireActsFor(requisition.recipientId(), "see this requisition");
        return state(requisition, List.of());
    }

    public List<Requisition> page(Instant beforeCreated, UUID beforeId, int limit) {
        return requisitions.page(beforeCreated, beforeId, limit);
    }

    private Map<UUID, VendorChoice> defaultVendors(UUID recipientId, List<RequisitionLine> lines) {
        Recipient recipient = templates.recipient(recipientId).orElseThrow();
        Map<UUID, TemplateLine> templateLines = recipient.templateId() == null ? Map.of()
                : templates.lines(List.of(recipient.templateId())).stream()
                        .collect(Collectors.toMap(TemplateLine::itemId, Function.identity()));
        Map<UUID, RecipientOverride> overrides = templates.overrides(List.of(recipientId)).stream()
                .collect(Collectors.toMap(RecipientOverride::itemId, Function.identity()));
        Map<UUID, UUID> preferred = replenishment.preferredVendors(lines.stream().map(RequisitionLine::itemId).toList());
        return lines.stream().collect(Collectors.toMap(RequisitionLine::itemId,
                l -> VendorChoice.of(templateLines.get(l.itemId()), overrides.get(l.itemId()), preferred, l.itemId()), (a, b) -> a));
    }

    private RequisitionState state(Requisition requisition, List<PurchaseOrder> placed) {
        return new RequisitionState(requisition, requisitions.lines(requisition.id()), placed);
    }
}
