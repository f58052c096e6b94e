package org.consigna.tenant.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.consigna.platform.cache.CacheInvalidation;
import org.consigna.platform.cache.ExpiringCache;
import org.consigna.platform.tenant.TenantDirectory;
import org.consigna.platform.tenant.TenantRef;

/**
 * The lookup every tenant request goes through (twice: authentication and tenant filter). A hit
 * costs a map read and no transaction; the registry invalidates a tenant on every node once its change
 * commits ({@link CacheInvalidation}: status, modules enabled, settings), and entries live a few seconds.
 */
@ApplicationScoped
public class TenantDirectoryCache implements TenantDirectory {

    static final String CACHE = "tenant.directory";

    private static final int SWEEP_ABOVE = 10_000;

    @Inject
    TenantRegistry registry;

    @Inject
    CacheInvalidation invalidation;

    private ExpiringCache<String, TenantRef> cache;

    @PostConstruct
    void init() {
        cache = invalidation.cache(CACHE, SWEEP_ABOVE);
    }

    @Override
    public Optional<TenantRef> find(String tenantId) {
        return tenantId == null ? Optional.empty() : cache.get(tenantId, registry::ref);
    }

    @Override
    public List<TenantRef> active() {
        return registry.activeRefs();
    }

    /** Drops the tenant now and, on every node, after the current transaction commits. */
    void forgetAfterCommit(String tenantId) {
        invalidation.afterCommit(CACHE, tenantId);
    }
}
