package org.consigna.testsupport.good;

import java.util.Optional;
import java.util.Set;
import org.consigna.platform.module.ConsignaModule;

/** A module that keeps the contract. */
public class GoodModule implements ConsignaModule {

    @Override
    public String id() {
        return "good";
    }

    @Override
    public Optional<String> tenantChangelog() {
        return Optional.of("db/good/changelog.xml");
    }

    @Override
    public Set<Class<?>> entities() {
        return Set.of(Thing.class, Thing.Size.class);
    }
}
