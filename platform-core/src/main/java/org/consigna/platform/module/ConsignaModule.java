package org.consigna.platform.module;

import java.util.Optional;
import java.util.Set;

/**
 * What a plug-in module tells the platform about itself. A module implements this once and
 * registers the class in {@code META-INF/services/org.consigna.platform.module.ConsignaModule}.
 * Its REST resources, CDI beans and event behaviours are found by the container; everything
 * the platform must do for the module (ordering, migrations, persistence) comes from here.
 */
public interface ConsignaModule {

    /** Stable id, lower case with dashes: used in URLs, the tenant registry and tracking tables. */
    String id();

    /** Ids of the modules this one needs, migrated and started before it. */
    default Set<String> dependsOn() {
        return Set.of();
    }

    /** Classpath location of the Liquibase changelog run in every tenant schema that enables the module. */
    default Optional<String> tenantChangelog() {
        return Optional.empty();
    }

    /** Classpath location of a Liquibase changelog run once in the {@code platform} schema. */
    default Optional<String> platformChangelog() {
        return Optional.empty();
    }

    /** JPA classes of the module (entities, embeddables, converters); they join the platform's persistence unit. */
    default Set<Class<?>> entities() {
        return Set.of();
    }

    /** A tenant module is enabled per tenant and has tables in tenant schemas; others are platform-wide. */
    default boolean isTenantModule() {
        return tenantChangelog().isPresent();
    }
}
