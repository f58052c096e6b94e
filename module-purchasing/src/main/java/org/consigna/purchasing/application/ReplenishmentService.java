package org.consigna.purchasing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consigna.inventory.api.CountedStock.Level;
import org.consigna.inventory.api.CountedStock;
import org.consigna.inventory.api.InventoryCatalog.ItemSummary;
import org.consigna.inventory.api.InventoryCatalog;
import org.consigna.purchasing.domain.order.PurchaseOrder;
import org.consigna.purchasing.domain.order.PurchaseOrderLine;
import org.consigna.purchasing.domain.order.PurchaseOrderRepository;
import org.consigna.purchasing.domain.replenishment.Need.Document;
import org.consigna.purchasing.domain.requisition.Requisition;
import org.consigna.purchasing.domain.requisition.RequisitionLine;
import org.consigna.purchasing.domain.requisition.RequisitionRepository;
import org.consigna.purchasing.domain.replenishment.Need;
import org.consigna.purchasing.domain.template.Levels;
import org.consigna.purchasing.domain.template.Recipient;
import org.consigna.purchasing.domain.template.RecipientOverride;
import org.consigna.purchasing.domain.template.TemplateLine;
import org.consigna.purchasing.domain.template.TemplateRepository;
import org.consigna.purchasing.domain.template.VendorChoice;
import org.consigna.purchasing.domain.vendor.Vendor;
import org.consigna.purchasing.domain.vendor.VendorItem;
import org.consigna.purchasing.domain.vendor.VendorRepository;

/**
 * Replenishment, computed live and never stored: every recipient and item of its template (or overrides), with the
 * ledger's on hand, pending transfers and the open purchase orders. A handful of queries whatever the number of lines.
 */
@ApplicationScoped
@Transactional
public class ReplenishmentService {

    @Inject
    TemplateRepository templates;

    @Inject
    VendorRepository vendors;

    @Inject
    PurchaseOrderRepository orders;

    @Inject
    RequisitionRepository requisitions;

    @Inject
    CountedStock stock;

    @Inject
    InventoryCatalog catalog;

    @Inject
    TemplateService settings;

    private record Key(UUID recipientId, UUID itemId) {
    }

    private record Plan(Levels levels, VendorChoice vendor) {
    }

    /** Every recipient's (or one's) lines, below the minimum or not. */
    public List<Suggestion> compute(Collection<UUID> recipientIds) {
        List<Recipient> recipients = templates.recipients(recipientIds);
        if (recipients.isEmpty()) {
            return List.of();
        }
        Map<Key, Plan> plans = plans(recipients);
        Set<UUID> custodians = recipients.stream().map(Recipient::custodianId).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<UUID> itemIds = plans.keySet().stream().map(Key::itemId).collect(Collectors.toCollection(LinkedHashSet::new));
        LocalDate horizon = LocalDate.now(ZoneOffset.UTC).plusDays(settings.settings().expiryHorizonDays());
        Map<Key, Level> levels = stock.levels(custodians, itemIds, horizon).stream()
                .collect(Collectors.toMap(l -> new Key(l.custodianId(), l.itemId()), Function.identity()));
        Map<Key, List<Document>> onOrder = openOrders(custodians);
        Map<Key, List<Document>> requested = openRequisitions(custodians);
        Map<UUID, String> names = stock.custodianNames(custodians);
        Map<UUID, ItemSummary> items = catalog.items(itemIds);
        Map<UUID, Vendor> vendorsById = vendors.findAll(plans.values().stream().map(p -> p.vendor().vendorId())
                .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Vendor::id, Function.identity()));
        Map<Key, VendorItem> supplies = new HashMap<>();
        vendors.supplies(null, itemIds).forEach(s -> supplies.put(new Key(s.vendorId(), s.itemId()), s));

