package org.consigna.purchasing.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.security.TenantRole;
import org.consigna.purchasing.application.TemplateService;
import org.consigna.purchasing.domain.template.InventoryTemplate;
import org.consigna.purchasing.domain.template.Levels;
import org.consigna.purchasing.interfaces.rest.PurchasingViews.TemplateLineView;
import org.consigna.purchasing.interfaces.rest.PurchasingViews.TemplateView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Inventory templates: per item, a default vendor (or the item's preferred one) and the minimum and base levels. */
@Path("t/{tenant}/purchasing/templates")
@RolesAllowed(TenantRole.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TemplateResource {

    @Inject
    TemplateService templates;

    public record TemplateRequest(@NotBlank @Size(max = 200) String name) {
    }

    public record LineRequest(UUID vendorId, @NotNull @Min(0) @Max(Levels.MAX) Integer min,
                              @NotNull @Min(0) @Max(Levels.MAX) Integer base) {
    }

    @Operation(summary = "List inventory templates by name")
    @GET
    public Page<TemplateView> list(@BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("templates", 1);
        List<InventoryTemplate> found = templates.page(after == null ? null : after.text(0), page.fetchSize());
        return Page.of(found, page, t -> Cursor.encode("templates", t.name())).map(t -> TemplateView.of(t, List.of()));
    }

    @Operation(summary = "Add an inventory template")
    @APIResponseSchema(value = TemplateView.class, responseCode = "201", responseDescription = "The new template")
    @POST
    public Response create(@NotNull @Valid TemplateRequest request) {
        return Response.status(201).entity(TemplateView.of(templates.create(request.name()), List.of())).build();
    }

    @Operation(summary = "Show an inventory template with its lines")
    @GET
    @Path("{templateId}")
    public TemplateView show(@PathParam("templateId") UUID templateId) {
        return TemplateView.of(templates.require(templateId), templates.lines(templateId));
    }

    @Operation(summary = "Set an item's vendor and levels in a template")
    @PUT
    @Path("{templateId}/lines/{itemId}")
    public TemplateLineView setLine(@PathParam("templateId") UUID templateId, @PathParam("itemId") UUID itemId,
                                    @NotNull @Valid LineRequest request) {
        return TemplateLineView.of(templates.setLine(templateId, itemId, request.vendorId(),
                new Levels(request.min(), request.base())));
    }
}
