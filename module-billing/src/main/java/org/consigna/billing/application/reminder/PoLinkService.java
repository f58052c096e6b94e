package org.consigna.billing.application.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import org.consigna.billing.BillingModule;
import org.consigna.billing.application.close.BillingRecords;
import org.consigna.billing.application.close.BillingView;
import org.consigna.billing.application.salesorder.SalesOrders;
import org.consigna.billing.domain.reminder.PoLink;
import org.consigna.billing.domain.reminder.PoLinkToken;
import org.consigna.billing.domain.reminder.PoReminderRepository;
import org.consigna.events.api.EventDocuments;
import org.consigna.events.api.Facilities;
import org.consigna.events.api.FacilityCard;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.tenant.TenantContext;
import org.consigna.platform.tenant.TenantDirectory;
import org.consigna.platform.tenant.TenantRef;
import org.consigna.platform.tenant.TenantStatus;

/**
 * What a hospital buyer reaches with a PO link, and nothing more: the event's summary, its sales order (patient id
 * masked) and entering its PO number once, which completes the event without the rep. The token names the tenant;
 * the link row says whether it was used.
 */
@ApplicationScoped
public class PoLinkService {

    @Inject
    PoLinks links;

    @Inject
    PoReminderRepository repository;

    @Inject
    BillingRecords records;

    @Inject
    SalesOrders salesOrders;

    @Inject
    EventDocuments events;

    @Inject
    Facilities facilities;

    @Inject
    TenantDirectory tenants;

    @Inject
    TenantContext tenantContext;

    @Inject
    OneTransaction tx;

    @Inject
    BillingClock clock;

    /** What the link shows. */
    public record LinkView(String tenant, UUID eventId, String event, String facility, Instant closedAt, BigDecimal total,
                           String currency, String status, String poNumber, Instant expiresAt, String salesOrderUrl) {
    }

    public LinkView open(String token) {
        return withLink(token, false, (link, view) -> view(token, link, view));
    }

    private LinkView view(String token, PoLink link, BillingView view) {
        String event = events.find(view.eventId()).map(EventDocuments.EventDocument::name).orElse(null);
        String facility = facilities.card(view.facilityId()).map(FacilityCard::name).orElse(null);
        return new LinkView(tenantContext.require().displayName(), view.eventId(), event, facility, view.closedAt(),
                view.total(), view.currency(), view.status(), view.poNumber(), link.expiresAt(),
                link.used() ? null : links.url(token) + "/sales-order.pdf");
    }

    public byte[] salesOrder(String token) {
        return withLink(token, false, (link, view) -> salesOrders.pdf(view.eventId(), false));
    }

    /** Enters the PO number: completes the event and uses the link up. */
    public LinkView enterPo(String token, String poNumber) {
        return withLink(token, true, (link, view) -> {
            Instant now = clock.now();
            BillingView completed = records.enterPo(view.eventId(), poNumber, null, false);
            repository.useLink(link.id(), now, poNumber.strip());
            repository.finish(view.eventId(), now, "po-entered");
            return view(token, repository.link(link.id()).orElseThrow(), completed);
        });
    }

    private <T> T withLink(String token, boolean lock, BiFunction<PoLink, BillingView, T> work) {
        PoLinkToken read = links.read(token, clock.now());
        TenantRef tenant = tenants.find(read.tenantId()).filter(t -> t.status() == TenantStatus.ACTIVE)
                .filter(t -> t.modules().contains(BillingModule.ID)).orElseThrow(PoLinkService::gone);
        return tenantContext.runAs(tenant, () -> tx.run(() -> {
            PoLink link = (lock ? repository.lockLink(read.linkId()) : repository.link(read.linkId())).orElseThrow(PoLinkService::gone);
            if (link.used()) {
                throw new ProblemException(410, "po-link-used", "Link already used", "This PO link entered PO number '"
                        + link.poNumber() + "' already; each link works once");
            }
            BillingView view = records.find(link.eventId()).orElseThrow(PoLinkService::gone);
            return work.apply(link, view);
        }));
    }

    private static ProblemException gone() {
        return new ProblemException(410, "po-link-gone", "Link no longer valid", "What this PO link was for no longer exists");
    }

    @FunctionalInterface
    private interface Work<T> extends java.util.function.BiFunction<PoLink, BillingView, T> {
        default T run(PoLink link, BillingView view) {
            return apply(link, view);
        }
    }
}
