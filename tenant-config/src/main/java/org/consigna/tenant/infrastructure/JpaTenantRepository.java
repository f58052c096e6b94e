package org.consigna.tenant.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.consigna.platform.persistence.PlatformData;
import org.consigna.tenant.domain.Tenant;
import org.consigna.tenant.domain.TenantModule;
import org.consigna.tenant.domain.TenantRepository;

@ApplicationScoped
class JpaTenantRepository implements TenantRepository {

    @Inject
    @PlatformData
    EntityManager em;

    @Override
    public Optional<Tenant> find(String id) {
        return Optional.ofNullable(em.find(Tenant.class, id));
    }

    @Override
    public List<Tenant> all() {
        return em.createQuery("select t from Tenant t order by t.id", Tenant.class).getResultList();
    }

    @Override
    public List<Tenant> page(String afterId, int limit) {
        return em.createQuery("select t from Tenant t where t.id > :after order by t.id", Tenant.class)
                .setParameter("after", afterId == null ? "" : afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<TenantModule> modulesOf(java.util.Collection<String> tenantIds) {
        if (tenantIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from TenantModule m where m.key.tenantId in :tenants", TenantModule.class)
                .setParameter("tenants", tenantIds).getResultList();
    }

    @Override
    public void add(Tenant tenant) {
        em.persist(tenant);
        em.flush();
    }

    @Override
    public List<TenantModule> modulesOf(String tenantId) {
        return em.createQuery("select m from TenantModule m where m.key.tenantId = :tenant", TenantModule.class)
                .setParameter("tenant", tenantId)
                .getResultList();
    }

    @Override
    public List<TenantModule> allModules() {
        return em.createQuery("select m from TenantModule m", TenantModule.class).getResultList();
    }

    @Override
    public void add(TenantModule module) {
        em.persist(module);
    }
}
