package org.consigna.billing.interfaces.rest.close;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.consigna.billing.application.close.BillingView;
import org.consigna.billing.domain.close.BillingChange;
import org.consigna.billing.domain.close.Invoice;
import org.consigna.billing.domain.close.InvoiceLine;

/** What billing's REST resources answer. Signature images are not inlined: the view says whether there is one. */
final class BillingViews {

    private BillingViews() {
    }

    /** An event's billing: status, priced lines, totals, signatures, PO and flags. */
    public record BillingEventView(UUID id, UUID eventId, int submission, String status, UUID facilityId,
                                   UUID representativeId, boolean sale, Instant closedAt, UUID closedBy, String currency,
                                   List<BillingView.Line> lines, BigDecimal total, List<SignatureMeta> signatures,
                                   String poNumber, Instant poEnteredAt, boolean pricesEdited,
                                   List<BillingView.Difference> poDifferences, Long invoiceNumber,
                                   Instant lastSharedAt) {

        /** @param lastSharedAt when the sales order was last shared by e-mail, or null */
        static BillingEventView of(BillingView v, Instant lastSharedAt) {
            return new BillingEventView(v.recordId(), v.eventId(), v.submission(), v.status(), v.facilityId(),
                    v.representativeId(), v.sale(), v.closedAt(), v.closedBy(), v.currency(), v.lines(), v.total(),
                    v.signatures().stream().map(SignatureMeta::of).toList(), v.poNumber(), v.poEnteredAt(),
                    v.pricesEdited(), v.poDifferences(), v.invoiceNumber(), lastSharedAt);
        }
    }

    /** A signature without its image: drawn (with the image's size) or typed (with the name), who captured it, when. */
    public record SignatureMeta(String party, String kind, Integer imageBytes, String typedName, UUID signedBy,
                                Instant signedAt) {

        static SignatureMeta of(BillingView.SignatureView s) {
            return new SignatureMeta(s.party(), s.kind(), s.image() == null ? null : s.image().length, s.typedName(),
                    s.signedBy(), s.signedAt());
        }
    }

    /** One step of an event's billing. */
    public record ChangeView(String action, UUID actorId, Instant recordedAt, String detail) {

        static ChangeView of(BillingChange c) {
            return new ChangeView(c.action(), c.actorId(), c.recordedAt(), c.detail());
        }
    }

    /** An invoice with its lines. */
    public record InvoiceView(UUID id, long number, UUID eventId, UUID facilityId, UUID representativeId,
                              String poNumber, String currency, BigDecimal total, Instant createdAt,
                              List<InvoiceLineView> lines) {

        static InvoiceView of(Invoice i, List<InvoiceLine> lines) {
            return new InvoiceView(i.id(), i.number(), i.eventId(), i.facilityId(), i.representativeId(), i.poNumber(),
                    i.currency(), i.total(), i.createdAt(), lines.stream().map(InvoiceLineView::of).toList());
        }
    }

    public record InvoiceLineView(UUID itemId, String catalogNumber, String description, int quantity,
                                  BigDecimal unitPrice, BigDecimal lineTotal) {

        static InvoiceLineView of(InvoiceLine l) {
            return new InvoiceLineView(l.itemId(), l.catalogNumber(), l.description(), l.quantity(), l.unitPrice(),
                    l.lineTotal());
        }
    }
}