        List<Suggestion> result = new ArrayList<>();
        plans.forEach((key, plan) -> {
            Level level = levels.get(key);
            List<Document> in = new ArrayList<>();
            List<Document> out = new ArrayList<>();
            level.pending().forEach(p -> (p.toCustodianId().equals(key.recipientId()) ? in : out)
                    .add(new Document("transfer", p.transferId(), p.transferId().toString().substring(0, 8), p.quantity())));
            Need need = new Need(key.recipientId(), key.itemId(), plan.levels().min(), plan.levels().base(), level.onHand(),
                    level.expiring(), horizon, in, out, onOrder.getOrDefault(key, List.of()), requested.getOrDefault(key, List.of()));
            Vendor vendor = plan.vendor().vendorId() == null ? null : vendorsById.get(plan.vendor().vendorId());
            VendorItem supply = vendor == null ? null : supplies.get(new Key(vendor.id(), key.itemId()));
            result.add(new Suggestion(need, names.getOrDefault(key.recipientId(), key.recipientId().toString()),
                    items.get(key.itemId()), vendor == null ? null : vendor.id(), vendor == null ? null : vendor.name(),
                    plan.vendor().source(), supply == null ? null : supply.partNumber(), supply == null ? null : supply.unitCost()));
        });
        return result;
    }

    /** Levels and vendor of each recipient and item: the override's levels, else the template's; vendor per {@link VendorChoice}. */
    private Map<Key, Plan> plans(List<Recipient> recipients) {
        Map<UUID, List<TemplateLine>> byTemplate = templates.lines(recipients.stream().map(Recipient::templateId)
                .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.groupingBy(TemplateLine::templateId));
        Map<Key, RecipientOverride> overrides = templates.overrides(recipients.stream().map(Recipient::custodianId).toList())
                .stream().collect(Collectors.toMap(o -> new Key(o.custodianId(), o.itemId()), Function.identity()));
        Set<UUID> allItems = new LinkedHashSet<>();
        byTemplate.values().forEach(lines -> lines.forEach(l -> allItems.add(l.itemId())));
        overrides.keySet().forEach(k -> allItems.add(k.itemId()));
        Map<UUID, UUID> preferred = preferredVendors(allItems);
        Map<Key, Plan> plans = new LinkedHashMap<>();
        for (Recipient r : recipients) {
            Map<UUID, TemplateLine> lines = byTemplate.getOrDefault(r.templateId(), List.of()).stream()
                    .collect(Collectors.toMap(TemplateLine::itemId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
            Set<UUID> itemIds = new LinkedHashSet<>(lines.keySet());
            overrides.keySet().stream().filter(k -> k.recipientId().equals(r.custodianId())).map(Key::itemId).forEach(itemIds::add);
            for (UUID itemId : itemIds) {
                Key key = new Key(r.custodianId(), itemId);
                TemplateLine line = lines.get(itemId);
                RecipientOverride override = overrides.get(key);
                Levels levels = override != null && override.levels() != null ? override.levels() : line == null ? null : line.levels();
                if (levels != null) {
                    plans.put(key, new Plan(levels, VendorChoice.of(line, override, preferred, itemId)));
                }
            }
        }
        return plans;
    }

    /** Each item's preferred vendor, for those that have one. */
    public Map<UUID, UUID> preferredVendors(Collection<UUID> itemIds) {
        return vendors.supplies(null, itemIds).stream().filter(VendorItem::preferred)
                .collect(Collectors.toMap(VendorItem::itemId, VendorItem::vendorId));
    }

    private Map<Key, List<Document>> openRequisitions(Collection<UUID> custodians) {
        List<RequisitionLine> open = requisitions.openLines(custodians);
        Map<UUID, Requisition> byId = requisitions.findAll(open.stream().map(RequisitionLine::requisitionId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Requisition::id, Function.identity()));
        Map<Key, List<Document>> result = new HashMap<>();
        for (RequisitionLine line : open) {
            Requisition r = byId.get(line.requisitionId());
            result.computeIfAbsent(new Key(r.recipientId(), line.itemId()), k -> new ArrayList<>())
                    .add(new Document("requisition", r.id(), "#" + r.number(), line.remaining()));
        }
        return result;
    }

    private Map<Key, List<Document>> openOrders(Collection<UUID> custodians) {
        List<PurchaseOrderLine> open = orders.openLines(custodians);
        Map<UUID, PurchaseOrder> byId = orders.findAll(open.stream().map(PurchaseOrderLine::orderId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(PurchaseOrder::id, Function.identity()));
        Map<Key, List<Document>> result = new HashMap<>();
        for (PurchaseOrderLine line : open) {
            result.computeIfAbsent(new Key(line.recipientId(), line.itemId()), k -> new ArrayList<>())
                    .add(new Document("purchase-order", line.orderId(), "#" + byId.get(line.orderId()).number(), line.remaining()));
        }
        return result;
    }
}
