package org.consigna.events.interfaces.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.events.application.EventAccess;
import org.consigna.events.application.EventService;
import org.consigna.events.application.EventService.NewContact;
import org.consigna.events.application.SubmissionService;
import org.consigna.events.domain.event.Event;
import org.consigna.events.domain.event.EventDetails;
import org.consigna.events.domain.event.EventRepository;
import org.consigna.events.interfaces.rest.EventViews.EventSummary;
import org.consigna.events.interfaces.rest.EventViews.EventView;
import org.consigna.events.interfaces.rest.EventViews.HistoryView;
import org.consigna.events.interfaces.rest.FacilityResource.ContactRequest;
import org.consigna.platform.input.OptionalBody;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.consigna.platform.input.QueryParameters;

/** Events: every member lists and reads them (patient ids masked unless they may act); the representative's side acts. */
@Path("t/{tenant}/events")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

    /** The ids are stored in one varchar(2000) column: 50 of them fit. */
    static final int MAX_PRODUCT_LINES = 50;

    @Inject
    EventService events;

    @Inject
    OneTransaction tx;

    @Inject
    SubmissionService submissions;

    @Inject
    EventAccess access;

    public record NewEvent(@NotNull UUID typeId, @NotNull UUID representativeId, @NotBlank @Size(max = 200) String name,
                           @NotNull LocalDate date, @NotNull UUID facilityId, UUID facilityContactId,
                           @Valid ContactRequest newFacilityContact, UUID surgeonId, @Size(max = 64) String patientId,
                           @Size(max = MAX_PRODUCT_LINES) List<@NotNull UUID> productLineIds, @Size(max = 4000) String notes) {
    }

    public record EventChange(@NotBlank @Size(max = 200) String name, @NotNull LocalDate date, @NotNull UUID facilityId,
                              UUID facilityContactId, @Valid ContactRequest newFacilityContact, UUID surgeonId,
                              @Size(max = 64) String patientId,
                              @Size(max = MAX_PRODUCT_LINES) List<@NotNull UUID> productLineIds,
                              @Size(max = 4000) String notes) {
    }

    /** Data for observers of the submit (billing: signatures, ...), passed on untouched; the body is optional. */
    public record Submission(@Size(max = 50) Map<@NotBlank @Size(max = 100) String, @Size(max = 2000) String> attributes) {
    }

    /** List filters, shared by the list and the export. */
    public static class Filters {
        @QueryParam("type") UUID type;
        @QueryParam("status") @Pattern(regexp = "open|closed|reopened") String status;
        @QueryParam("facility") UUID facility;
        @QueryParam("representative") UUID representative;
        @QueryParam("from") String from;
        @QueryParam("to") String to;

        EventRepository.Filter filter() {
            return new EventRepository.Filter(type, status == null ? null
                    : org.consigna.events.domain.event.EventStatus.fromWire(status), facility, representative,
                    QueryParameters.date("from", from), QueryParameters.date("to", to));
        }
    }

    @Operation(summary = "List events, newest first")
    @GET
    public Page<EventSummary> list(@Valid @BeanParam Filters filters, @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("events", 3);
        List<Event> found = events.search(filters.filter(), after == null ? null
                : new EventRepository.EventKey(after.date(0), after.instant(1), after.uuid(2)), page.fetchSize());
        return Page.of(found, page, e -> Cursor.encode("events", e.date(), e.createdAt(), e.id())).map(EventSummary::of);
    }

    /** The filtered events as CSV, patient ids masked, at most 10,000 rows. */
    @Operation(summary = "Export the filtered events as CSV")
    @APIResponseSchema(value = String.class, responseDescription = "The events as CSV, patient ids masked")
    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export(@Valid @BeanParam Filters filters) {
        List<Event> found = events.search(filters.filter(), null, 10_000);
        return Response.ok(EventCsv.of(found))
                .header("Content-Disposition", "attachment; filename=\"events.csv\"").build();
    }

    @Operation(summary = "Create an event")
    @APIResponseSchema(value = EventView.class, responseCode = "201", responseDescription = "The new event")
    @POST
    public Response create(@NotNull @Valid NewEvent request) {
        EventView created = tx.run(() -> show(events.create(request.typeId(), request.representativeId(),
                new EventDetails(request.name(), request.date(), request.facilityId(), request.facilityContactId(),
                        request.surgeonId(), request.patientId(), request.productLineIds(), request.notes()),
                contact(request.newFacilityContact())).id()));
        return Response.status(201).entity(created).build();
    }

    @Operation(summary = "Show an event with its lines")
    @GET
    @Path("{id}")
    public EventView show(@PathParam("id") UUID id) {
        Event event = events.find(id);
        return EventView.of(event, access.mayAct(event), events.linesOf(id), events.recordsSale(event));
    }

    @Operation(summary = "Change an event's details")
    @PUT
    @Path("{id}")
    public EventView change(@PathParam("id") UUID id, @NotNull @Valid EventChange request) {
        return tx.run(() -> {
            events.change(id, new EventDetails(request.name(), request.date(), request.facilityId(),
                    request.facilityContactId(), request.surgeonId(), request.patientId(), request.productLineIds(),
                    request.notes()), contact(request.newFacilityContact()));
            return show(id);
        });
    }

    // Not paged: one event's history, bounded by what can happen to one case (its lines, submits and reopens).
    @Operation(summary = "Show an event's history")
    @GET
    @Path("{id}/history")
    public List<HistoryView> history(@PathParam("id") UUID id) {
        return events.history(id).stream().map(HistoryView::of).toList();
    }

    @Operation(summary = "Submit an event for billing")
    @RequestBodySchema(Submission.class)
    @POST
    @Path("{id}/submit")
    public EventView submit(@PathParam("id") UUID id, String body) {
        Submission submission = OptionalBody.read(body, Submission.class, null);
        return tx.run(() -> {
            submissions.submit(id, submission == null || submission.attributes() == null ? Map.of() : submission.attributes());
            return show(id);
        });
    }

    @Operation(summary = "Reopen a closed event")
    @POST
    @Path("{id}/reopen")
    public EventView reopen(@PathParam("id") UUID id) {
        return tx.run(() -> {
            submissions.reopen(id);
            return show(id);
        });
    }

    private static NewContact contact(ContactRequest request) {
        return request == null ? null : new NewContact(request.name(), request.title(), request.email(), request.phone());
    }
}
