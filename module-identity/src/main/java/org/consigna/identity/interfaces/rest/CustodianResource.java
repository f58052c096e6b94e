package org.consigna.identity.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.consigna.identity.application.MemberService;
import org.consigna.identity.domain.Member;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Custodian-only distributors: they hold inventory but never sign in, so they get a member
 * row (role distributor, no subject) and no Keycloak account. Listed and managed as members.
 */
@Path("t/{tenant}/custodians")
@RolesAllowed(TenantRole.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustodianResource {

    @Inject
    MemberService members;

    @Inject
    Callers callers;

    public record NewCustodian(@NotBlank @Size(max = 200) String displayName, @Email @Size(max = 254) String email) {
    }

    @Operation(summary = "Add a custodian-only distributor")
    @APIResponseSchema(value = MemberView.class, responseCode = "201", responseDescription = "The new custodian, a member of the tenant")
    @POST
    public Response create(@NotNull @Valid NewCustodian request, @Context UriInfo uri) {
        Member custodian = members.addCustodian(callers.tenantId(), request.displayName(), request.email());
        // The custodian is a member: its address is the member's.
        return Response.created(uri.getBaseUriBuilder().path("t").path(callers.tenantId()).path("members")
                        .path(custodian.id().toString()).build())
                .entity(MemberView.of(custodian)).build();
    }
}
