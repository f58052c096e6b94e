package org.consigna.purchasing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.consigna.purchasing.application.KitService;
import org.consigna.purchasing.domain.kit.Kit;
import org.consigna.purchasing.domain.kit.KitAssignment;
import org.consigna.purchasing.domain.kit.KitItem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Kits: bundles of items for purchasing; assigning kits to a recipient breaks them into their items. */
@Path("t/{tenant}/purchasing/kits")
@RolesAllowed(TenantRole.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KitResource {

    @Inject
    KitService kits;

    @Inject
    OneTransaction tx;

    public record KitRequest(@NotBlank @Size(max = 200) String name) {
    }

    public record KitItemRequest(@NotNull @Min(1) @Max(100_000) Integer quantity) {
    }

    public record AssignRequest(@NotNull UUID recipientId, @NotNull @Min(1) @Max(10_000) Integer kits) {
    }

    public record KitItemView(UUID itemId, int quantity) {

        static KitItemView of(KitItem i) {
            return new KitItemView(i.itemId(), i.quantity());
        }
    }

    public record KitView(UUID id, String name, Instant createdAt, List<KitItemView> items) {

        static KitView of(Kit k, List<KitItem> items) {
            return new KitView(k.id(), k.name(), k.createdAt(), items.stream().map(KitItemView::of).toList());
        }
    }

    public record AssignmentView(UUID id, UUID kitId, UUID recipientId, int kits, Instant assignedAt) {

        static AssignmentView of(KitAssignment a) {
            return new AssignmentView(a.id(), a.kitId(), a.recipientId(), a.kits(), a.assignedAt());
        }
    }

    // Not paged: a tenant keeps a handful of kits.
    @Operation(summary = "List kits")
    @GET
    public List<KitView> list() {
        return kits.all().stream().map(k -> KitView.of(k, List.of())).toList();
    }

    @Operation(summary = "Add a kit")
    @APIResponseSchema(value = KitView.class, responseCode = "201", responseDescription = "The new kit")
    @POST
    public Response create(@NotNull @Valid KitRequest request) {
        return Response.status(201).entity(KitView.of(kits.create(request.name()), List.of())).build();
    }

    @Operation(summary = "Show a kit with its items")
    @GET
    @Path("{kitId}")
    public KitView show(@PathParam("kitId") UUID kitId) {
        return tx.run(() -> KitView.of(kits.require(kitId), kits.items(kitId)));
    }

    @Operation(summary = "Set how many units of an item a kit holds")
    @PUT
    @Path("{kitId}/items/{itemId}")
    public KitItemView setItem(@PathParam("kitId") UUID kitId, @PathParam("itemId") UUID itemId,
                               @NotNull @Valid KitItemRequest request) {
        return KitItemView.of(kits.setItem(kitId, itemId, request.quantity()));
    }

    @Operation(summary = "Assign kits to a recipient: their items arrive in its stock")
    @APIResponseSchema(value = AssignmentView.class, responseCode = "201", responseDescription = "The assignment")
    @POST
    @Path("{kitId}/assignments")
    public Response assign(@PathParam("kitId") UUID kitId, @NotNull @Valid AssignRequest request) {
        return Response.status(201).entity(AssignmentView.of(kits.assign(kitId, request.recipientId(), request.kits()))).build();
    }
}
