package org.consigna.purchasing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.consigna.inventory.api.CountedStock;
import org.consigna.inventory.api.InventoryCatalog;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.security.TenantRole;
import org.consigna.purchasing.application.TemplateService;
import org.consigna.purchasing.domain.template.Levels;
import org.consigna.purchasing.domain.template.Recipient;
import org.consigna.purchasing.domain.template.RecipientOverride;
import org.consigna.purchasing.interfaces.rest.PurchasingViews.OverrideView;
import org.consigna.purchasing.interfaces.rest.PurchasingViews.RecipientView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inventory recipients: members and office locations that hold counted stock, their template and overrides. */
@Path("t/{tenant}/purchasing/recipients")
@RolesAllowed(TenantRole.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecipientResource {

    @Inject
    TemplateService templates;

    @Inject
    CountedStock stock;

    @Inject
    InventoryCatalog catalog;

    public record RecipientRequest(UUID templateId, Boolean autoReplenish) {
    }

    /** Levels are both given or both left out (then the template's apply). */
    public record OverrideRequest(UUID vendorId, @Min(0) @Max(Levels.MAX) Integer min, @Min(0) @Max(Levels.MAX) Integer base) {
    }

    // Not paged: recipients are the tenant's people and offices that hold counted stock, a bounded set.
    @Operation(summary = "List inventory recipients")
    @GET
    public List<RecipientView> list() {
        List<Recipient> recipients = templates.recipients();
        Map<UUID, String> names = stock.custodianNames(recipients.stream().map(Recipient::custodianId).toList());
        return recipients.stream().map(r -> RecipientView.of(r, names)).toList();
    }

    @Operation(summary = "Make a member or location an inventory recipient, or change its template")
    @PUT
    @Path("{custodianId}")
    public RecipientView set(@PathParam("custodianId") UUID custodianId, @NotNull @Valid RecipientRequest request) {
        Recipient r = templates.setRecipient(custodianId, request.templateId(), Boolean.TRUE.equals(request.autoReplenish()));
        return RecipientView.of(r, stock.custodianNames(List.of(custodianId)));
    }

    // Not paged: at most one override per catalog item for the recipient.
    @Operation(summary = "List a recipient's own vendors and levels, by item id")
    @GET
    @Path("{custodianId}/overrides")
    public List<OverrideView> overrides(@PathParam("custodianId") UUID custodianId) {
        List<RecipientOverride> overrides = templates.overrides(custodianId);
        var items = catalog.items(overrides.stream().map(RecipientOverride::itemId).toList());
        return overrides.stream().map(o -> OverrideView.of(o, items)).toList();
    }

    @Operation(summary = "Set a recipient's own vendor or levels for an item")
    @PUT
    @Path("{custodianId}/overrides/{itemId}")
    public OverrideView override(@PathParam("custodianId") UUID custodianId, @PathParam("itemId") UUID itemId,
                                 @NotNull @Valid OverrideRequest request) {
        if ((request.min() == null) != (request.base() == null)) {
            throw ProblemException.badRequest("invalid-levels", "Give both min and base, or neither to keep the template's");
        }
        Levels levels = request.min() == null ? null : new Levels(request.min(), request.base());
        RecipientOverride saved = templates.setOverride(custodianId, itemId, request.vendorId(), levels);
        return OverrideView.of(saved, catalog.items(List.of(itemId)));
    }
}
