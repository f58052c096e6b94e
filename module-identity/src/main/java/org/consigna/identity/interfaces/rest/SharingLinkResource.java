package org.consigna.identity.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.consigna.identity.application.MemberService;
import org.consigna.identity.application.SharingLinkService;
import org.consigna.identity.domain.Member;
import org.consigna.identity.domain.SharingLink;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Admins link one distributor and one sales user, and remove links; removed links stay listed on request. */
@Path("t/{tenant}/sharing-links")
@RolesAllowed(TenantRole.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SharingLinkResource {

    @Inject
    SharingLinkService links;

    @Inject
    MemberService members;

    @Inject
    Callers callers;

    public record NewLink(@NotNull UUID distributorId, @NotNull UUID salesId) {
    }

    @Operation(summary = "List sharing links, oldest first")
    @GET
    public Page<LinkView> list(@QueryParam("includeRemoved") @DefaultValue("false") boolean includeRemoved,
                               @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        Cursor after = page.after("sharing-links", 2);
        Page<SharingLink> found = Page.of(links.list(callers.tenantId(), includeRemoved, after == null ? null : after.instant(0),
                after == null ? null : after.uuid(1), page.fetchSize()), page,
                l -> Cursor.encode("sharing-links", l.createdAt(), l.id()));
        Map<UUID, Member> names = members.byIds(callers.tenantId(), found.items().stream()
                .flatMap(l -> java.util.stream.Stream.of(l.distributorId(), l.salesId())).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Member::id, Function.identity()));
        return found.map(link -> LinkView.of(link, names));
    }

    @Operation(summary = "Link a sales rep to a distributor")
    @APIResponseSchema(value = LinkView.class, responseCode = "201", responseDescription = "The new sharing link")
    @POST
    public Response create(@NotNull @Valid NewLink request, @Context UriInfo uri) {
        SharingLink link = links.create(callers.tenantId(), request.distributorId(), request.salesId(), callers.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(link.id().toString()).build())
                .entity(LinkView.of(link, membersById())).build();
    }

    @Operation(summary = "Show a sharing link")
    @GET
    @Path("{id}")
    public LinkView show(@PathParam("id") UUID id) {
        return LinkView.of(links.load(callers.tenantId(), id), membersById());
    }

    @Operation(summary = "Remove a sharing link")
    @POST
    @Path("{id}/remove")
    public LinkView remove(@PathParam("id") UUID id) {
        return LinkView.of(links.remove(callers.tenantId(), id, callers.actor()), membersById());
    }

    private Map<UUID, Member> membersById() {
        return members.list(callers.tenantId()).stream().collect(Collectors.toMap(Member::id, Function.identity()));
    }
}
