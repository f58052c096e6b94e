package org.consigna.billing.interfaces.rest.price;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.consigna.billing.application.price.ItemPrice;
import org.consigna.billing.application.price.PriceListService;
import org.consigna.billing.domain.price.PriceList;
import org.consigna.billing.domain.price.PriceListAssignment;
import org.consigna.billing.domain.price.PriceListItem;
import org.consigna.billing.interfaces.rest.price.PriceViews.AssignmentView;
import org.consigna.billing.interfaces.rest.price.PriceViews.ItemPriceView;
import org.consigna.billing.interfaces.rest.price.PriceViews.PriceListSummary;
import org.consigna.billing.interfaces.rest.price.PriceViews.PriceListView;
import org.consigna.inventory.api.InventoryCatalog;
import org.consigna.inventory.api.InventoryCatalog.ItemSummary;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.persistence.OneTransaction;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Price lists: members read them; admins create them, set their prices and assign them to facilities. */
@Path("t/{tenant}/billing/price-lists")
@RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriceListResource {

    @Inject
    PriceListService lists;

    @Inject
    InventoryCatalog catalog;

    @Inject
    OneTransaction tx;

    /** An item's unit price in the tenant's currency: not negative, at most 4 decimals (rounded when captured). */
    public record PriceEntry(@NotNull UUID itemId, @NotNull BigDecimal unitPrice) {
    }

    public record PriceListRequest(@NotBlank @Size(max = 200) String name,
                                   @Size(max = 5000) List<@NotNull @Valid PriceEntry> prices) {
    }

    public record PricesRequest(@NotNull @Size(min = 1, max = 5000) List<@NotNull @Valid PriceEntry> prices) {
    }

    public record FacilitiesRequest(@NotNull @Size(min = 1, max = 500) List<@NotNull UUID> facilityIds) {
    }

    @Operation(summary = "List price lists by name")
    @GET
    public Page<PriceListSummary> list(@BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("price-lists", 2);
        return Page.of(lists.page(after == null ? null : after.text(0), after == null ? null : after.uuid(1),
                        page.fetchSize()), page,
                l -> Cursor.encode("price-lists", l.name().toLowerCase(Locale.ROOT), l.id())).map(PriceListSummary::of);
    }

    @Operation(summary = "Create a price list, with item prices if given")
    @APIResponseSchema(value = PriceListView.class, responseCode = "201", responseDescription = "The new price list")
    @POST
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public Response create(@NotNull @Valid PriceListRequest request) {
        PriceListView view = tx.run(() -> view(lists.create(request.name(),
                request.prices() == null ? List.of() : prices(request.prices()))));
        return Response.status(201).entity(view).build();
    }

    @Operation(summary = "Show a price list with its prices and facilities")
    @GET
    @Path("{id}")
    public PriceListView show(@PathParam("id") UUID id) {
        return tx.run(() -> view(lists.require(id)));
    }

    @Operation(summary = "Set item prices of a price list (other items keep theirs)")
    @PUT
    @Path("{id}/prices")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public PriceListView setPrices(@PathParam("id") UUID id, @NotNull @Valid PricesRequest request) {
        return tx.run(() -> view(lists.setPrices(id, prices(request.prices()))));
    }

    @Operation(summary = "Assign a price list to facilities (each moves off its previous list)")
    @POST
    @Path("{id}/facilities")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public PriceListView assign(@PathParam("id") UUID id, @NotNull @Valid FacilitiesRequest request) {
        return tx.run(() -> view(lists.assign(id, request.facilityIds())));
    }

    @Operation(summary = "Unassign a price list from a facility (the assignment stays in history)")
    @DELETE
    @Path("{id}/facilities/{facilityId}")
    @RolesAllowed(TenantRole.ADMIN_ROLE)
    public PriceListView unassign(@PathParam("id") UUID id, @PathParam("facilityId") UUID facilityId) {
        return tx.run(() -> view(lists.unassign(id, facilityId)));
    }

    private static List<ItemPrice> prices(List<PriceEntry> entries) {
        return entries.stream().map(e -> new ItemPrice(e.itemId(), e.unitPrice())).toList();
    }

    private PriceListView view(PriceList list) {
        List<PriceListItem> items = lists.items(list.id());
        Map<UUID, ItemSummary> names = catalog.items(items.stream().map(PriceListItem::itemId).toList());
        List<PriceListAssignment> assignments = lists.assignments(list.id());
        Map<UUID, String> facilities = lists.facilityNames(assignments.stream().map(PriceListAssignment::facilityId)
                .distinct().toList());
        List<ItemPriceView> prices = items.stream().map(i -> {
            ItemSummary item = names.get(i.itemId());
            return new ItemPriceView(i.itemId(), item == null ? null : item.catalogNumber(),
                    item == null ? null : item.description(), i.unitPrice(), i.setBy(), i.setAt());
        }).toList();
        return new PriceListView(list.id(), list.name(), list.createdBy(), list.createdAt(), prices,
                assignments.stream().filter(PriceListAssignment::current).map(a -> AssignmentView.of(a, facilities)).toList(),
                assignments.stream().map(a -> AssignmentView.of(a, facilities)).toList());
    }
}
