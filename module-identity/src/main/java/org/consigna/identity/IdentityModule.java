package org.consigna.identity;

import java.util.Optional;
import java.util.Set;
import org.consigna.identity.domain.Member;
import org.consigna.identity.domain.Removal;
import org.consigna.identity.domain.SharingLink;
import org.consigna.platform.module.ConsignaModule;

/**
 * Declares the identity module. Its tables live in the {@code platform} schema (a member row
 * names its tenant), so it is platform-wide: every tenant has members, none enables it.
 */
public class IdentityModule implements ConsignaModule {

    public static final String ID = "identity";

    /** The tenant registry; named, not imported, since modules meet only through api packages. */
    private static final String TENANT_CONFIG = "tenant-config";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of(TENANT_CONFIG);
    }

    @Override
    public Optional<String> platformChangelog() {
        return Optional.of("db/identity/platform-changelog.xml");
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Member.class, SharingLink.class, Removal.class);
    }
}
