package org.consigna.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.consigna.platform.database.DatabaseClusters;
import org.consigna.platform.migration.AppliedMigration;
import org.consigna.platform.migration.DatabaseSettings;
import org.consigna.platform.migration.MigrationRunner;
import org.consigna.platform.module.ConsignaModule;
import org.consigna.platform.module.ModuleRegistry;
import org.consigna.platform.module.ProvisioningStep;
import org.consigna.platform.module.TenantContributions;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.tenant.TenantStatus;
import org.consigna.tenant.domain.Tenant;
import org.consigna.tenant.domain.TenantModule;
import org.consigna.tenant.domain.TenantSettings;

/**
 * Creates tenants: registers them as {@code provisioning}, migrates each enabled module into the
 * tenant's schema in dependency order, runs the provisioning steps other parts contribute, then
 * activates. Any failure leaves the tenant {@code failed} and unserved; a retry picks up where it
 * stopped, since every migration and step is idempotent.
 */
@ApplicationScoped
public class TenantProvisioning {

    private static final Logger LOG = Logger.getLogger(TenantProvisioning.class.getName());

    @Inject
    TenantRegistry registry;

    @Inject
    ModuleRegistry modules;

    @Inject
    MigrationRunner migrations;

    @Inject
    DatabaseClusters clusters;

    @Inject
    Instance<ProvisioningStep> steps;

    @Inject
    TenantContributions contributions;

    /** A provisioned tenant and what the provisioning steps want the operator to know, once. */
    public record Provisioned(Tenant tenant, Map<String, String> notes) {
    }

    public Provisioned create(String id, String displayName, Collection<String> moduleIds, TenantSettings settings,
                              FirstAdmin admin) {
        Collection<String> requested = moduleIds == null || moduleIds.isEmpty()
                ? modules.tenantModules().stream().map(ConsignaModule::id).toList()
                : moduleIds;
        List<String> enabled = tenantModules(requested);
        Tenant tenant = new Tenant(id, displayName, settings, Instant.now());
        if (admin != null) {
            tenant.firstAdmin(admin.email(), admin.firstName(), admin.lastName());
        }
        registry.register(tenant, enabled);
        return provision(id);
    }

    /** The tenant's first administrator, created in the identity provider by a provisioning step. */
    public record FirstAdmin(String email, String firstName, String lastName) {
    }

    public Provisioned retry(String id) {
        registry.update(id, tenant -> tenant.startProvisioning(Instant.now()));
        return provision(id);
    }

    public Provisioned enableModules(String id, Collection<String> moduleIds) {
        registry.load(id).requireStatus(TenantStatus.ACTIVE, "given new modules");
        registry.enable(id, tenantModules(moduleIds));
        return provision(id);
    }

    public Tenant suspend(String id, String reason) {
        return registry.update(id, tenant -> tenant.suspend(reason, Instant.now()));
    }

    public Tenant resume(String id) {
        return registry.update(id, tenant -> tenant.resume(Instant.now()));
    }

    /** Migrates the tenant's modules that are not current and runs the provisioning steps. */
    Provisioned provision(String id) {
        Tenant tenant = registry.load(id);
        Map<String, String> notes = new TreeMap<>();
        long begin = System.nanoTime();
        try {
            List<AppliedMigration> applied = migrateOutdated(tenant, registry.modulesOf(id));
            registry.recordMigrations(id, applied);
            Set<String> enabled = registry.modulesOf(id).stream().map(TenantModule::moduleId).collect(Collectors.toSet());
            List<ProvisioningStep> ordered = contributions.<ProvisioningStep>forTenant(steps, enabled).stream()
                    .sorted(Comparator.comparingInt(ProvisioningStep::order)).toList();
            for (ProvisioningStep step : ordered) {
                notes.putAll(step.provision(tenant.onboarding()));
            }
            Tenant active = registry.update(id, t -> t.activate(Instant.now()));
            LOG.info(() -> "Tenant '" + id + "' active in " + (System.nanoTime() - begin) / 1_000_000 + " ms");
            return new Provisioned(active, notes);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.log(Level.WARNING, "Provisioning of tenant '" + id + "' failed", e);
            registry.update(id, t -> t.fail(reason, Instant.now()));
            throw new ProblemException(500, "provisioning-failed", "Provisioning failed",
                    "Tenant '" + id + "' could not be provisioned and is marked failed: " + reason
                            + ". Fix the cause, then retry.", Map.of("tenant", id, "tenantStatus", "failed"));
        }
    }

    /**
     * Runs the changelog of every module whose recorded fingerprint differs from the shipped one, in the database
     * cluster the tenant's schema lives in.
     */
    List<AppliedMigration> migrateOutdated(Tenant tenant, List<TenantModule> enabled) {
        return migrateOutdated(clusters.settings(tenant.cluster()), tenant.schemaName(), enabled);
    }

    List<AppliedMigration> migrateOutdated(DatabaseSettings target, String schema, List<TenantModule> enabled) {
        List<AppliedMigration> applied = new ArrayList<>();
        for (ConsignaModule module : modules.tenantModules()) {
            TenantModule state = enabled.stream().filter(m -> m.moduleId().equals(module.id())).findFirst().orElse(null);
            if (state == null) {
                continue;
            }
            String changelog = module.tenantChangelog().orElseThrow();
            if (!state.isCurrent(migrations.fingerprint(module, changelog))) {
                applied.add(migrations.migrate(target, schema, module, changelog));
            }
        }
        return applied;
    }

    private List<String> tenantModules(Collection<String> requested) {
        List<ConsignaModule> withDeps = modules.withDependencies(requested);
        withDeps.stream().filter(m -> !m.isTenantModule() && requested.contains(m.id())).findFirst().ifPresent(m -> {
            throw ProblemException.badRequest("not-a-tenant-module",
                    "Module '" + m.id() + "' is part of the platform and cannot be enabled per tenant");
        });
        return withDeps.stream().filter(ConsignaModule::isTenantModule).map(ConsignaModule::id).toList();
    }
}
