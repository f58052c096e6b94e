package org.consigna.purchasing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.security.TenantRole;
import org.consigna.purchasing.application.VendorService;
import org.consigna.purchasing.interfaces.rest.PurchasingViews.VendorItemView;
import org.consigna.purchasing.interfaces.rest.PurchasingViews.VendorView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Vendors and the items each supplies (part number, cost, lead time, preferred vendor of the item). */
@Path("t/{tenant}/purchasing/vendors")
@RolesAllowed(TenantRole.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VendorResource {

    @Inject
    VendorService vendors;

    public record VendorRequest(@NotBlank @Size(max = 200) String name, @Email @Size(max = 320) String email,
                                @Size(max = 100) String connector, Boolean active) {
    }

    public record SupplyRequest(@NotBlank @Size(max = 100) String partNumber,
                                @NotNull @DecimalMin("0") @DecimalMax("999999999999999") @Digits(integer = 15, fraction = 4)
                                BigDecimal unitCost,
                                @NotNull @Min(0) @Max(3650) Integer leadTimeDays, Boolean preferred) {
    }

    @Operation(summary = "List vendors by name")
    @GET
    public Page<VendorView> list(@BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("vendors", 1);
        return Page.of(vendors.page(after == null ? null : after.text(0), page.fetchSize()), page,
                v -> Cursor.encode("vendors", v.name())).map(VendorView::of);
    }

    @Operation(summary = "Add a vendor")
    @APIResponseSchema(value = VendorView.class, responseCode = "201", responseDescription = "The new vendor")
    @POST
    public Response create(@NotNull @Valid VendorRequest request) {
        return Response.status(201).entity(VendorView.of(vendors.create(request.name(), request.email(), request.connector())))
                .build();
    }

    @Operation(summary = "Show a vendor")
    @GET
    @Path("{vendorId}")
    public VendorView show(@PathParam("vendorId") UUID vendorId) {
        return VendorView.of(vendors.require(vendorId));
    }

    @Operation(summary = "Change a vendor")
    @PUT
    @Path("{vendorId}")
    public VendorView change(@PathParam("vendorId") UUID vendorId, @NotNull @Valid VendorRequest request) {
        return VendorView.of(vendors.change(vendorId, request.name(), request.email(), request.connector(),
                request.active() == null || request.active()));
    }

    // Not paged: what one vendor supplies, bounded by the tenant's catalog.
    @Operation(summary = "List the items a vendor supplies")
    @GET
    @Path("{vendorId}/items")
    public List<VendorItemView> supplies(@PathParam("vendorId") UUID vendorId) {
        return vendors.supplies(vendorId).stream().map(VendorItemView::of).toList();
    }

    @Operation(summary = "Set what a vendor supplies of an item")
    @PUT
    @Path("{vendorId}/items/{itemId}")
    public VendorItemView supply(@PathParam("vendorId") UUID vendorId, @PathParam("itemId") UUID itemId,
                                 @NotNull @Valid SupplyRequest request) {
        return VendorItemView.of(vendors.supply(vendorId, itemId, request.partNumber(), request.unitCost(),
                request.leadTimeDays(), Boolean.TRUE.equals(request.preferred())));
    }
}
