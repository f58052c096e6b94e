package org.consigna.purchasing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.consigna.billing.api.ReplenishmentRequested;
import org.consigna.platform.module.ForEnabledTenants;
import org.consigna.purchasing.application.RequisitionService.RequisitionState;
import org.consigna.purchasing.application.RequisitionService.ToOrder;
import org.consigna.purchasing.application.RequisitionService.Wanted;

/**
 * A replenishment asked for when a case is closed (billing's {@link ReplenishmentRequested}, inside the closing's
 * transaction) becomes a requisition for the representative, once per closing: a suggestion the admins order, or
 * purchase orders at once where the representative's recipient auto-replenishes (lines without a vendor stay open).
 */
@ApplicationScoped
@ForEnabledTenants
public class ClosingReplenishments {

    @Inject
    RequisitionService requisitions;

    @Inject
    TemplateService templates;

    void onRequested(@Observes ReplenishmentRequested requested) {
        if (requested.items().isEmpty()) {
            return;
        }
        var recipient = templates.ensureRecipient(requested.representativeId());
        List<Wanted> wanted = requested.items().stream().map(i -> new Wanted(i.itemId(), i.quantity())).toList();
        RequisitionState state = requisitions.createFor(requested.representativeId(), wanted, "billing",
                requested.eventId() + "@" + requested.requestedAt().toEpochMilli());
        if (recipient.autoReplenish() && state.orders().isEmpty()) {
            List<ToOrder> orderable = requisitions.withDefaultVendor(state).stream()
                    .map(l -> new ToOrder(l.id(), l.remaining(), null)).toList();
            if (!orderable.isEmpty()) {
                requisitions.order(state.requisition().id(), orderable);
            }
        }
    }
}
