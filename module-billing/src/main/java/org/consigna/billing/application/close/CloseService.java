package org.consigna.billing.application.close;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.consigna.billing.api.ReplenishmentRequested;
import org.consigna.billing.application.price.PriceResolver;
import org.consigna.billing.domain.close.BillingChange;
import org.consigna.billing.domain.close.BillingLine;
import org.consigna.billing.domain.close.BillingRecord;
import org.consigna.billing.domain.close.BillingRecordRepository;
import org.consigna.billing.domain.close.Party;
import org.consigna.billing.domain.close.Replenishment;
import org.consigna.billing.domain.close.Signature;
import org.consigna.billing.domain.price.ResolvedPrice;
import org.consigna.events.api.EventSubmissions;
import org.consigna.events.api.EventSubmitted;
import org.consigna.events.api.LineFacts;
import org.consigna.inventory.api.DeviceSummary;
import org.consigna.inventory.api.InventoryCatalog;
import org.consigna.inventory.api.StockQueries;
import org.consigna.inventory.api.TransferRequests;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.problem.UnknownReference;
import org.consigna.platform.tenant.TenantContext;

/**
 * Sign and close: checks the signatures and the price review, submits the event through the events module (the only
 * submit billing's guard lets through), then records the priced lines, the signatures and status closed, all in one
 * transaction. A PO number sent along completes a sale at once.
 */
@ApplicationScoped
@Transactional
public class CloseService {

    /** Lines a closing bills: every device still in the event except those given back unused. */
    static final String UNUSED = "unused";

    @Inject
    EventSubmissions submissions;

    @Inject
    ClosingMarker marker;

    @Inject
    BillingRecordRepository records;

    @Inject
    BillingRecords billing;

    @Inject
    PriceResolver prices;

    @Inject
    InventoryCatalog catalog;

    @Inject
    BillingAccess access;

    @Inject
    TenantContext tenant;

    @Inject
    Event<ReplenishmentRequested> replenishment;

    @Inject
    Event<BillingClosed> closedWithoutPo;

    @Inject
    StockQueries stock;

    @Inject
    TransferRequests transfers;

