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
import java.util.UUID;
import org.consigna.events.application.Behaviours;
import org.consigna.events.application.EventTypeService;
import org.consigna.events.domain.eventtype.EventType;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** The tenant's event types: members list them; admins create, rename, reconfigure and (de)activate them. */
@Path("t/{tenant}/events/types")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventTypeResource {

    @Inject
    EventTypeService types;

    @Inject
    Behaviours behaviours;

    public record NewType(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 64) String behaviour, boolean patientIdRequired,
                          boolean surgeonRequired, boolean facilityContactRequired, Boolean billingApplies) {
    }

    public record TypeChange(@NotBlank @Size(max = 100) String name, boolean patientIdRequired, boolean surgeonRequired,
                             boolean facilityContactRequired, boolean billingApplies) {
    }

    public record EventTypeView(UUID id, String name, String behaviour, String behaviourName, boolean patientIdRequired,
                                boolean surgeonRequired, boolean facilityContactRequired, boolean billingApplies,
                                boolean active) {
    }

    @Operation(summary = "List event types by name")
    @GET
    public Page<EventTypeView> list(@QueryParam("includeInactive") boolean all, @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("event-types", 1);
        return Page.of(types.all(all, after == null ? null : after.text(0), page.fetchSize()), page,
                t -> Cursor.encode("event-types", t.name().toLowerCase(java.util.Locale.ROOT))).map(this::view);
    }

    @Operation(summary = "Show an event type")
    @GET
    @Path("{id}")
    public EventTypeView show(@PathParam("id") UUID id) {
        return view(types.find(id));
    }

    @Operation(summary = "Create an event type on an installed behaviour")
    @APIResponseSchema(value = EventTypeView.class, responseCode = "201", responseDescription = "The new event type")
    @POST
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public Response create(@NotNull @Valid NewType request) {
        EventType type = types.create(request.name(), request.behaviour(), request.patientIdRequired(),
                request.surgeonRequired(), request.facilityContactRequired(), request.billingApplies());
        return Response.status(201).entity(view(type)).build();
    }

    @Operation(summary = "Change an event type")
    @PUT
    @Path("{id}")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public EventTypeView change(@PathParam("id") UUID id, @NotNull @Valid TypeChange request) {
        return view(types.change(id, request.name(), request.patientIdRequired(), request.surgeonRequired(),
                request.facilityContactRequired(), request.billingApplies()));
    }

    @Operation(summary = "Deactivate an event type")
    @POST
    @Path("{id}/deactivate")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public EventTypeView deactivate(@PathParam("id") UUID id) {
        return view(types.setActive(id, false));
    }

    @Operation(summary = "Activate an event type again")
    @POST
    @Path("{id}/activate")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public EventTypeView activate(@PathParam("id") UUID id) {
        return view(types.setActive(id, true));
    }

    private EventTypeView view(EventType t) {
        String behaviourName = behaviours.find(t.behaviour()).map(b -> b.displayName()).orElse(t.behaviour() + " (not installed)");
        var o = t.options();
        return new EventTypeView(t.id(), t.name(), t.behaviour(), behaviourName, o.patientIdRequired(),
                o.surgeonRequired(), o.facilityContactRequired(), o.billingApplies(), t.isActive());
    }
}
