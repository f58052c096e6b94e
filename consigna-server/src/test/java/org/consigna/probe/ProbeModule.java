package org.consigna.probe;

import java.util.Optional;
import java.util.Set;
import org.consigna.platform.module.ConsignaModule;

/** The test-only module's declaration. */
public class ProbeModule implements ConsignaModule {

    @Override
    public String id() {
        return "probe";
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of("tenant-config");
    }

    @Override
    public Optional<String> tenantChangelog() {
        return Optional.of("db/probe/changelog.xml");
    }

    @Override
    public Optional<String> platformChangelog() {
        return Optional.of("db/probe/platform-changelog.xml");
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(ProbeNote.class);
    }
}
