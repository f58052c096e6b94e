package org.consigna.inventory.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.consigna.inventory.application.CatalogService;
import org.consigna.inventory.domain.catalog.ProductLine;
import org.consigna.inventory.interfaces.rest.CatalogViews.LineView;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Product lines: everyone in the tenant reads them, admins change them. Retired, never deleted. */
@Path("t/{tenant}/inventory/product-lines")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductLineResource {

    @Inject
    CatalogService catalog;

    public record LineRequest(@NotBlank @Size(max = 200) String name, @Size(max = 1000) String description, Boolean active) {
    }

    @Operation(summary = "List product lines by name")
    @GET
    public Page<LineView> list(@BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("product-lines", 1);
        return Page.of(catalog.lines(after == null ? null : after.text(0), page.fetchSize()), page,
                l -> Cursor.encode("product-lines", l.name())).map(LineView::of);
    }

    @Operation(summary = "Show a product line")
    @GET
    @Path("{id}")
    public LineView show(@PathParam("id") UUID id) {
        return LineView.of(catalog.line(id));
    }

    @Operation(summary = "Add a product line")
    @APIResponseSchema(value = LineView.class, responseCode = "201", responseDescription = "The new product line")
    @POST
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public Response add(@NotNull @Valid LineRequest request, @Context UriInfo uri) {
        ProductLine line = catalog.addLine(request.name(), request.description());
        return Response.created(uri.getAbsolutePathBuilder().path(line.id().toString()).build()).entity(LineView.of(line)).build();
    }

    @Operation(summary = "Change a product line")
    @PUT
    @Path("{id}")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public LineView change(@PathParam("id") UUID id, @NotNull @Valid LineRequest request) {
        return LineView.of(catalog.changeLine(id, request.name(), request.description(),
                request.active() == null || request.active()));
    }
}
