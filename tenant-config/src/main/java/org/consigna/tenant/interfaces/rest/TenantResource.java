package org.consigna.tenant.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.consigna.platform.paging.Page;
import org.consigna.platform.paging.PageParams;
import org.consigna.platform.security.TenantRole;
import org.consigna.tenant.application.TenantProvisioning;
import org.consigna.tenant.application.TenantProvisioning.FirstAdmin;
import org.consigna.tenant.application.TenantProvisioning.Provisioned;
import org.consigna.tenant.application.TenantRegistry;
import org.consigna.tenant.domain.Tenant;
import org.consigna.tenant.domain.TenantSettings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** The operator's tenant registry: onboarding, lifecycle and modules of every tenant. */
@Path("platform/tenants")
@RolesAllowed(TenantRole.OPERATOR_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    TenantProvisioning provisioning;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantViews views;

    public record CreateTenant(@NotBlank @Size(max = 40) @Pattern(regexp = Tenant.SLUG_TEXT, message = "must be 3-40"
                                       + " characters: lower-case letters, digits and single dashes, starting with a letter")
                               String id, @NotBlank @Size(max = 200) String displayName,
                               @Size(max = 50) List<@NotBlank @Size(max = 64) String> modules,
                               @Size(max = 64) String timeZone, @Size(max = 3) String currency,
                               @Valid AdminPerson admin) {
    }

    /** The tenant's first administrator. */
    public record AdminPerson(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 100) String firstName,
                              @NotBlank @Size(max = 100) String lastName) {
    }

    public record Suspension(@NotBlank @Size(max = 500) String reason) {
    }

    public record ModuleSelection(@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 64) String> modules) {
    }

    @Operation(summary = "Create a tenant and its first admin")
    @APIResponseSchema(value = TenantView.class, responseCode = "201", responseDescription = "The new tenant; the first admin's temporary password is shown once")
    @POST
    public Response create(@NotNull @Valid CreateTenant request, @Context UriInfo uri) {
        AdminPerson admin = request.admin();
        Provisioned provisioned = provisioning.create(request.id(), request.displayName(), request.modules(),
                new TenantSettings(request.displayName(), request.timeZone(), request.currency()),
                admin == null ? null : new FirstAdmin(admin.email(), admin.firstName(), admin.lastName()));
        return Response.created(uri.getAbsolutePathBuilder().path(provisioned.tenant().id()).build())
                .entity(views.of(provisioned)).build();
    }

    @Operation(summary = "List tenants by id")
    @GET
    public Page<TenantView> list(@BeanParam PageParams paging) {
        return views.page(paging.request());
    }

    @Operation(summary = "Show a tenant")
    @GET
    @Path("{id}")
    public TenantView show(@PathParam("id") String id) {
        return views.of(registry.load(id));
    }

    @Operation(summary = "Suspend a tenant")
    @POST
    @Path("{id}/suspend")
    public TenantView suspend(@PathParam("id") String id, @NotNull @Valid Suspension request) {
        return views.of(provisioning.suspend(id, request.reason()));
    }

    @Operation(summary = "Resume a suspended tenant")
    @POST
    @Path("{id}/resume")
    public TenantView resume(@PathParam("id") String id) {
        return views.of(provisioning.resume(id));
    }

    @Operation(summary = "Finish a failed provisioning")
    @POST
    @Path("{id}/retry")
    public TenantView retry(@PathParam("id") String id) {
        return views.of(provisioning.retry(id));
    }

    @Operation(summary = "Enable modules for a tenant")
    @POST
    @Path("{id}/modules")
    public TenantView enableModules(@PathParam("id") String id, @NotNull @Valid ModuleSelection request) {
        return views.of(provisioning.enableModules(id, request.modules()));
    }
}
