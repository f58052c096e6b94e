package org.consigna.billing.application.salesorder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.consigna.billing.api.OutgoingMail;
import org.consigna.billing.application.close.BillingRecords;
import org.consigna.billing.application.close.BillingView;
import org.consigna.billing.application.mail.Outbox;
import org.consigna.billing.domain.salesorder.SalesOrderDocument;
import org.consigna.billing.domain.salesorder.SalesOrderPdf;
import org.consigna.billing.domain.salesorder.SalesOrderShare;
import org.consigna.billing.domain.salesorder.SalesOrderShares;
import org.consigna.events.api.EventDocuments;
import org.consigna.events.api.EventDocuments.EventDocument;
import org.consigna.events.api.Facilities;
import org.consigna.events.api.FacilityCard;
import org.consigna.identity.api.MemberSummary;
import org.consigna.identity.api.Members;
import org.consigna.inventory.api.DeviceInventory;
import org.consigna.inventory.api.DeviceSummary;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.tenant.TenantContext;

/**
 * The sales order of a closed event, built from billing's record and the events module's facts, as a PDF; shared by
 * e-mail through the outbox (the PDF attached) to the facility's first billing contact or a given address, each share
 * logged. The patient id follows the events module's rule: shown in full only to those who may act on the event; a
 * shared or linked sales order leaves the building, so it is always masked.
 */
@ApplicationScoped
@Transactional
public class SalesOrders {

    @Inject
    BillingRecords records;

    @Inject
    EventDocuments events;

    @Inject
    Facilities facilities;

    @Inject
    DeviceInventory devices;

    @Inject
    Members members;

    @Inject
    TenantContext tenants;

    @Inject
    SalesOrderPdf pdf;

    @Inject
    SalesOrderShares shares;

    @Inject
    Outbox outbox;

    /** The PDF; 404/409 (as billing's view) when the event has no current billing record. */
    public byte[] pdf(UUID eventId, boolean fullPatientId) {
        return pdf.render(document(records.require(eventId), fullPatientId));
    }

    public String fileName(UUID eventId) {
        return "sales-order-" + eventId + ".pdf";
    }

    /**
     * Mails the sales order (PDF attached, patient id masked) and logs the share.
     *
     * @param to the recipient, or null for the facility's first billing contact
     */
    public SalesOrderShare share(UUID eventId, String to, UUID actorId) {
        BillingView view = records.require(eventId);
        FacilityCard facility = facility(view.facilityId());
        String recipient = to != null ? to.strip() : facility.billingContacts().stream().findFirst().orElseThrow(() ->
                new ProblemException(422, "no-billing-contact", "No billing contact", "to: facility '" + facility.name()
                        + "' has no billing contact with an e-mail address; give an address or add a billing contact"));
        SalesOrderDocument document = document(view, false);
        String subject = "Sales order " + name(document) + " from " + document.tenantName();
        String text = "Please find attached the sales order for " + name(document) + " at " + facility.name() + " ("
                + document.date() + "), total " + document.total().toPlainString() + " " + document.currency() + ".\n";
        UUID mailId = outbox.enqueue(new OutgoingMail(recipient, subject, text, List.of(
                new OutgoingMail.Attachment(fileName(eventId), SalesOrderPdf.CONTENT_TYPE, pdf.render(document)))));
        SalesOrderShare share = new SalesOrderShare(UUID.randomUUID(), eventId, recipient, actorId,
                Instant.now().truncatedTo(ChronoUnit.MICROS), mailId);
        shares.add(share);
        return share;
    }

    public List<SalesOrderShare> shares(UUID eventId) {
        return shares.of(eventId);
    }

    public Optional<Instant> lastSharedAt(UUID eventId) {
        List<SalesOrderShare> all = shares.of(eventId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).sharedAt());
    }

    /** The document of a current billing record, for the sales order and its mails. */
    public SalesOrderDocument document(BillingView view, boolean fullPatientId) {
        EventDocument event = events.find(view.eventId()).orElseThrow(() -> ProblemException.notFound("Event", view.eventId()));
        FacilityCard facility = facility(view.facilityId());
        Map<UUID, DeviceSummary> byDevice = devices.find(event.deviceByLine().values());
        Set<UUID> people = new HashSet<>();
        view.signatures().forEach(s -> people.add(s.signedBy()));
        List<SalesOrderDocument.Line> lines = view.lines().stream().map(l -> {
            DeviceSummary device = byDevice.get(event.deviceByLine().get(l.lineId()));
            String lotOrSerial = device == null ? null : device.serial() != null ? device.serial() : device.lot();
            return new SalesOrderDocument.Line(l.catalogNumber(), l.description(), lotOrSerial, l.quantity(), l.unitPrice(),
                    l.lineTotal());
        }).toList();
        List<SalesOrderDocument.Signature> signatures = view.signatures().stream().map(s -> new SalesOrderDocument.Signature(
                "rep".equals(s.party()) ? "Sales rep" : "Provider representative", "drawn".equals(s.kind()) ? s.image() : null,
                s.typedName(), members.find(s.signedBy()).map(MemberSummary::displayName).orElse(null), s.signedAt())).toList();
        String patient = fullPatientId ? event.patientId() : event.maskedPatientId();
        return new SalesOrderDocument(tenants.require().displayName(), view.eventId(), event.name(),
                event.date(), facility.name(), facility.address(), event.surgeonName(), event.representativeName(), patient,
                lines, view.total(), view.currency(), signatures, view.poNumber());
    }


    private FacilityCard facility(UUID facilityId) {
        return facilities.card(facilityId).orElseThrow(() -> ProblemException.notFound("Facility", facilityId));
    }

    private static String name(SalesOrderDocument d) {
        return d.eventName() != null ? d.eventName() : d.eventId().toString();
    }
}
