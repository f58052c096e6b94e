package org.consigna.inventory.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.UUID;
import org.consigna.inventory.application.CatalogService;
import org.consigna.inventory.application.CatalogService.ItemData;
import org.consigna.inventory.domain.Wire;
import org.consigna.inventory.domain.catalog.Item;
import org.consigna.inventory.domain.catalog.Tracking;
import org.consigna.inventory.interfaces.rest.CatalogViews.ItemView;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.consigna.platform.input.QueryParameters;

/** Catalog items: everyone in the tenant reads them, admins change them. Tracking is fixed at creation. */
@Path("t/{tenant}/inventory/items")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemResource {

    @Inject
    CatalogService catalog;

    /** GTIN-8/12/13/14; stored as 14 digits. Tracking: serial, lot or none. */
    public record ItemRequest(@NotNull UUID productLineId, @NotBlank @Size(max = 64) String catalogNumber,
                              @NotBlank @Size(max = 500) String description, @Size(max = 14) String gtin,
                              @Size(max = 10) String tracking, @NotNull Boolean singleUse,
                              @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal listPrice, Boolean active) {

        ItemData data(boolean creating) {
            Tracking parsed = Wire.parse(Tracking.class, tracking, "tracking");
            if (creating && parsed == null) {
                throw ProblemException.badRequest("invalid-tracking", "An item needs its tracking: serial, lot or none");
            }
            return new ItemData(productLineId, catalogNumber, description, gtin, parsed, singleUse, listPrice, active);
        }
    }

    @Operation(summary = "List catalog items by catalog number")
    @GET
    public Page<ItemView> list(@QueryParam("productLine") String productLine, @QueryParam("active") Boolean active,
                               @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("items", 1);
        return Page.of(catalog.items(QueryParameters.uuid("productLine", productLine), active, after == null ? null : after.text(0),
                page.fetchSize()), page, i -> Cursor.encode("items", i.catalogNumber())).map(ItemView::of);
    }

    @Operation(summary = "Show a catalog item")
    @GET
    @Path("{id}")
    public ItemView show(@PathParam("id") UUID id) {
        return ItemView.of(catalog.item(id));
    }

    @Operation(summary = "Add a catalog item")
    @APIResponseSchema(value = ItemView.class, responseCode = "201", responseDescription = "The new item")
    @POST
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public Response add(@NotNull @Valid ItemRequest request, @Context UriInfo uri) {
        Item item = catalog.addItem(request.data(true));
        return Response.created(uri.getAbsolutePathBuilder().path(item.id().toString()).build()).entity(ItemView.of(item)).build();
    }

    @Operation(summary = "Change a catalog item")
    @PUT
    @Path("{id}")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public ItemView change(@PathParam("id") UUID id, @NotNull @Valid ItemRequest request) {
        return ItemView.of(catalog.changeItem(id, request.data(false)));
    }
}
