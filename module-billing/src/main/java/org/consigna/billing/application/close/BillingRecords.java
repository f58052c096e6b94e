package org.consigna.billing.application.close;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.consigna.billing.application.price.PriceResolver;
import org.consigna.billing.domain.close.BillingChange;
import org.consigna.billing.domain.close.BillingLine;
import org.consigna.billing.domain.close.BillingRecord;
import org.consigna.billing.domain.close.BillingRecordRepository;
import org.consigna.billing.domain.close.Invoice;
import org.consigna.billing.domain.close.InvoiceLine;
import org.consigna.billing.domain.close.InvoiceRepository;
import org.consigna.billing.domain.close.PoComparison;
import org.consigna.billing.domain.close.PoDifference;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.problem.UnknownReference;

/**
 * Billing records of closed events: reading them, PO numbers (which complete a sale and make its invoice), price
 * overrides while closed, the pending-PO list, and voiding on reopen. Every change writes a history row.
 */
@ApplicationScoped
@Transactional
public class BillingRecords {

    @Inject
    BillingRecordRepository records;

    @Inject
    InvoiceRepository invoices;

    @Inject
    PriceResolver prices;

    @Inject
    BillingAccess access;

    public Optional<BillingView> find(UUID eventId) {
        return records.current(eventId).map(this::view);
    }

    public BillingView require(UUID eventId) {
        return find(eventId).orElseThrow(() -> notClosed(eventId));
    }

    /**
     * Enters the PO number for {@code actorId} (null: not a member, e.g. the buyer's signed link); who may do so is the
     * caller's to check ({@link #enterPoAsCaller} does for the REST API).
     */
    public BillingView enterPo(UUID eventId, String poNumber, UUID actorId, boolean adminCorrection) {
        return enterPo(eventId, poNumber, List.of(), actorId, adminCorrection);
    }

    /** Enters the PO number as the signed-in caller: the event's side or an admin; a correction is for admins. */
    public BillingView enterPoAsCaller(UUID eventId, String poNumber, List<PoLineInput> poLines,
                                       boolean adminCorrection) {
        BillingRecord record = records.lock(eventId).orElseThrow(() -> notClosed(eventId));
        access.requireMayAct(record.representativeId());
        if (adminCorrection) {
            access.requireAdminForCorrection();
        }
        return enterPo(eventId, poNumber, poLines, access.actorId(), adminCorrection);
    }

    /** Enters the PO number with its lines (compared with the sales order); who may is the caller's to check. */
    public BillingView enterPo(UUID eventId, String poNumber, List<PoLineInput> poLines, UUID actorId,
                               boolean adminCorrection) {
        BillingRecord record = records.lock(eventId).orElseThrow(() -> notClosed(eventId));
        String number = poNumber.strip();
        String previous = record.poNumber();
        Instant now = Instant.now();
        BillingRecord.PoOutcome outcome = record.enterPo(number, actorId, adminCorrection, now);
        if (outcome == BillingRecord.PoOutcome.UNCHANGED) {
            return view(record);
        }
        List<BillingLine> lines = records.lines(record.id());
        if (poLines != null && !poLines.isEmpty()) {
            PoComparison.compare(record, number, lines, resolve(lines, poLines), now).forEach(records::record);
        }
        if (outcome == BillingRecord.PoOutcome.ENTERED) {
            records.record(new BillingChange(record, "po-entered", actorId, now, "PO " + number));
            Invoice invoice = new Invoice(invoices.nextNumber(), record, total(lines), actorId, now);
            invoices.add(invoice, lines.stream().map(l -> new InvoiceLine(invoice, l)).toList());
        } else {
            records.record(new BillingChange(record, "po-corrected", actorId, now, "PO " + previous + " -> " + number));
            invoices.ofRecord(record.id()).ifPresent(i -> i.correctPo(number));
        }
        return view(record);
    }

