package org.consigna.purchasing.domain.replenishment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One recipient's need of one item, and every term of the replenishment formula with the documents behind it:
 * below its minimum, a recipient is brought back to its base level,
 * {@code suggested = base - (on hand + transfers in - transfers out + open orders + open requisitions)}.
 * Units expiring by the horizon are not counted as on hand.
 *
 * @param onHand   units held now, expiring ones included
 * @param expiring of those, units that expire on or before {@code horizon}
 */
public record Need(UUID recipientId, UUID itemId, int min, int base, long onHand, long expiring, LocalDate horizon,
                   List<Document> transfersIn, List<Document> transfersOut, List<Document> openOrders,
                   List<Document> openRequisitions) {

    public Need {
        transfersIn = List.copyOf(transfersIn);
        transfersOut = List.copyOf(transfersOut);
        openOrders = List.copyOf(openOrders);
        openRequisitions = List.copyOf(openRequisitions);
    }

    /** A document behind a term: a transfer, a purchase order, a requisition, with the units it brings or takes. */
    public record Document(String type, UUID id, String label, long quantity) {
    }

    public long counted() {
        return onHand - expiring;
    }

    public long incoming() {
        return sum(transfersIn) + sum(openOrders) + sum(openRequisitions);
    }

    /** What the recipient will have once everything under way arrives. */
    public long projected() {
        return counted() + incoming() - sum(transfersOut);
    }

    public boolean belowMinimum() {
        return counted() < min;
    }

    /** Units to order: none unless below the minimum, then up to the base level. */
    public long suggested() {
        return belowMinimum() ? Math.max(0, base - projected()) : 0;
    }

    /**
     * The terms this need was computed from. Two saves of the same need see the same terms, so a unique key over
     * them lets the database refuse the second order; once an order is saved the terms change and nothing is suggested.
     */
    public String key() {
        return recipientId + "/" + itemId + "/" + counted() + "/" + sum(transfersIn) + "/" + sum(transfersOut) + "/"
                + sum(openOrders) + "/" + sum(openRequisitions);
    }

    /** Each term in words, with its documents, in the order of the formula. */
    public List<String> explanation() {
        List<String> lines = new ArrayList<>();
        lines.add(onHand + " on hand" + (expiring > 0 ? ", of which " + expiring + " expire by " + horizon
                + " and are not counted (" + counted() + " counted)" : ""));
        lines.add("minimum " + min + ", base " + base + (belowMinimum() ? ": below the minimum" : ": at or above the minimum"));
        describe(lines, transfersIn, "in transit to the recipient");
        describe(lines, transfersOut, "in transit away from the recipient");
        describe(lines, openOrders, "on order, not yet received");
        describe(lines, openRequisitions, "requested, not yet ordered");
        lines.add(belowMinimum()
                ? "suggested " + suggested() + " = " + base + " - (" + counted() + " + " + sum(transfersIn) + " - "
                        + sum(transfersOut) + " + " + sum(openOrders) + " + " + sum(openRequisitions) + ")"
                : "nothing suggested");
        return lines;
    }

    private static void describe(List<String> lines, List<Document> documents, String what) {
        for (Document d : documents) {
            lines.add(d.quantity() + " " + what + ": " + d.type() + " " + d.label());
        }
    }

    private static long sum(List<Document> documents) {
        return documents.stream().mapToLong(Document::quantity).sum();
    }
}
