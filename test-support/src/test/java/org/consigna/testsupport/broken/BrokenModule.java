package org.consigna.testsupport.broken;

import java.util.Optional;
import java.util.Set;
import org.consigna.platform.module.ConsignaModule;

/** A module that breaks every part of the contract it can: not registered, a missing changelog, wrong entities. */
public class BrokenModule implements ConsignaModule {

    @Override
    public String id() {
        return "broken";
    }

    @Override
    public Optional<String> platformChangelog() {
        return Optional.of("db/broken/platform-changelog.xml");
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(NotAnEntity.class);
    }
}