    /** The lines a closing would bill now, with their resolved prices; nothing changes. */
    public Review review(UUID eventId) {
        var event = submissions.toClose(eventId);
        List<LineFacts> lines = billed(event.lines());
        Map<UUID, ResolvedPrice> resolved = prices.resolve(event.facilityId(), items(lines));
        var names = catalog.items(items(lines));
        List<Review.Line> view = lines.stream().map(l -> {
            ResolvedPrice price = resolved.get(l.device().itemId());
            var item = names.get(l.device().itemId());
            return new Review.Line(l.lineId(), l.device().itemId(), item == null ? null : item.catalogNumber(),
                    item == null ? l.device().description() : item.description(), l.quantity(), l.usage(),
                    price == null ? null : price.unitPrice(), price == null ? null : price.source().wire(),
                    price == null ? null : price.sourceName(),
                    price == null ? null : price.unitPrice().multiply(BigDecimal.valueOf(l.quantity())));
        }).toList();
        return new Review(eventId, event.status(), event.billingApplies(), prices.currency(), view,
                view.stream().map(Review.Line::lineTotal).filter(java.util.Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public BillingView close(UUID eventId, CloseCommand command) {
        var event = submissions.toClose(eventId);
        if (!event.billingApplies()) {
            throw ProblemException.conflict("billing-not-applicable", "Billing is off for this event's type: submit it"
                    + " with POST .../events/" + eventId + "/submit");
        }
        UUID actor = access.actorId();
        Instant now = Instant.now();
        UUID recordId = UUID.randomUUID();
        List<Signature> signatures = List.of(
                signature(recordId, Party.REP, command.rep(), actor, now),
                signature(recordId, Party.PROVIDER, command.provider(), actor, now));
        Map<UUID, CloseCommand.LineReview> overrides = overrides(command.lines(), billed(event.lines()));

        marker.allow(eventId);
        int submission = submissions.submit(eventId, Map.of("billing", "sign-and-close"));
        EventSubmitted submitted = marker.captured(eventId).orElseThrow(() -> new IllegalStateException(
                "billing did not see the submit of event " + eventId + " (is billing enabled for the tenant?)"));

        BillingRecord record = new BillingRecord(recordId, eventId, submission, submitted.facilityId(),
                submitted.representativeId(), submitted.recordsSale(), prices.currency(), actor, now);
        List<BillingLine> lines = price(record, submitted);
        records.add(record, lines, signatures);
        records.record(new BillingChange(record, "closed", actor, now, "submission " + submission + ", signatures "
                + signatures.stream().map(s -> s.party().wire() + ":" + s.kind().wire()).collect(Collectors.joining(", "))));
        for (BillingLine line : lines) {
            CloseCommand.LineReview review = overrides.get(line.eventLineId());
            if (review != null && review.unitPrice() != null) {
                billing.override(record, line, review.unitPrice(), review.reason(), actor, now);
            }
        }
        requirePriced(lines);
        replenish(record, lines, command, actor, now);
        if (command.poNumber() != null && !command.poNumber().isBlank()) {
            return billing.enterPo(eventId, command.poNumber(), List.of(), actor, false);
        }
        BillingView closed = billing.view(record);
        closedWithoutPo.fire(new BillingClosed(closed));
        return closed;
    }

    private static Signature signature(UUID recordId, Party party, CloseCommand.SignatureInput input, UUID actor,
                                       Instant now) {
        return Signature.of(recordId, party, input == null ? null : input.drawn(),
                input == null ? null : input.typedName(), actor, now);
    }

    /** The overrides by line, each naming a billed line and giving a reason; checked before anything changes. */
    private static Map<UUID, CloseCommand.LineReview> overrides(List<CloseCommand.LineReview> reviews,
                                                               List<LineFacts> billed) {
        Set<UUID> known = billed.stream().map(LineFacts::lineId).collect(Collectors.toSet());
        Map<UUID, CloseCommand.LineReview> byLine = new LinkedHashMap<>();
        for (int i = 0; i < reviews.size(); i++) {
            CloseCommand.LineReview review = reviews.get(i);
            if (review.lineId() == null || !known.contains(review.lineId())) {
                throw UnknownReference.of("billed line of this event", "lines[" + i + "].lineId",
                        review.lineId() == null ? new UUID(0, 0) : review.lineId());
            }
            if (review.unitPrice() != null) {
                if (review.reason() == null || review.reason().isBlank()) {
                    throw new ProblemException(422, "reason-required", "Reason required", "lines[" + i + "].reason:"
                            + " say why the price is changed; nothing was changed", Map.of("field", "lines[" + i + "].reason"));
                }
                if (review.unitPrice().signum() < 0) {
                    throw new ProblemException(422, "invalid-price", "Invalid price", "lines[" + i + "].unitPrice:"
                            + " a price is not negative", Map.of("field", "lines[" + i + "].unitPrice"));
                }
            }
            byLine.put(review.lineId(), review);
        }
        return byLine;
    }

    private List<BillingLine> price(BillingRecord record, EventSubmitted submitted) {
        List<EventSubmitted.Line> billed = submitted.lines().stream().filter(l -> !UNUSED.equals(l.usage())).toList();
        List<UUID> itemIds = billed.stream().map(EventSubmitted.Line::itemId).distinct().toList();
        Map<UUID, ResolvedPrice> resolved = prices.resolve(submitted.facilityId(), itemIds);
        var names = catalog.items(itemIds);
        List<BillingLine> lines = new ArrayList<>();
        for (EventSubmitted.Line l : billed) {
            ResolvedPrice price = resolved.get(l.itemId());
            var item = names.get(l.itemId());
            lines.add(new BillingLine(record.id(), lines.size() + 1, l.lineId(), l.itemId(),
                    item == null ? null : item.catalogNumber(), item == null ? null : item.description(), l.quantity(),
                    price == null ? null : price.unitPrice(), price == null ? null : price.source(),
                    price == null ? null : price.sourceName()));
        }
        return lines;
    }

    private static void requirePriced(List<BillingLine> lines) {
        for (BillingLine line : lines) {
            if (line.unitPrice() == null) {
                throw new ProblemException(422, "price-missing", "Price missing", "lines: item "
                        + (line.catalogNumber() == null ? line.itemId() : line.catalogNumber()) + " (line "
                        + line.eventLineId() + ") has no price at this facility; give its unitPrice and a reason",
                        Map.of("field", "lines", "lineId", line.eventLineId().toString()));
            }
        }
    }

    private void replenish(BillingRecord record, List<BillingLine> lines, CloseCommand command, UUID actor,
                           Instant now) {
        Set<UUID> wanted = Set.copyOf(command.replenishLines());
        for (UUID lineId : wanted) {
            if (lines.stream().noneMatch(l -> l.eventLineId().equals(lineId))) {
                throw UnknownReference.of("billed line of this event", "replenish.lineIds", lineId);
            }
        }
        Map<UUID, Integer> perItem = new LinkedHashMap<>();
        lines.stream().filter(l -> command.replenishAll() || wanted.contains(l.eventLineId()))
                .forEach(l -> perItem.merge(l.itemId(), l.quantity(), Integer::sum));
        if (perItem.isEmpty()) {
            return;
        }
        if (command.replenishFrom() != null) {
            UUID transfer = transfer(record, command.replenishFrom(), perItem);
            perItem.forEach((item, quantity) -> records.record(new Replenishment(record, item, quantity,
                    command.replenishFrom(), transfer, actor, now)));
            records.record(new BillingChange(record, "replenishment-transfer", actor, now, "transfer " + transfer
                    + " from " + command.replenishFrom()));
            return;
        }
        perItem.forEach((item, quantity) -> records.record(new Replenishment(record, item, quantity, actor, now)));
        records.record(new BillingChange(record, "replenishment-requested", actor, now, perItem.size() + " item(s)"));
        replenishment.fire(new ReplenishmentRequested(tenant.require().id(), record.eventId(), record.representativeId(),
                perItem.entrySet().stream().map(e -> new ReplenishmentRequested.Item(e.getKey(), e.getValue())).toList(),
                actor, now));
    }

    /** A pending transfer to the representative of the units per item, from the custodian's stock that sells first. */
    private UUID transfer(BillingRecord record, UUID from, Map<UUID, Integer> perItem) {
        if (from.equals(record.representativeId())) {
            throw new ProblemException(422, "replenish-from-self", "Replenish from another custodian",
                    "replenish.fromCustodianId: the representative cannot replenish from their own stock",
                    Map.of("field", "replenish.fromCustodianId"));
        }
        Map<UUID, Integer> units = new LinkedHashMap<>();
        Map<UUID, Integer> missing = new LinkedHashMap<>(perItem);
        for (DeviceSummary device : stock.consignedStock(from, perItem.keySet())) {
            int needed = missing.getOrDefault(device.itemId(), 0);
            if (needed > 0) {
                int take = Math.min(needed, device.quantity());
                units.put(device.id(), take);
                missing.put(device.itemId(), needed - take);
            }
        }
        missing.values().removeIf(n -> n == 0);
        if (!missing.isEmpty()) {
            throw new ProblemException(422, "replenishment-short", "Not enough stock to replenish from",
                    "replenish.fromCustodianId: the custodian lacks " + missing.values().stream().mapToInt(i -> i).sum()
                            + " unit(s) of " + missing.size() + " item(s) to replace; nothing was changed",
                    Map.of("field", "replenish.fromCustodianId", "itemIds",
                            missing.keySet().stream().map(UUID::toString).toList()));
        }
        return transfers.request(record.representativeId(), units, "Replenishment for event " + record.eventId());
    }

    private static List<LineFacts> billed(List<LineFacts> lines) {
        return lines.stream().filter(l -> !UNUSED.equals(l.usage())).toList();
    }

    private static List<UUID> items(List<LineFacts> lines) {
        return lines.stream().map(l -> l.device().itemId()).distinct().toList();
    }
}
