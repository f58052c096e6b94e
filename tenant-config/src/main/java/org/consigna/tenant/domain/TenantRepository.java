package org.consigna.tenant.domain;

import java.util.List;
import java.util.Optional;

/** Tenants and their modules in the platform schema. */
public interface TenantRepository {

    Optional<Tenant> find(String id);

    List<Tenant> all();

    void add(Tenant tenant);

    List<TenantModule> modulesOf(String tenantId);

    /** Tenants by id, after {@code afterId} if given. */
    List<Tenant> page(String afterId, int limit);

    List<TenantModule> modulesOf(java.util.Collection<String> tenantIds);

    /** Modules of every tenant at once, for the start-up check. */
    List<TenantModule> allModules();

    void add(TenantModule module);
}
