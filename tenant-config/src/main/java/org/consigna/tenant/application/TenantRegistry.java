package org.consigna.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.consigna.platform.migration.AppliedMigration;
import org.consigna.platform.problem.ProblemException;
import org.consigna.platform.tenant.TenantRef;
import org.consigna.platform.tenant.TenantStatus;
import org.consigna.tenant.domain.Tenant;
import org.consigna.tenant.domain.TenantModule;
import org.consigna.tenant.domain.TenantRepository;

/**
 * The registry's state changes, each in a short transaction of its own so that provisioning
 * progress is visible and durable.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class TenantRegistry {

    @Inject
    TenantRepository tenants;

    @Inject
    TenantDirectoryCache directory;

    /** The tenant as requests see it; the directory cache calls this on a miss. */
    @Transactional(TxType.REQUIRED)
    public Optional<TenantRef> ref(String tenantId) {
        return tenants.find(tenantId).map(tenant -> ref(tenant, moduleIdsOf(tenant.id())));
    }

    /** Every active tenant as requests see it, read with two queries (the tenants, then all their modules). */
    @Transactional(TxType.REQUIRED)
    public List<TenantRef> activeRefs() {
        List<Tenant> active = tenants.all().stream().filter(t -> t.status() == TenantStatus.ACTIVE).toList();
        Map<String, Set<String>> modules = tenants.modulesOf(active.stream().map(Tenant::id).toList()).stream()
                .collect(Collectors.groupingBy(TenantModule::tenantId,
                        Collectors.mapping(TenantModule::moduleId, Collectors.toSet())));
        return active.stream().map(t -> ref(t, modules.getOrDefault(t.id(), Set.of()))).toList();
    }

    public Tenant register(Tenant tenant, Collection<String> moduleIds) {
        if (tenants.find(tenant.id()).isPresent()) {
            throw ProblemException.conflict("tenant-exists", "Tenant '" + tenant.id() + "' already exists");
        }
        tenants.add(tenant);
        Instant now = Instant.now();
        moduleIds.forEach(id -> tenants.add(new TenantModule(tenant.id(), id, now)));
        forgetAfterCommit(tenant.id()); // a node may have cached it as unknown
        return tenant;
    }

    public Tenant update(String tenantId, Consumer<Tenant> change) {
        Tenant tenant = load(tenantId);
        change.accept(tenant);
        forgetAfterCommit(tenantId);
        return tenant;
    }

    public void enable(String tenantId, Collection<String> moduleIds) {
        Set<String> present = moduleIdsOf(tenantId);
        Instant now = Instant.now();
        moduleIds.stream().filter(id -> !present.contains(id)).forEach(id -> tenants.add(new TenantModule(tenantId, id, now)));
        forgetAfterCommit(tenantId);
    }

    public void recordMigrations(String tenantId, List<AppliedMigration> applied) {
        Instant now = Instant.now();
        Map<String, TenantModule> modules = tenants.modulesOf(tenantId).stream()
                .collect(Collectors.toMap(TenantModule::moduleId, m -> m));
        applied.forEach(migration -> modules.get(migration.moduleId()).migrated(migration, now));
    }

    @Transactional(TxType.REQUIRED)
    public Tenant load(String tenantId) {
        return tenants.find(tenantId).orElseThrow(() -> ProblemException.notFound("Tenant", tenantId));
    }

    @Transactional(TxType.REQUIRED)
    public List<Tenant> all() {
        return tenants.all();
    }

    @Transactional(TxType.REQUIRED)
    public List<TenantModule> modulesOf(String tenantId) {
        return tenants.modulesOf(tenantId);
    }

    @Transactional(TxType.REQUIRED)
    public List<Tenant> page(String afterId, int limit) {
        return tenants.page(afterId, limit);
    }

    /** The modules of the given tenants, by tenant, in one query. */
    @Transactional(TxType.REQUIRED)
    public Map<String, List<TenantModule>> modulesByTenant(java.util.Collection<String> tenantIds) {
        return tenants.modulesOf(tenantIds).stream().collect(Collectors.groupingBy(TenantModule::tenantId));
    }

    @Transactional(TxType.REQUIRED)
    public Map<String, List<TenantModule>> modulesByTenant() {
        return tenants.allModules().stream().collect(Collectors.groupingBy(TenantModule::tenantId));
    }

    /** Drops the cached entry on every node once the change is committed, so no request re-caches the old state. */
    private void forgetAfterCommit(String tenantId) {
        directory.forgetAfterCommit(tenantId);
    }

    private Set<String> moduleIdsOf(String tenantId) {
        return tenants.modulesOf(tenantId).stream().map(TenantModule::moduleId).collect(Collectors.toSet());
    }

    private static TenantRef ref(Tenant tenant, Set<String> moduleIds) {
        return new TenantRef(tenant.id(), tenant.displayName(), tenant.schemaName(), tenant.cluster(), tenant.status(),
                moduleIds, tenant.settings().currency());
    }
}
