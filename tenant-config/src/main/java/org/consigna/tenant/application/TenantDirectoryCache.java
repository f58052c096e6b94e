package org.consigna.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.consigna.platform.tenant.TenantDirectory;
import org.consigna.platform.tenant.TenantRef;
import org.consigna.platform.tenant.TenantStatus;

/**
 * The lookup every tenant request goes through (twice: authentication and tenant filter). A hit
 * costs a map read and no transaction; the registry drops an entry when that tenant changes.
 */
@ApplicationScoped
public class TenantDirectoryCache implements TenantDirectory {

    @Inject
    TenantRegistry registry;

    private final Map<String, TenantRef> cache = new ConcurrentHashMap<>();

    @Override
    public Optional<TenantRef> find(String tenantId) {
        TenantRef cached = cache.get(tenantId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<TenantRef> found = registry.ref(tenantId);
        found.ifPresent(ref -> cache.put(tenantId, ref));
        return found;
    }

    @Override
    public List<TenantRef> active() {
        return registry.all().stream().filter(t -> t.status() == TenantStatus.ACTIVE)
                .map(t -> registry.ref(t.id())).flatMap(Optional::stream).toList();
    }

    void forget(String tenantId) {
        cache.remove(tenantId);
    }
}
