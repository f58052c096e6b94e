package org.consigna.identity.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.consigna.identity.api.Custody;
import org.consigna.identity.api.CustodyScope;
import org.consigna.identity.application.MemberService;
import org.consigna.identity.application.MemberService.Invited;
import org.consigna.identity.domain.Member;
import org.consigna.platform.paging.Cursor;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.paging.PageRequest;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** The tenant's members: admins invite and manage them; every member may list them and see themselves. */
@Path("t/{tenant}/members")
@RolesAllowed(TenantRole.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

    static final String ROLE = "admin|distributor|sales";

    @Inject
    MemberService members;

    @Inject
    Callers callers;

    @Inject
    Custody custody;

    public record Invitation(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 100) String firstName,
                             @NotBlank @Size(max = 100) String lastName,
                             @NotNull @Pattern(regexp = ROLE, message = "must be admin, distributor or sales") String role) {
    }

    public record RoleChange(@NotNull @Pattern(regexp = ROLE, message = "must be admin, distributor or sales") String role) {
    }

    /** The invited member and, only when a Keycloak account was created for them, its temporary password. */
    public record InvitedView(MemberView member, boolean accountCreated, String temporaryPassword) {
    }

    /** The caller's own membership and whose custody they may act on ({@code everyone} for admins). */
    public record MeView(MemberView member, CustodyView custody) {
    }

    public record CustodyView(boolean everyone, List<UUID> custodians) {
    }

    @Operation(summary = "List the tenant's members by display name")
    @GET
    @RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
    public Page<MemberView> list(@BeanParam PageParams paging) {
        boolean admin = callers.caller().is(TenantRole.ADMIN);
        PageRequest page = paging.request();
        Cursor after = page.after("members", 2);
        List<Member> found = members.page(callers.tenantId(), admin, after == null ? null : after.text(0),
                after == null ? null : after.uuid(1), page.fetchSize());
        return Page.of(found, page, m -> Cursor.encode("members", m.displayName(), m.id()))
                .map(member -> admin ? MemberView.of(member) : MemberView.brief(member));
    }

    @Operation(summary = "Show the caller's own membership and custody")
    @GET
    @Path("me")
    @RolesAllowed({TenantRole.ADMIN_ROLE, TenantRole.DISTRIBUTOR_ROLE, TenantRole.SALES_ROLE})
    public MeView me() {
        Member me = members.load(callers.tenantId(), callers.memberId());
        CustodyScope scope = custody.ofCaller();
        return new MeView(MemberView.of(me), new CustodyView(scope.everyone(),
                scope.custodians().stream().sorted().toList()));
    }

    @Operation(summary = "Show a member")
    @GET
    @Path("{id}")
    public MemberView show(@PathParam("id") UUID id) {
        return MemberView.of(members.load(callers.tenantId(), id));
    }

    @Operation(summary = "Invite a person as a member")
    @APIResponseSchema(value = InvitedView.class, responseCode = "201", responseDescription = "The invited member, with a temporary password when an account was created")
    @POST
    public Response invite(@NotNull @Valid Invitation invitation, @Context UriInfo uri) {
        Invited invited = members.invite(callers.tenantId(), invitation.email(), invitation.firstName().trim(),
                invitation.lastName().trim(), TenantRole.fromWire(invitation.role()));
        return Response.created(uri.getAbsolutePathBuilder().path(invited.member().id().toString()).build())
                .entity(new InvitedView(MemberView.of(invited.member()), invited.temporaryPassword() != null,
                        invited.temporaryPassword()))
                .build();
    }

    @Operation(summary = "Change a member's role")
    @PUT
    @Path("{id}/role")
    public MemberView changeRole(@PathParam("id") UUID id, @NotNull @Valid RoleChange change) {
        return MemberView.of(members.changeRole(callers.tenantId(), id, TenantRole.fromWire(change.role()),
                callers.memberId()));
    }

    @Operation(summary = "Disable a member")
    @POST
    @Path("{id}/disable")
    public MemberView disable(@PathParam("id") UUID id) {
        return MemberView.of(members.disable(callers.tenantId(), id, callers.memberId()));
    }

    @Operation(summary = "Enable a member again")
    @POST
    @Path("{id}/enable")
    public MemberView enable(@PathParam("id") UUID id) {
        return MemberView.of(members.enable(callers.tenantId(), id));
    }
}
