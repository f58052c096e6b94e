package org.consigna.inventory.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.consigna.inventory.application.DeviceFinder;
import org.consigna.inventory.application.InventoryQueries;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.inventory.interfaces.rest.CustodianNames.CustodianView;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.consigna.platform.input.QueryParameters;

/**
 * On-hand per custodian and item (and lot with {@code byLot=true}): consigned stock and facility
 * stock apart. Devices in a pending transfer still count for their sender until acceptance.
 */
@Path("t/{tenant}/inventory/on-hand")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class OnHandResource {

    @Inject
    InventoryQueries queries;

    @Inject
    CustodianNames custodians;

    public record OnHandView(CustodianView custodian, UUID itemId, String catalogNumber, String description, String lot,
                             long quantity, long facilityStock) {
    }

    @Operation(summary = "List on-hand quantities by custodian and item")
    @GET
    public Page<OnHandView> onHand(@QueryParam("custodian") String custodian, @QueryParam("item") String item,
                                   @QueryParam("byLot") boolean byLot, @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        String kind = byLot ? "on-hand-by-lot" : "on-hand";
        Cursor after = page.after(kind, byLot ? 3 : 2);
        Page<DeviceFinder.OnHand> found = Page.of(queries.onHand(QueryParameters.uuid("custodian", custodian), QueryParameters.uuid("item", item),
                byLot, after == null ? null : new DeviceFinder.OnHandKey(after.uuid(0), after.text(1), byLot ? after.text(2) : null),
                page.fetchSize()), page, r -> byLot ? Cursor.encode(kind, r.custodianId(), r.catalogNumber(), r.lot())
                : Cursor.encode(kind, r.custodianId(), r.catalogNumber()));
        List<DeviceFinder.OnHand> rows = found.items();
        custodians.prefetch(rows.stream().map(r -> Custodian.stored(r.custodianId(), r.custodianKind())).toList());
        return found.map(r -> new OnHandView(custodians.view(r.custodianId(), r.custodianKind()), r.itemId(), r.catalogNumber(),
                        r.description(), byLot ? r.lot() : null, r.quantity(), r.facilityStock()));
    }
}
