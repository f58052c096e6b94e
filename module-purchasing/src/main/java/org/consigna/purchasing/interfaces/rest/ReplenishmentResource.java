package org.consigna.purchasing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.consigna.purchasing.application.PurchaseOrderService;
import org.consigna.purchasing.application.PurchaseOrderService.Selection;
import org.consigna.purchasing.application.ReplenishmentService;
import org.consigna.purchasing.application.TemplateService;
import org.consigna.purchasing.domain.order.PurchaseOrder;
import org.consigna.purchasing.domain.template.PurchasingSetting;
import org.consigna.purchasing.interfaces.rest.PurchasingViews.OrderSummary;
import org.consigna.purchasing.interfaces.rest.PurchasingViews.ReplenishmentLine;
import org.consigna.purchasing.interfaces.rest.PurchasingViews.ReplenishmentView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Replenishment, computed live on every read and never stored: saving selected lines makes purchase orders, one per
 * vendor. The tenant's expiry horizon decides which expiring units no longer count as on hand.
 */
@Path("t/{tenant}/purchasing")
@RolesAllowed(TenantRole.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReplenishmentResource {

    @Inject
    ReplenishmentService replenishment;

    @Inject
    PurchaseOrderService orders;

    @Inject
    TemplateService templates;

    @Inject
    OneTransaction tx;

    public record SelectionRequest(@NotNull UUID recipientId, @NotNull UUID itemId) {
    }

    public record SaveRequest(@NotEmpty @Size(max = 1000) List<@NotNull @Valid SelectionRequest> lines) {
    }

    public record SettingsView(int expiryHorizonDays, boolean requisitionsEnabled) {

        static SettingsView of(PurchasingSetting s) {
            return new SettingsView(s.expiryHorizonDays(), s.requisitionsEnabled());
        }
    }

    public record SettingsRequest(@NotNull @Min(0) @Max(3650) Integer expiryHorizonDays, @NotNull Boolean requisitionsEnabled) {
    }

    // Not paged: one line per recipient and item of their templates, computed in a handful of queries.
    @Operation(summary = "Compute replenishment: each recipient and item with every term and the documents behind it")
    @GET
    @Path("replenishment")
    public ReplenishmentView compute(@QueryParam("recipientId") UUID recipientId, @QueryParam("all") Boolean all) {
        List<ReplenishmentLine> lines = replenishment.compute(recipientId == null ? null : List.of(recipientId)).stream()
                .filter(s -> Boolean.TRUE.equals(all) || s.need().suggested() > 0).map(ReplenishmentLine::of).toList();
        LocalDate horizon = LocalDate.now(ZoneOffset.UTC).plusDays(templates.settings().expiryHorizonDays());
        return new ReplenishmentView(horizon, lines);
    }

    // Not paged: the orders one save made, at most one per vendor.
    @Operation(summary = "Save selected replenishment lines as purchase orders, one per vendor")
    @APIResponseSchema(value = OrderSummary[].class, responseCode = "201", responseDescription = "The new purchase orders")
    @POST
    @Path("replenishment/orders")
    public Response save(@NotNull @Valid SaveRequest request) {
        List<OrderSummary> saved = tx.run(() -> {
            List<PurchaseOrder> made = orders.save(request.lines().stream()
                    .map(l -> new Selection(l.recipientId(), l.itemId())).toList());
            var vendors = orders.vendorsOf(made);
            return made.stream().map(o -> OrderSummary.of(o, vendors.get(o.vendorId()))).toList();
        });
        return Response.status(201).entity(saved).build();
    }

    @Operation(summary = "Show the tenant's purchasing settings")
    @GET
    @Path("settings")
    public SettingsView settings() {
        return SettingsView.of(templates.settings());
    }

    @Operation(summary = "Change the tenant's purchasing settings")
    @PUT
    @Path("settings")
    public SettingsView changeSettings(@NotNull @Valid SettingsRequest request) {
        return tx.run(() -> SettingsView.of(templates.changeSettings(request.expiryHorizonDays(), request.requisitionsEnabled())));
    }
}
