package org.consigna.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.consigna.platform.bootstrap.PlatformStarted;
import org.consigna.platform.migration.AppliedMigration;
import org.consigna.platform.tenant.TenantStatus;
import org.consigna.tenant.domain.Tenant;
import org.consigna.tenant.domain.TenantModule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up brings every active tenant's schema up to date. Tenants whose recorded
 * fingerprints already match the shipped changelogs are skipped without touching Liquibase;
 * the others migrate in parallel, at most {@code consigna.migration.parallelism} at a time.
 */
@ApplicationScoped
public class TenantUpgrades {

    private static final Logger LOG = Logger.getLogger(TenantUpgrades.class.getName());

    @Inject
    TenantRegistry registry;

    @Inject
    TenantProvisioning provisioning;

    @Inject
    @ConfigProperty(name = "consigna.migration.parallelism", defaultValue = "4")
    int parallelism;

    void onStart(@Observes PlatformStarted started) {
        long begin = System.nanoTime();
        Map<String, List<TenantModule>> modules = registry.modulesByTenant();
        List<Tenant> active = registry.all().stream().filter(t -> t.status() == TenantStatus.ACTIVE).toList();
        record Work(Tenant tenant, Future<List<AppliedMigration>> result) {
        }
        List<Work> work = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallelism));
        try {
            for (Tenant tenant : active) {
                List<TenantModule> enabled = modules.getOrDefault(tenant.id(), List.of());
                work.add(new Work(tenant, pool.submit(() -> provisioning.migrateOutdated(tenant, enabled))));
            }
            int upgraded = 0;
            for (Work item : work) {
                if (record(item.tenant(), item.result())) {
                    upgraded++;
                }
            }
            int count = upgraded;
            LOG.info(() -> active.size() + " active tenants checked, " + count + " upgraded, in "
                    + (System.nanoTime() - begin) / 1_000_000 + " ms");
        } finally {
            pool.shutdown();
        }
    }

    private boolean record(Tenant tenant, Future<List<AppliedMigration>> result) {
        try {
            List<AppliedMigration> applied = result.get();
            if (!applied.isEmpty()) {
                registry.recordMigrations(tenant.id(), applied);
            }
            return !applied.isEmpty();
        } catch (ExecutionException | InterruptedException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            LOG.log(Level.SEVERE, "Tenant '" + tenant.id() + "' could not be upgraded; it is marked failed", cause);
            registry.update(tenant.id(), t -> t.fail("Upgrade at start-up failed: " + cause.getMessage(), Instant.now()));
            return false;
        }
    }
}
