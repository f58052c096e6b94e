package org.consigna.facilitystock.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.consigna.facilitystock.application.ExpiryService;
import org.consigna.facilitystock.domain.expiry.ExpiryBand;
import org.consigna.facilitystock.interfaces.rest.StockViews.StockDevice;
import org.consigna.inventory.api.StockQueries;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.security.TenantRole;
import org.consigna.platform.tenant.TenantContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Expiring stock on hand (consigned and facility stock; never inactive devices) in one band: {@code 30} (within 30
 * days, the expired included), {@code 60} (31 to 60), {@code 90} (61 to 90); soonest first, paged.
 */
@Path("t/{tenant}/facility-stock/expiring")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class ExpiringResource {

    @Inject
    ExpiryService expiry;

    @Inject
    TenantContext tenants;

    @Operation(summary = "List stock on hand expiring in a 30, 60 or 90-day band, soonest first")
    @GET
    public Page<StockDevice> band(@QueryParam("band") String band, @BeanParam PageParams paging) {
        ExpiryBand chosen = ExpiryBand.parse(band == null || band.isBlank() ? "30" : band.trim(), "band");
        PageRequest page = paging.request();
        String kind = "expiring-" + chosen.wire();
        Cursor after = page.after(kind, 2);
        StockQueries.ExpiringPage found = expiry.band(chosen, FacilityStockResource.today(),
                after == null ? null : new StockQueries.ExpiringKey(LocalDate.parse(after.text(0)), after.uuid(1)),
                page.limit());
        StockQueries.ExpiringKey next = found.next();
        String tenant = tenants.require().id();
        return new Page<>(found.devices().stream().map(d -> StockDevice.of(d, tenant)).toList(),
                next == null ? null : Cursor.encode(kind, next.expiry(), next.deviceId()));
    }
}
