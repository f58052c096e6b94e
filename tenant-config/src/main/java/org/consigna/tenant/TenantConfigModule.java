package org.consigna.tenant;

import java.util.Optional;
import java.util.Set;
import org.consigna.platform.module.ConsignaModule;
import org.consigna.tenant.domain.Tenant;
import org.consigna.tenant.domain.TenantModule;

/** Declares the tenant registry, which lives in the {@code platform} schema. */
public class TenantConfigModule implements ConsignaModule {

    public static final String ID = "tenant-config";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<String> platformChangelog() {
        return Optional.of("db/tenant-config/platform-changelog.xml");
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Tenant.class, TenantModule.class, TenantModule.Key.class);
    }
}
