package org.consigna.facilitystock.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.consigna.facilitystock.application.ParLevelService;
import org.consigna.facilitystock.domain.par.ParLevel;
import org.consigna.facilitystock.interfaces.rest.StockViews.ParLevelView;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Par levels per facility and item. Admins set them; a custodian who holds facility stock at the facility may too when
 * the tenant's facility-stock settings allow it. Setting one re-checks the item's low-level alert.
 */
@Path("t/{tenant}/facility-stock/facilities/{facilityId}/par-levels")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParLevelResource {

    @Inject
    ParLevelService parLevels;

    @Inject
    OneTransaction tx;

    public record ParRequest(@NotNull @Min(0) @Max(ParLevel.MAX_PAR) Integer par) {
    }

    @Operation(summary = "List a facility's par levels by item id")
    @GET
    public Page<ParLevelView> list(@PathParam("facilityId") UUID facilityId, @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("par-levels", 1);
        return Page.of(parLevels.page(facilityId, after == null ? null : after.uuid(0), page.fetchSize()), page,
                p -> Cursor.encode("par-levels", p.itemId())).map(ParLevelView::of);
    }

    @Operation(summary = "Set the par level of an item at a facility")
    @PUT
    @Path("{itemId}")
    public ParLevelView set(@PathParam("facilityId") UUID facilityId, @PathParam("itemId") UUID itemId,
                            @NotNull @Valid ParRequest request) {
        return tx.run(() -> ParLevelView.of(parLevels.set(facilityId, itemId, request.par())));
    }
}
