package org.consigna.billing.interfaces.rest.price;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.billing.application.price.PriceSheetService;
import org.consigna.billing.application.price.PriceSheetService.EffectivePrices;
import org.consigna.billing.domain.price.PriceList;
import org.consigna.billing.domain.price.PriceSheet;
import org.consigna.billing.domain.price.PriceSheetLine;
import org.consigna.billing.domain.price.ResolvedPrice;
import org.consigna.billing.interfaces.rest.price.PriceViews.FacilityPricesView;
import org.consigna.billing.interfaces.rest.price.PriceViews.PriceSheetView;
import org.consigna.billing.interfaces.rest.price.PriceViews.PriceView;
import org.consigna.billing.interfaces.rest.price.PriceViews.SheetLineView;
import org.consigna.inventory.api.InventoryCatalog;
import org.consigna.inventory.api.InventoryCatalog.ItemSummary;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * A facility's prices: its effective prices with their sources, and its contract price sheets (CSV uploads by admins;
 * each replaces the current one, which stays in the history).
 */
@Path("t/{tenant}/billing/facilities/{facilityId}")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class FacilityPriceResource {

    @Inject
    PriceSheetService sheets;

    @Inject
    InventoryCatalog catalog;

    @Inject
    OneTransaction tx;

    @Operation(summary = "Show a facility's effective prices with their sources",
            description = "The given items (repeat item=...), or every item of the facility's current price sheet and"
                    + " assigned price list when none is given. Each price is rounded to the tenant currency's scale;"
                    + " an item without any price is left out.")
    @GET
    @Path("prices")
    public FacilityPricesView prices(@PathParam("facilityId") UUID facilityId,
                                     @QueryParam("item") @Size(max = 500) List<UUID> items) {
        return tx.run(() -> {
            EffectivePrices effective = sheets.effective(facilityId, items == null ? List.of() : items);
            Map<UUID, ItemSummary> names = catalog.items(effective.prices().stream().map(ResolvedPrice::itemId).toList());
            return new FacilityPricesView(facilityId, effective.facilityName(), effective.currency(),
                    effective.sheet().map(PriceSheet::id).orElse(null), effective.priceList().map(PriceList::id).orElse(null),
                    effective.priceList().map(PriceList::name).orElse(null),
                    effective.prices().stream().map(p -> PriceView.of(p, names.get(p.itemId()))).toList());
        });
    }

    @Operation(summary = "List a facility's price sheets, newest first (the current one and those it replaced)")
    @GET
    @Path("price-sheets")
    public Page<PriceSheetView> history(@PathParam("facilityId") UUID facilityId, @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("price-sheets", 2);
        return Page.of(sheets.history(facilityId, after == null ? null : after.instant(0),
                        after == null ? null : after.uuid(1), page.fetchSize()), page,
                s -> Cursor.encode("price-sheets", s.uploadedAt(), s.id())).map(s -> PriceSheetView.of(s, null));
    }

    @Operation(summary = "Show a price sheet of a facility with its lines")
    @GET
    @Path("price-sheets/{sheetId}")
    public PriceSheetView sheet(@PathParam("facilityId") UUID facilityId, @PathParam("sheetId") UUID sheetId) {
        return tx.run(() -> withLines(sheets.sheet(facilityId, sheetId)));
    }

    @Operation(summary = "Upload a facility's price sheet (CSV), replacing its current one",
            description = "A header row naming unitPrice and catalogNumber or itemId, then one row per item. Any bad row"
                    + " refuses the whole sheet (422 naming each row and column) and changes nothing.")
    @APIResponseSchema(value = PriceSheetView.class, responseCode = "201", responseDescription = "The new current sheet")
    @POST
    @Path("price-sheets")
    @Consumes("text/csv")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public Response upload(@PathParam("facilityId") UUID facilityId,
                           @QueryParam("fileName") @Size(max = 255) String fileName, @NotNull String csv) {
        PriceSheetView view = tx.run(() -> withLines(sheets.upload(facilityId, csv, fileName)));
        return Response.status(201).entity(view).build();
    }

    private PriceSheetView withLines(PriceSheet sheet) {
        List<PriceSheetLine> lines = sheets.lines(sheet.id());
        Map<UUID, ItemSummary> names = catalog.items(lines.stream().map(PriceSheetLine::itemId).toList());
        return PriceSheetView.of(sheet, lines.stream().map(l -> {
            ItemSummary item = names.get(l.itemId());
            return new SheetLineView(l.row(), l.itemId(), item == null ? null : item.catalogNumber(),
                    item == null ? null : item.description(), l.unitPrice());
        }).toList());
    }
}
