package org.consigna.inventory.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.consigna.inventory.application.TransferService;
import org.consigna.inventory.domain.Wire;
import org.consigna.inventory.domain.transfer.Transfer;
import org.consigna.inventory.domain.transfer.TransferStatus;
import org.consigna.inventory.interfaces.rest.CustodianNames.CustodianView;
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

/**
 * Transfers between custodians. The sender (or whoever may act for them) creates and cancels; the
 * receiver (or whoever may act for them) accepts some or all lines, or rejects. Pending transfers
 * move nothing: custody and on-hand change only at acceptance.
 */
@Path("t/{tenant}/inventory/transfers")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransferResource {

    /** Units of one lot in one line; the ledger's balances are 32-bit. */
    static final int MAX_QUANTITY = 100_000;

    @Inject
    TransferService transfers;

    @Inject
    OneTransaction tx;

    @Inject
    CustodianNames custodians;

    public record LineRequest(@NotNull UUID deviceId, @Positive @Max(MAX_QUANTITY) Integer quantity) {
    }

    public record TransferRequest(@NotNull UUID toCustodianId, @Size(max = 1000) String note,
                                  @NotEmpty @Size(max = 1000) List<@Valid @NotNull LineRequest> lines) {
    }

    /** {@code lines}: the line ids accepted; absent means all; the others are rejected as missing. The body is optional. */
    public record AcceptRequest(@Size(max = 1000) List<@NotNull UUID> lines, @Size(max = 1000) String note) {
    }

    /** The body of a rejection or cancellation is optional. */
    public record DecisionRequest(@Size(max = 1000) String note) {
    }

    public record LineView(UUID id, int position, UUID deviceId, int quantity, String status, UUID receivedDeviceId) {
    }

    public record TransferView(UUID id, CustodianView from, CustodianView to, String status, String note, UUID createdBy,
                               Instant createdAt, UUID decidedBy, Instant decidedAt, String decisionNote, List<LineView> lines) {
    }

    @Operation(summary = "Send devices to another custodian")
    @APIResponseSchema(value = TransferView.class, responseCode = "201", responseDescription = "The new, pending transfer")
    @POST
    public Response create(@NotNull @Valid TransferRequest request, @Context UriInfo uri) {
        TransferView created = tx.run(() -> view(transfers.create(request.toCustodianId(), request.lines().stream()
                .map(l -> new TransferService.Line(l.deviceId(), l.quantity())).toList(), request.note())));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    /** Newest first; keyset on {@code (created_at, id)}, which {@code ix_transfer_created} serves backwards. */
    @Operation(summary = "List transfers, newest first")
    @GET
    public Page<TransferView> list(@QueryParam("status") String status, @QueryParam("custodian") String custodian,
                                   @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("transfers", 2);
        List<Transfer> found = transfers.list(Wire.parse(TransferStatus.class, status, "status"),
                QueryParameters.uuid("custodian", custodian), after == null ? null : after.instant(0),
                after == null ? null : after.uuid(1), page.fetchSize());
        custodians.prefetch(found.stream().flatMap(tr -> java.util.stream.Stream.of(tr.from(), tr.to())).toList());
        return Page.of(found, page, t -> Cursor.encode("transfers", t.createdAt(), t.id())).map(this::view);
    }

    @Operation(summary = "Show a transfer")
    @GET
    @Path("{id}")
    public TransferView show(@PathParam("id") UUID id) {
        return view(transfers.load(id));
    }

    @Operation(summary = "Accept a transfer, all or some of its lines")
    @RequestBodySchema(AcceptRequest.class)
    @POST
    @Path("{id}/accept")
    public TransferView accept(@PathParam("id") UUID id, String body) {
        AcceptRequest request = OptionalBody.read(body, AcceptRequest.class, new AcceptRequest(null, null));
        return tx.run(() -> view(transfers.accept(id, request.lines() == null ? null : new HashSet<>(request.lines()), request.note())));
    }

    @Operation(summary = "Reject a transfer")
    @RequestBodySchema(DecisionRequest.class)
    @POST
    @Path("{id}/reject")
    public TransferView reject(@PathParam("id") UUID id, String body) {
        DecisionRequest request = OptionalBody.read(body, DecisionRequest.class, new DecisionRequest(null));
        return tx.run(() -> view(transfers.reject(id, request.note())));
    }

    @Operation(summary = "Cancel a transfer")
    @RequestBodySchema(DecisionRequest.class)
    @POST
    @Path("{id}/cancel")
    public TransferView cancel(@PathParam("id") UUID id, String body) {
        DecisionRequest request = OptionalBody.read(body, DecisionRequest.class, new DecisionRequest(null));
        return tx.run(() -> view(transfers.cancel(id, request.note())));
    }

    private TransferView view(Transfer t) {
        custodians.prefetch(List.of(t.from(), t.to()));
        return new TransferView(t.id(), custodians.view(t.from()), custodians.view(t.to()), Wire.of(t.status()), t.note(),
                t.createdBy(), t.createdAt(), t.decidedBy(), t.decidedAt(), t.decisionNote(), t.lines().stream()
                .map(l -> new LineView(l.id(), l.position(), l.deviceId(), l.quantity(), Wire.of(l.status()), l.receivedDeviceId()))
                .toList());
    }
}