    /** A manual unit price on a closed event's line: who, when, why recorded; the record flagged "prices edited". */
    public BillingView overridePrice(UUID eventId, UUID lineId, BigDecimal unitPrice, String reason) {
        BillingRecord record = records.lock(eventId).orElseThrow(() -> notClosed(eventId));
        access.requireMayAct(record.representativeId());
        record.requirePricesOpen();
        BillingLine line = records.lines(record.id()).stream().filter(l -> l.eventLineId().equals(lineId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Billing line", lineId));
        override(record, line, unitPrice, reason, access.actorId(), Instant.now());
        return view(record);
    }

    public void override(BillingRecord record, BillingLine line, BigDecimal unitPrice, String reason, UUID actor,
                  Instant now) {
        BigDecimal before = line.unitPrice();
        line.override(prices.round(unitPrice), reason, actor, now);
        record.markPricesEdited();
        records.record(new BillingChange(record, "price-overridden", actor, now, "line " + line.eventLineId()
                + ": " + before + " -> " + line.unitPrice() + " (" + line.overrideReason() + ")"));
    }

    /** Closed sale events without PO number, oldest first. */
    public List<BillingView> pendingPo(UUID facilityId, UUID representativeId, Instant afterClosedAt, UUID afterId,
                                       int limit) {
        return records.pendingPo(facilityId, representativeId, afterClosedAt, afterId, limit).stream().map(this::view)
                .toList();
    }

    public List<BillingChange> history(UUID eventId) {
        return records.history(eventId);
    }

    public void voidOnReopen(UUID eventId, UUID actorId, Instant now) {
        records.lock(eventId).ifPresent(record -> {
            record.voidBy(actorId, now);
            records.record(new BillingChange(record, "voided", actorId, now, "event reopened; record and signatures"
                    + " of submission " + record.submission() + " voided"));
        });
    }

    public BillingView view(BillingRecord record) {
        List<BillingLine> lines = records.lines(record.id());
        return new BillingView(record.id(), record.eventId(), record.submission(), record.status().wire(),
                record.facilityId(), record.representativeId(), record.sale(), record.closedAt(), record.closedBy(),
                record.currency(), lines.stream().map(BillingRecords::line).toList(), total(lines),
                records.signatures(record.id()).stream().map(s -> new BillingView.SignatureView(s.party().wire(),
                        s.kind().wire(), s.image(), s.typedName(), s.signedBy(), s.signedAt())).toList(),
                record.poNumber(), record.poEnteredAt(), record.pricesEdited(),
                record.poNumber() == null ? List.of() : records.differences(record.id(), record.poNumber()).stream()
                        .map(d -> new BillingView.Difference(d.itemId(), d.kind().wire(), d.orderQuantity(),
                                d.poQuantity(), d.orderPrice(), d.poPrice())).toList(),
                invoices.ofRecord(record.id()).map(Invoice::number).orElse(null));
    }

    private static BillingView.Line line(BillingLine l) {
        return new BillingView.Line(l.eventLineId(), l.itemId(), l.catalogNumber(), l.description(), l.quantity(),
                l.unitPrice(), l.priceSource() == null ? null : l.priceSource().wire(), l.sourceName(), l.lineTotal(),
                l.overridden(), l.overriddenBy(), l.overriddenAt(), l.overrideReason());
    }

    static BigDecimal total(List<BillingLine> lines) {
        return lines.stream().map(BillingLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** PO lines named by sales order line get that line's item; an unknown line is a 422 naming it. */
    private static List<PoComparison.PoLine> resolve(List<BillingLine> order, List<PoLineInput> given) {
        List<PoComparison.PoLine> resolved = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            PoLineInput input = given.get(i);
            UUID item = input.itemId();
            if (input.lineId() != null) {
                item = order.stream().filter(l -> l.eventLineId().equals(input.lineId())).findFirst()
                        .map(BillingLine::itemId)
                        .orElseThrow(() -> UnknownReference.of("sales order line", "lines[" + resolvedIndex(given,
                                input) + "].lineId", input.lineId()));
            }
            if (item == null) {
                throw new ProblemException(422, "po-line-item-required", "PO line without item", "lines[" + i
                        + "]: name the itemId or the lineId", java.util.Map.of("field", "lines[" + i + "]"));
            }
            resolved.add(new PoComparison.PoLine(item, input.quantity(), input.unitPrice()));
        }
        return resolved;
    }

    private static int resolvedIndex(List<PoLineInput> given, PoLineInput input) {
        return given.indexOf(input);
    }

    private static ProblemException notClosed(UUID eventId) {
        return new ProblemException(404, "billing-not-found", "Not closed for billing", "Event '" + eventId
                + "' has no live billing record: it was not closed with sign and close, or it was reopened");
    }
}
