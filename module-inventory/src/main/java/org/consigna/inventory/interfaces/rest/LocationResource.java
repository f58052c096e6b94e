package org.consigna.inventory.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.time.Instant;
import java.util.UUID;
import org.consigna.inventory.application.LocationService;
import org.consigna.inventory.domain.Wire;
import org.consigna.platform.value.Address;
import org.consigna.inventory.domain.custody.Location;
import org.consigna.inventory.domain.custody.LocationKind;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Offices and warehouses that hold inventory: everyone sees them (to send transfers there), admins manage them. */
@Path("t/{tenant}/inventory/locations")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LocationResource {

    @Inject
    LocationService locations;

    public record AddressData(@Size(max = 200) String line1, @Size(max = 200) String line2, @Size(max = 100) String city,
                              @Size(max = 100) String region, @Size(max = 20) String postalCode,
                              @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 two-letter country code") String country) {

        Address toAddress() {
            // Locations keep an ISO country code, upper case.
            return new Address(line1, line2, city, region, postalCode,
                    country == null ? null : country.trim().toUpperCase(java.util.Locale.ROOT));
        }

        static AddressData of(Address a) {
            return a == null ? null : new AddressData(a.line1(), a.line2(), a.city(), a.region(), a.postalCode(), a.country());
        }
    }

    public record LocationRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 20) String kind, @Valid AddressData address,
                                  Boolean active) {
    }

    public record LocationView(UUID id, String name, String kind, AddressData address, boolean active, Instant createdAt) {
        static LocationView of(Location l) {
            return new LocationView(l.id(), l.name(), Wire.of(l.kind()), AddressData.of(l.address()), l.active(), l.createdAt());
        }
    }

    @Operation(summary = "List locations by name")
    @GET
    public Page<LocationView> list(@BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("locations", 1);
        return Page.of(locations.all(after == null ? null : after.text(0), page.fetchSize()), page,
                l -> Cursor.encode("locations", l.name())).map(LocationView::of);
    }

    @Operation(summary = "Show a location")
    @GET
    @Path("{id}")
    public LocationView show(@PathParam("id") UUID id) {
        return LocationView.of(locations.load(id));
    }

    @Operation(summary = "Add a location")
    @APIResponseSchema(value = LocationView.class, responseCode = "201", responseDescription = "The new location")
    @POST
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public Response add(@NotNull @Valid LocationRequest request, @Context UriInfo uri) {
        Location location = locations.add(request.name(), Wire.parse(LocationKind.class, request.kind(), "kind"), address(request));
        return Response.created(uri.getAbsolutePathBuilder().path(location.id().toString()).build())
                .entity(LocationView.of(location)).build();
    }

    @Operation(summary = "Change a location")
    @PUT
    @Path("{id}")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public LocationView change(@PathParam("id") UUID id, @NotNull @Valid LocationRequest request) {
        return LocationView.of(locations.change(id, request.name(), Wire.parse(LocationKind.class, request.kind(), "kind"),
                address(request), request.active() == null || request.active()));
    }

    private static Address address(LocationRequest request) {
        return request.address() == null ? null : request.address().toAddress();
    }
}
