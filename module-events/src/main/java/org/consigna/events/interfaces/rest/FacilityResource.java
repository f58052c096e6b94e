package org.consigna.events.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.consigna.events.domain.facility.FacilityRepository;
import org.consigna.events.application.FacilityService;
import org.consigna.platform.value.Address;
import org.consigna.events.domain.facility.FacilityRepository.Search;
import org.consigna.events.interfaces.rest.FacilityViews.ContactView;
import org.consigna.events.interfaces.rest.FacilityViews.FacilityView;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Facilities and their contacts. Members read and add contacts; admins keep facilities and the billing order. */
@Path("t/{tenant}/events/facilities")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FacilityResource {

    @Inject
    FacilityService places;

    public record FacilityRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String street,
                                  @Size(max = 200) String line2, @Size(max = 100) String city, @Size(max = 100) String region,
                                  @Size(max = 20) String postalCode, @Size(max = 60) String country,
                                  @Size(max = 40) String phone) {
        Address address() {
            return new Address(street, line2, city, region, postalCode, country);
        }
    }

    public record ContactRequest(@NotBlank @Size(max = 200) String name, @Size(max = 100) String title,
                                 @Email @Size(max = 254) String email, @Size(max = 40) String phone, Boolean active) {
    }

    public record BillingOrder(@NotNull @Size(max = 500) List<@NotNull UUID> contactIds) {
    }

    @Operation(summary = "Search facilities by name")
    @GET
    public Page<FacilityView> search(@QueryParam("q") String text, @QueryParam("includeInactive") boolean all,
                                     @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("facilities", 2);
        return Page.of(places.facilities(new Search(text, all, page.fetchSize()),
                        after == null ? null : new FacilityRepository.FacilityKey(after.text(0), after.uuid(1))), page,
                f -> Cursor.encode("facilities", f.name().toLowerCase(Locale.ROOT), f.id())).map(f -> FacilityView.of(f, null));
    }

    @Operation(summary = "Add a facility")
    @APIResponseSchema(value = FacilityView.class, responseCode = "201", responseDescription = "The new facility")
    @POST
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public Response add(@NotNull @Valid FacilityRequest request) {
        var facility = places.addFacility(request.name(), request.address(), request.phone());
        return Response.status(201).entity(FacilityView.of(facility, List.of())).build();
    }

    @Operation(summary = "Show a facility")
    @GET
    @Path("{id}")
    public FacilityView show(@PathParam("id") UUID id) {
        return FacilityView.of(places.facility(id), places.billingContacts(id));
    }

    @Operation(summary = "Change a facility")
    @PUT
    @Path("{id}")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public FacilityView change(@PathParam("id") UUID id, @NotNull @Valid FacilityRequest request) {
        places.changeFacility(id, request.name(), request.address(), request.phone());
        return show(id);
    }

    @Operation(summary = "Deactivate a facility")
    @POST
    @Path("{id}/deactivate")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public FacilityView deactivate(@PathParam("id") UUID id) {
        places.setFacilityActive(id, false);
        return show(id);
    }

    @Operation(summary = "Activate a facility again")
    @POST
    @Path("{id}/activate")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public FacilityView activate(@PathParam("id") UUID id) {
        places.setFacilityActive(id, true);
        return show(id);
    }

    // Not paged: the people of one facility, few by nature, and billing works on all of them at once.
    @Operation(summary = "List a facility's contacts")
    @GET
    @Path("{id}/contacts")
    public List<ContactView> contacts(@PathParam("id") UUID id, @QueryParam("includeInactive") boolean all) {
        return places.contacts(id, all).stream().map(ContactView::of).toList();
    }

    @Operation(summary = "Add a contact to a facility")
    @APIResponseSchema(value = ContactView.class, responseCode = "201", responseDescription = "The new contact")
    @POST
    @Path("{id}/contacts")
    public Response addContact(@PathParam("id") UUID id, @NotNull @Valid ContactRequest request) {
        var contact = places.addContact(id, request.name(), request.title(), request.email(), request.phone());
        return Response.status(201).entity(ContactView.of(contact)).build();
    }

    @Operation(summary = "Change a facility's contact")
    @PUT
    @Path("{id}/contacts/{contactId}")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public ContactView changeContact(@PathParam("id") UUID id, @PathParam("contactId") UUID contactId,
                                     @NotNull @Valid ContactRequest request) {
        return ContactView.of(places.changeContact(id, contactId, request.name(), request.title(), request.email(),
                request.phone(), request.active()));
    }

    /** Replaces the billing order: the listed contacts, first one the default recipient of sales orders. */
    @Operation(summary = "Replace a facility's billing contacts, in order")
    @PUT
    @Path("{id}/billing-contacts")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public List<ContactView> orderBillingContacts(@PathParam("id") UUID id, @NotNull @Valid BillingOrder order) {
        return places.orderBillingContacts(id, order.contactIds()).stream().map(ContactView::of).toList();
    }
}
