package org.consigna.events.interfaces.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.UUID;
import org.consigna.events.domain.facility.FacilityRepository;
import org.consigna.events.application.FacilityService;
import org.consigna.events.domain.facility.FacilityRepository.Search;
import org.consigna.events.interfaces.rest.FacilityViews.SurgeonView;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Surgeons: members search them, admins keep them (deactivate with {@code active: false}). */
@Path("t/{tenant}/events/surgeons")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurgeonResource {

    @Inject
    FacilityService places;

    public record SurgeonRequest(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
                                 @Size(max = 100) String specialty, Boolean active) {
    }

    @Operation(summary = "Search surgeons by name")
    @GET
    public Page<SurgeonView> search(@QueryParam("q") String text, @QueryParam("includeInactive") boolean all,
                                    @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("surgeons", 3);
        return Page.of(places.surgeons(new Search(text, all, page.fetchSize()), after == null ? null
                        : new FacilityRepository.SurgeonKey(after.text(0), after.text(1), after.uuid(2))), page,
                s -> Cursor.encode("surgeons", s.lastName().toLowerCase(Locale.ROOT), s.firstName().toLowerCase(Locale.ROOT),
                        s.id())).map(SurgeonView::of);
    }

    @Operation(summary = "Add a surgeon")
    @APIResponseSchema(value = SurgeonView.class, responseCode = "201", responseDescription = "The new surgeon")
    @POST
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public Response add(@NotNull @Valid SurgeonRequest request) {
        var surgeon = places.addSurgeon(request.firstName(), request.lastName(), request.specialty());
        return Response.status(201).entity(SurgeonView.of(surgeon)).build();
    }

    @Operation(summary = "Show a surgeon")
    @GET
    @Path("{id}")
    public SurgeonView show(@PathParam("id") UUID id) {
        return SurgeonView.of(places.surgeon(id));
    }

    @Operation(summary = "Change a surgeon")
    @PUT
    @Path("{id}")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public SurgeonView change(@PathParam("id") UUID id, @NotNull @Valid SurgeonRequest request) {
        return SurgeonView.of(places.changeSurgeon(id, request.firstName(), request.lastName(), request.specialty(),
                request.active()));
    }
}
