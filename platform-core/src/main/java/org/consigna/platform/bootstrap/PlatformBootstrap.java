package org.consigna.platform.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.consigna.platform.migration.MigrationRunner;
import org.consigna.platform.module.ConsignaModule;
import org.consigna.platform.module.ModuleRegistry;

/**
 * Brings the platform up: orders the modules (a broken module graph stops the deployment),
 * migrates the {@code platform} schema module by module, then announces {@link PlatformStarted}.
 */
@ApplicationScoped
public class PlatformBootstrap {

    private static final Logger LOG = Logger.getLogger(PlatformBootstrap.class.getName());
    public static final String PLATFORM_SCHEMA = "platform";

    @Inject
    ModuleRegistry modules;

    @Inject
    MigrationRunner migrations;

    @Inject
    Event<PlatformStarted> started;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        long begin = System.currentTimeMillis();
        LOG.info(() -> modules.all().size() + " modules installed: " + modules.all().stream().map(ConsignaModule::id).toList());
        for (ConsignaModule module : modules.all()) {
            module.platformChangelog().ifPresent(changelog -> migrations.migrate(PLATFORM_SCHEMA, module, changelog));
        }
        started.fire(new PlatformStarted(begin));
        LOG.info(() -> "Platform started in " + (System.currentTimeMillis() - begin) + " ms");
    }
}
