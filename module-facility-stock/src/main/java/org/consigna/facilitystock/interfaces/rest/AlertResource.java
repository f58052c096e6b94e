package org.consigna.facilitystock.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.consigna.facilitystock.application.LowLevelAlerts;
import org.consigna.facilitystock.domain.par.AlertRepository.AlertKey;
import org.consigna.facilitystock.interfaces.rest.StockViews.AlertView;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.consigna.platform.input.QueryParameters;

/** Low-level alerts, newest first, optionally of one facility or only unacknowledged; acknowledging one. */
@Path("t/{tenant}/facility-stock/alerts")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    @Inject
    LowLevelAlerts alerts;

    @Inject
    OneTransaction tx;

    @Operation(summary = "List low-level alerts, newest first")
    @GET
    public Page<AlertView> list(@QueryParam("facility") String facility,
                                @QueryParam("unacknowledged") boolean unacknowledged, @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("low-level-alerts", 2);
        return Page.of(alerts.page(QueryParameters.uuid("facility", facility), unacknowledged,
                        after == null ? null : new AlertKey(after.instant(0), after.uuid(1)), page.fetchSize()), page,
                a -> Cursor.encode("low-level-alerts", a.raisedAt(), a.id())).map(AlertView::of);
    }

    @Operation(summary = "Acknowledge a low-level alert")
    @POST
    @Path("{id}/acknowledge")
    public AlertView acknowledge(@PathParam("id") UUID id) {
        return tx.run(() -> AlertView.of(alerts.acknowledge(id)));
    }

}
