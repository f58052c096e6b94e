package org.consigna.facilitystock.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.consigna.facilitystock.application.FacilityStockService;
import org.consigna.facilitystock.interfaces.rest.StockViews.FacilityStockView;
import org.consigna.facilitystock.interfaces.rest.StockViews.ItemLine;
import org.consigna.facilitystock.interfaces.rest.StockViews.StockDevice;
import org.consigna.platform.security.TenantRole;
import org.consigna.platform.tenant.TenantContext;
import org.consigna.platform.web.CsvWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Facility stock of a facility per item: on hand, par, below par, expiring in 30/60/90 days, its devices with links to
 * their history; as JSON or CSV. Admins see every custodian's stock there, others what their custody scope includes.
 */
@Path("t/{tenant}/facility-stock/facilities/{facilityId}/stock")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
public class FacilityStockResource {

    static final String[] HEADER = {"facility_id", "facility_name", "item_id", "catalog_number", "description",
        "on_hand", "par", "below_par", "expiring_30", "expiring_60", "expiring_90", "device_id", "serial", "lot",
        "expiry", "quantity", "custodian_id", "custodian_name"};

    @Inject
    FacilityStockService stock;

    @Inject
    TenantContext tenants;

    @Operation(summary = "Show a facility's facility stock per item")
    @GET
    public FacilityStockView show(@PathParam("facilityId") UUID facilityId) {
        return FacilityStockView.of(stock.of(facilityId, today()), tenants.require().id());
    }

    @Operation(summary = "Export a facility's facility stock as CSV, one row per device")
    @APIResponseSchema(value = String.class, responseDescription = "The facility stock as CSV")
    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export(@PathParam("facilityId") UUID facilityId) {
        FacilityStockView view = show(facilityId);
        StreamingOutput body = out -> {
            try (CsvWriter csv = CsvWriter.to(out, HEADER)) {
                for (ItemLine line : view.items()) {
                    if (line.devices().isEmpty()) {
                        row(csv, view, line, null);
                    }
                    for (StockDevice d : line.devices()) {
                        row(csv, view, line, d);
                    }
                }
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"facility-stock.csv\"").build();
    }

    private static void row(CsvWriter csv, FacilityStockView view, ItemLine line, StockDevice d) {
        csv.row(view.facilityId(), view.facilityName(), line.itemId(), line.catalogNumber(), line.description(),
                line.onHand(), line.par(), line.belowPar(), line.expiring().within30(), line.expiring().within60(),
                line.expiring().within90(), d == null ? null : d.id(), d == null ? null : d.serial(),
                d == null ? null : d.lot(), d == null ? null : d.expiry(), d == null ? null : d.quantity(),
                d == null ? null : d.custodianId(), d == null ? null : d.custodianName());
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
