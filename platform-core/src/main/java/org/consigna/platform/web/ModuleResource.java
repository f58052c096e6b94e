package org.consigna.platform.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.consigna.platform.migration.MigrationRunner;
import org.consigna.platform.module.ConsignaModule;
import org.consigna.platform.module.ModuleRegistry;
import org.consigna.platform.module.UnknownModuleException;
import org.consigna.platform.security.TenantRole;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operators list the installed modules, in the order they are migrated. */
@Path("platform/modules")
@RolesAllowed(TenantRole.OPERATOR_ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {

    @Inject
    ModuleRegistry modules;

    @Inject
    MigrationRunner migrations;

    public record ModuleView(String id, Set<String> dependsOn, boolean tenantModule, String tenantChangelog,
                             String schemaVersion, String implementation) {
    }

    // Not paged: the modules installed in this server, a handful of jars, not rows of a table.
    @Operation(summary = "List the installed modules in dependency order")
    @GET
    public List<ModuleView> list() {
        return modules.all().stream().map(this::view).toList();
    }

    @Operation(summary = "Show an installed module")
    @GET
    @Path("{id}")
    public ModuleView show(@PathParam("id") String id) {
        return view(modules.find(id).orElseThrow(() -> new UnknownModuleException(id)));
    }

    private ModuleView view(ConsignaModule module) {
        String changelog = module.tenantChangelog().orElse(null);
        String version = changelog == null ? null : migrations.fingerprint(module, changelog).version();
        return new ModuleView(module.id(), new TreeSet<>(module.dependsOn()), module.isTenantModule(), changelog,
                version, module.getClass().getName());
    }
}
