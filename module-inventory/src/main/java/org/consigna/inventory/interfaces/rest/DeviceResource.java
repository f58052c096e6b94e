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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.consigna.inventory.application.DeviceFinder;
import org.consigna.inventory.application.DeviceQuery;
import org.consigna.inventory.application.DeviceService;
import org.consigna.inventory.application.InventoryQueries;
import org.consigna.inventory.domain.custody.Custodian;
import org.consigna.inventory.domain.device.Device;
import org.consigna.inventory.interfaces.rest.DeviceViews.DeviceView;
import org.consigna.inventory.domain.ledger.LedgerEntry;
import org.consigna.inventory.interfaces.rest.DeviceViews.EntryView;
import org.consigna.inventory.interfaces.rest.DeviceViews.NoteView;
import org.consigna.platform.input.ScannedText;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.consigna.platform.input.QueryParameters;

/**
 * Devices: search (keyset-paged), CSV export of the same search (streamed), expiring devices, and
 * one device's details, history (its ledger entries, newest first), tags, notes, corrections and
 * deactivation. There is no DELETE: devices are never deleted.
 */
@Path("t/{tenant}/inventory/devices")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeviceResource {

    @Inject
    InventoryQueries queries;

    @Inject
    OneTransaction tx;

    @Inject
    DeviceService devices;

    @Inject
    DeviceViews views;

    @Inject
    CustodianNames custodians;

    /** A page of results; {@code next} is the {@code after} of the following page, absent on the last. */
    public record TagRequest(@NotBlank @Size(max = 50) String tag) {
    }

    public record NoteRequest(@NotBlank @Size(max = 2000) String text) {
    }

    public record DetailsRequest(LocalDate expiry, @Size(max = 500) @ScannedText String udi) {
    }

    public record DeactivationRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @Operation(summary = "Search devices")
    @GET
    public Page<DeviceView> search(@BeanParam DeviceSearchParams params) {
        return page(queries.search(params.toQuery()));
    }

    @Operation(summary = "Export the devices found as CSV")
    @APIResponseSchema(value = String.class, responseDescription = "The devices as CSV")
    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export(@BeanParam DeviceSearchParams params) {
        DeviceQuery query = params.toQuery();
        StreamingOutput body = out -> {
            try (DeviceCsv csv = new DeviceCsv(out)) {
                queries.export(query, row -> csv.write(row, custodians.view(row.custodianId(), row.custodianKind())));
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"devices.csv\"").build();
    }

    /** Devices expiring within the given days (already expired ones included), soonest first. */
    @Operation(operationId = "listExpiringDevices", summary = "List devices expiring within some days")
    @GET
    @Path("expiring")
    public Page<DeviceView> expiring(@QueryParam("days") Integer days, @BeanParam DeviceSearchParams params) {
        params.expiringWithin = QueryParameters.between("days", days, 90, 0, 36_500);
        params.sort = "expiry";
        params.order = "asc";
        return page(queries.search(params.toQuery()));
    }

    @Operation(summary = "Show a device")
    @GET
    @Path("{id}")
    public DeviceView show(@PathParam("id") UUID id) {
        Device device = devices.load(id);
        return views.of(device, List.copyOf(devices.tags(id)));
    }

    @Operation(summary = "Show a device's ledger entries, newest first")
    @GET
    @Path("{id}/history")
    public Page<EntryView> history(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("device-history", 1);
        Page<LedgerEntry> entries = Page.of(devices.history(id, after == null ? null : after.number(0), page.fetchSize()),
                page, e -> Cursor.encode("device-history", e.seq()));
        // every name the page shows in one lookup, not one per entry
        custodians.prefetch(entries.items().stream().flatMap(e -> java.util.stream.Stream.of(e.from(), e.to()))
                .filter(java.util.Objects::nonNull).toList());
        return entries.map(views::of);
    }

    // Not paged: a device's tags are few by nature (a word each, added by hand).
    @Operation(summary = "List a device's tags")
    @GET
    @Path("{id}/tags")
    public Set<String> tags(@PathParam("id") UUID id) {
        return devices.tags(id);
    }

    @Operation(summary = "Tag a device")
    @POST
    @Path("{id}/tags")
    public Set<String> tag(@PathParam("id") UUID id, @NotNull @Valid TagRequest request) {
        return devices.tag(id, request.tag());
    }

    @Operation(summary = "List a device's notes, newest first")
    @GET
    @Path("{id}/notes")
    public Page<NoteView> notes(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("device-notes", 2);
        return Page.of(devices.notes(id, after == null ? null : after.instant(0), after == null ? null : after.uuid(1),
                page.fetchSize()), page, n -> Cursor.encode("device-notes", n.createdAt(), n.id())).map(NoteView::of);
    }

    @Operation(summary = "Add a note to a device")
    @APIResponseSchema(value = NoteView.class, responseCode = "201", responseDescription = "The new note")
    @POST
    @Path("{id}/notes")
    public Response note(@PathParam("id") UUID id, @NotNull @Valid NoteRequest request) {
        return Response.status(Response.Status.CREATED).entity(NoteView.of(devices.note(id, request.text()))).build();
    }

    @Operation(summary = "Change a device's expiry or UDI")
    @PUT
    @Path("{id}/details")
    public DeviceView details(@PathParam("id") UUID id, @NotNull @Valid DetailsRequest request) {
        return tx.run(() -> views.of(devices.edit(id, request.expiry(), request.udi()), List.copyOf(devices.tags(id))));
    }

    @Operation(summary = "Deactivate a device, with a reason")
    @POST
    @Path("{id}/deactivate")
    public DeviceView deactivate(@PathParam("id") UUID id, @NotNull @Valid DeactivationRequest request) {
        return tx.run(() -> views.of(devices.deactivate(id, request.reason()), List.copyOf(devices.tags(id))));
    }

    private Page<DeviceView> page(DeviceFinder.Page page) {
        custodians.prefetch(page.rows().stream().map(r -> Custodian.stored(r.custodianId(), r.custodianKind())).toList());
        return new Page<>(page.rows().stream().map(views::of).toList(), page.next() == null ? null : page.next().encode());
    }
}
