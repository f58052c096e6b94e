package org.consigna.purchasing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.consigna.platform.wire.WireEnum;
import org.consigna.purchasing.application.SpillageService;
import org.consigna.purchasing.application.SpillageService.ReportState;
import org.consigna.purchasing.domain.spillage.ReasonCode;
import org.consigna.purchasing.domain.spillage.Rma;
import org.consigna.purchasing.domain.spillage.RmaStatus;
import org.consigna.purchasing.domain.spillage.SpillageLine;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Spillage reports of faulty equipment, by an admin or the recipient: Open (each line deducted as entered), Locked,
 * converted by an admin to RMAs per default vendor, Closed. Reason codes are the tenant's own.
 */
@Path("t/{tenant}/purchasing")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpillageResource {

    @Inject
    SpillageService spillage;

    @Inject
    OneTransaction tx;

    public record ReasonCodeRequest(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String label,
                                    @NotNull Boolean requiresReimbursement) {
    }

    public record ReasonCodeView(UUID id, String code, String label, boolean requiresReimbursement) {

        static ReasonCodeView of(ReasonCode r) {
            return new ReasonCodeView(r.id(), r.code(), r.label(), r.requiresReimbursement());
        }
    }

    public record ReportRequest(@NotNull UUID recipientId) {
    }

    public record LineRequest(@NotNull UUID itemId, @NotNull @Min(1) @Max(1_000_000) Integer quantity,
                              @NotNull UUID reasonCodeId, @Size(max = 500) String note) {
    }

    public record StatusRequest(@NotNull @Pattern(regexp = "open|shipped|credited|closed") String status) {
    }

    public record SpillageLineView(UUID id, int position, UUID itemId, int quantity, UUID reasonCodeId, String note,
                                   Instant addedAt) {

        static SpillageLineView of(SpillageLine l) {
            return new SpillageLineView(l.id(), l.position(), l.itemId(), l.quantity(), l.reasonCodeId(), l.note(), l.addedAt());
        }
    }

    public record RmaView(UUID id, long number, UUID reportId, UUID vendorId, String status, Instant createdAt,
                          List<UUID> spillageLineIds) {

        static RmaView of(Rma r, List<UUID> lines) {
            return new RmaView(r.id(), r.number(), r.reportId(), r.vendorId(), r.status().wire(), r.createdAt(), lines);
        }
    }

    public record ReportView(UUID id, long number, UUID recipientId, String status, Instant createdAt, Instant lockedAt,
                             Instant closedAt, List<SpillageLineView> lines, List<RmaView> rmas) {

        static ReportView of(ReportState s) {
            return new ReportView(s.report().id(), s.report().number(), s.report().recipientId(), s.report().status().wire(),
                    s.report().createdAt(), s.report().lockedAt(), s.report().closedAt(),
                    s.lines().stream().map(SpillageLineView::of).toList(),
                    s.rmas().stream().map(r -> RmaView.of(r, s.rmaLines().getOrDefault(r.id(), List.of()))).toList());
        }
    }

    // Not paged: the tenant's own short list of reasons.
    @Operation(summary = "List the tenant's spillage reason codes")
    @GET
    @Path("reason-codes")
    public List<ReasonCodeView> reasonCodes() {
        return spillage.reasonCodes().stream().map(ReasonCodeView::of).toList();
    }

    @Operation(summary = "Add a spillage reason code")
    @APIResponseSchema(value = ReasonCodeView.class, responseCode = "201", responseDescription = "The new reason code")
    @POST
    @Path("reason-codes")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public Response addReasonCode(@NotNull @Valid ReasonCodeRequest request) {
        return Response.status(201).entity(ReasonCodeView.of(spillage.addReasonCode(request.code(), request.label(),
                request.requiresReimbursement()))).build();
    }

    @Operation(summary = "Open a spillage report for a recipient")
    @APIResponseSchema(value = ReportView.class, responseCode = "201", responseDescription = "The new report")
    @POST
    @Path("spillage-reports")
    public Response open(@NotNull @Valid ReportRequest request) {
        return Response.status(201).entity(tx.run(() -> ReportView.of(spillage.open(request.recipientId())))).build();
    }

    @Operation(summary = "Show a spillage report with its lines and RMAs")
    @GET
    @Path("spillage-reports/{reportId}")
    public ReportView show(@PathParam("reportId") UUID reportId) {
        return tx.run(() -> ReportView.of(spillage.show(reportId)));
    }

    @Operation(summary = "Add a line to an open spillage report; its units are deducted")
    @POST
    @Path("spillage-reports/{reportId}/lines")
    public ReportView addLine(@PathParam("reportId") UUID reportId, @NotNull @Valid LineRequest request) {
        return tx.run(() -> ReportView.of(spillage.addLine(reportId, request.itemId(), request.quantity(),
                request.reasonCodeId(), request.note())));
    }

    @Operation(summary = "Lock a spillage report: no more lines")
    @POST
    @Path("spillage-reports/{reportId}/lock")
    public ReportView lock(@PathParam("reportId") UUID reportId) {
        return tx.run(() -> ReportView.of(spillage.lock(reportId)));
    }

    @Operation(summary = "Convert a locked spillage report to RMAs, one per default vendor")
    @POST
    @Path("spillage-reports/{reportId}/rmas")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public ReportView convert(@PathParam("reportId") UUID reportId) {
        return tx.run(() -> ReportView.of(spillage.convert(reportId)));
    }

    @Operation(summary = "Close a locked spillage report")
    @POST
    @Path("spillage-reports/{reportId}/close")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public ReportView close(@PathParam("reportId") UUID reportId) {
        return tx.run(() -> ReportView.of(spillage.close(reportId)));
    }

    @Operation(summary = "Change an RMA's status")
    @PUT
    @Path("rmas/{rmaId}/status")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public RmaView changeRma(@PathParam("rmaId") UUID rmaId, @NotNull @Valid StatusRequest request) {
        Rma rma = spillage.changeRma(rmaId, WireEnum.fromWire(RmaStatus.class, request.status()));
        return RmaView.of(rma, List.of());
    }
}
