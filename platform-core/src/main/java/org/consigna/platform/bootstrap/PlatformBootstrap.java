package org.consigna.platform.bootstrap;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.consigna.platform.migration.MigrationRunner;
import org.consigna.platform.module.ConsignaModule;
import org.consigna.platform.module.ModuleRegistry;

/**
 * Brings the platform up: orders the modules (a broken module graph stops the deployment),
 * migrates the {@code platform} schema module by module, then announces {@link PlatformStarted}.
 */
@WebListener
public class PlatformBootstrap implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(PlatformBootstrap.class.getName());
    public static final String PLATFORM_SCHEMA = "platform";

    @Inject
    ModuleRegistry modules;

    @Inject
    MigrationRunner migrations;

    @Inject
    Event<PlatformStarted> started;

    /** Runs once the container has bound the application's resources (the data source among them). */
    @Override
    public void contextInitialized(ServletContextEvent event) {
        long begin = System.currentTimeMillis();
        LOG.info(() -> modules.all().size() + " modules installed: " + modules.all().stream().map(ConsignaModule::id).toList());
        for (ConsignaModule module : modules.all()) {
            module.platformChangelog().ifPresent(changelog -> migrations.migrate(PLATFORM_SCHEMA, module, changelog));
        }
        started.fire(new PlatformStarted(begin));
        LOG.info(() -> "Platform started in " + (System.currentTimeMillis() - begin) + " ms");
    }
}
